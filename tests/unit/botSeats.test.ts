// The bot seats at an expert level, on a small table with a hand-driven timer: a role whose
// players are gone is weighed from the drop on, the takeover keeps that decision (or starts
// again if a deal has bound the role since), and a role handed back stops every search for it.
import { describe, expect, it } from 'vitest';
import type { GameState, Order, Role } from '../../shared/index.ts';
import { chooseOrders, createMatch, validateOrder } from '../../shared/index.ts';
import type { Proposal } from '../../shared/protocol/index.ts';
import { DEFAULT_MATCH_OPTIONS } from '../../shared/protocol/options.ts';
import { BotSeats } from '../../server/match/botSeats.ts';
import { thinkHere } from '../../server/match/botSearch.ts';
import { openBotThreads } from '../../server/match/botThreads.ts';
import type { BotTable } from '../../server/match/model.ts';
import { createLogger } from '../../server/log.ts';
import { Inbox } from '../../server/match/inbox.ts';
import { Match } from '../../server/match/Match.ts';
import type { RoomPort } from '../../server/match/port.ts';
import { newMatchState } from '../../server/match/schema.ts';
import { admit } from '../../server/match/seating.ts';
import type { MatchLog, TurnEntry } from '../../server/records/types.ts';
import { creationOptions } from '../../shared/protocol/index.ts';

class Table {
  readonly code = 'TEST';
  readonly options = { ...DEFAULT_MATCH_OPTIONS, botLevel: 'easy', botTakeover: true, takeoverGraceSeconds: 45 };
  readonly engine: GameState = createMatch({ seed: 7 });
  phase: 'planning' | 'resolution' = 'planning';
  readonly inGame = true;
  readonly connected: Record<string, boolean> = { algeria: true, mali: true };
  readonly accepted: Proposal[] = [];
  readonly logged: { event: string; fields?: Record<string, unknown> }[] = [];
  readonly offers: { from: Role; to: Role }[] = [];
  readonly due: (() => void)[] = [];
  readonly log = {
    debug: (event: string, fields?: Record<string, unknown>) => this.logged.push({ event, fields }),
    info: (event: string, fields?: Record<string, unknown>) => this.logged.push({ event, fields }),
    error: (event: string, fields?: Record<string, unknown>) => this.logged.push({ event, fields }),
  };
  readonly proposals = { all: () => this.accepted };
  readonly members = {
    ofRole: (role: Role) => (role in this.connected ? [{ role }] : []),
    connectedOfRole: (role: Role) => (this.connected[role] ? [{ role }] : []),
  } as unknown as BotTable['members'];
  readonly drafts = { isReady: () => false, orders: () => [], list: () => [] };
  readonly think = thinkHere;
  readonly timers = {
    later: (_ms: number, fn: () => void) => {
      this.due.push(fn);
      return { clear: () => this.due.includes(fn) && this.due.splice(this.due.indexOf(fn), 1) };
    },
  };
  notifyAll(): void {}
  changed(): void {}
  checkAllReady(): void {}
  offerDeal(from: Role, to: Role): void {
    this.offers.push({ from, to });
  }
  decided(role: Role): number {
    return this.logged.filter((l) => l.event === 'bot.decided' && l.fields?.role === role).length;
  }
}

const setUp = () => {
  const m = new Table();
  return { m, bots: new BotSeats(m as unknown as BotTable) };
};
const until = async (what: string, check: () => boolean) => {
  for (let i = 0; i < 3000 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('bot seats at an expert level', () => {
  it('weigh a role from the moment its players are gone, and keep that decision when they take it over', async () => {
    const { m, bots } = setUp();
    m.connected.mali = false;
    bots.armTakeover('mali');
    // Not the bot's seat yet: it does not hold up the week, but the expert is already at work.
    expect(bots.has('mali')).toBe(false);
    expect(bots.thinking('mali')).toBe(false);
    await until('the decision', () => m.decided('mali') === 1);
    // The week could end now, in the grace period: the expert's orders, with its reasoning.
    expect(bots.playsAtResolution('mali')).toBe(true);
    const note = bots.noteFor('mali')!;
    expect(note).toMatchObject({ role: 'mali', level: 'easy', turn: m.engine.turn });
    expect(bots.ordersFor('mali')).toEqual(note.orders.map((o) => o.order));

    m.due.shift()!();
    expect(bots.has('mali')).toBe(true);
    // The decision begun in the grace period stands: no second search, ready at once.
    expect(bots.thinking('mali')).toBe(false);
    expect(bots.noteFor('mali')).toBe(note);
    await settle();
    expect(m.decided('mali')).toBe(1);
    bots.clear();
  });

  it('start again at the takeover when a deal has bound the role since the decision', async () => {
    const { m, bots } = setUp();
    m.connected.mali = false;
    bots.armTakeover('mali');
    await until('the decision', () => m.decided('mali') === 1);
    const give: Order[] = [{ action: 'statement', target: 'algeria', option: 'conciliatory' }];
    const get: Order[] = [{ action: 'statement', target: 'mali', option: 'conciliatory' }];
    m.accepted.push({ id: 1, from: 'mali', to: 'algeria', give, get, status: 'accepted', turn: m.engine.turn } as unknown as Proposal);
    // Weighed without the deal: no longer the role's decision.
    expect(bots.noteFor('mali')).toBeUndefined();
    m.due.shift()!();
    expect(bots.thinking('mali')).toBe(true);
    await until('the new decision', () => m.decided('mali') === 2);
    expect(bots.noteFor('mali')).toBeDefined();
    bots.clear();
  });

  it('stop the search for a role handed back', async () => {
    // Two tables alike: on the first the player comes back mid-search; the second shows when that search would have ended.
    const [a, b] = [setUp(), setUp()];
    for (const { m, bots } of [a, b]) {
      m.options.botLevel = 'hard';
      m.connected.mali = false;
      bots.armTakeover('mali');
      m.due.shift()!();
      expect(bots.thinking('mali')).toBe(true);
    }
    a.m.connected.mali = true;
    a.bots.handBack('mali');
    expect(a.bots.has('mali')).toBe(false);
    expect(a.bots.thinking('mali')).toBe(false);
    expect(a.bots.noteFor('mali')).toBeUndefined();
    await until('the search on the other table', () => b.m.decided('mali') === 1);
    await settle();
    // Nothing the cancelled search would have given arrives.
    expect(a.m.decided('mali')).toBe(0);
    b.bots.clear();
  });

  it('play the one-step bot\'s orders when the planning clock ends before the expert has decided', async () => {
    // The week never waits past its clock: what the role plays then is the shared one-step bot's choice.
    const { m, bots } = setUp();
    m.options.botLevel = 'hard';
    m.connected.mali = false;
    bots.armTakeover('mali');
    m.due.shift()!();
    expect(bots.thinking('mali')).toBe(true);
    const expected = oneStep(m.engine, 'mali', m.options.botStyle);
    expect(expected.length).toBeGreaterThan(0);
    expect(bots.ordersFor('mali')).toEqual(expected);
    expect(bots.noteFor('mali')).toBeUndefined();
    // The week resolves: the search is dropped, and nothing it would have found arrives.
    bots.stopThinking();
    expect(bots.thinking('mali')).toBe(false);
    await settle();
    expect(m.decided('mali')).toBe(0);
    bots.clear();
  });

  it('play the one-step bot\'s orders when the expert\'s search fails (here, its bot thread dies)', async () => {
    const { m, bots } = setUp();
    // A thread with too little memory to run a search at all.
    const starved = openBotThreads(1, { error: () => undefined }, { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 });
    Object.assign(m, { think: starved.think });
    try {
      m.connected.mali = false;
      bots.armTakeover('mali');
      m.due.shift()!();
      expect(bots.thinking('mali')).toBe(true);
      await until('the search to fail', () => m.logged.some((l) => l.event === 'bot.searchFailed'));
      // The week does not wait for a search that will never end.
      expect(bots.thinking('mali')).toBe(false);
      expect(bots.ordersFor('mali')).toEqual(oneStep(m.engine, 'mali', m.options.botStyle));
      expect(bots.noteFor('mali')).toBeUndefined();
    } finally {
      bots.clear();
      await starved.close();
    }
  });

  it('a role still connected is not weighed, and a hand-back while someone is away keeps the takeover armed', async () => {
    const { m, bots } = setUp();
    bots.armTakeover('mali');
    expect(m.due).toEqual([]);
    m.connected.mali = false;
    bots.armTakeover('mali');
    bots.handBack('mali');
    expect(m.due.length).toBe(1);
    await until('the decision', () => m.decided('mali') === 1);
    bots.clear();
  });
});

describe('a match whose planning clock ends while an expert bot thinks', () => {
  it('resolves on time, with the one-step orders for the roles still being weighed', async () => {
    const turns: TurnEntry[] = [];
    const timers: { fn: () => void; cleared: boolean }[] = [];
    const port: RoomPort = {
      send: () => undefined,
      sendNow: () => undefined,
      encode: () => new Uint8Array(),
      sendEncoded: () => undefined,
      sendEncodedTo: () => undefined,
      close: () => undefined,
      // The room clock, moved by hand: the planning clock ends when the test says so.
      later: (_ms, fn) => {
        const t = { fn, cleared: false };
        timers.push(t);
        return { clear: () => void (t.cleared = true) };
      },
      now: () => 0,
      listingChanged: () => undefined,
      setListed: () => undefined,
      think: thinkHere,
    };
    const record = new Proxy({ matchId: 'm', health: { writable: true, onChange: () => () => undefined }, turn: (t: TurnEntry) => void turns.push(t) } as Record<string, unknown>, {
      get: (target, key: string) => target[key] ?? (() => undefined),
    }) as unknown as MatchLog;
    const log = createLogger({ level: 'silent', pretty: false, write: () => undefined });
    const options = creationOptions({ bots: true, botLevel: 'hard', briefingSeconds: 1, planningSeconds: 60 });
    const m = new Match(port, newMatchState(), log, record, { code: 'SOLO1', options, seed: 21 }, 0);
    const host = admit(m, 's-host', { role: 'algeria' });
    new Inbox(m).receive(host.sessionId, 'control', { command: 'start' });
    const due = () => timers.filter((t) => !t.cleared);
    // Briefing ends: planning opens and the two bots start weighing their week, in slices.
    for (const t of due()) (t.cleared = true), t.fn();
    expect(m.phase).toBe('planning');
    expect(m.botThinking('mali') && m.botThinking('aes')).toBe(true);
    const expected = { mali: oneStep(m.engine, 'mali', options.botStyle), aes: oneStep(m.engine, 'aes', options.botStyle) };
    // The planning clock ends at once: the week does not wait for them.
    for (const t of due()) (t.cleared = true), t.fn();
    expect(m.phase).toBe('resolution');
    expect(turns).toHaveLength(1);
    expect(turns[0].orders.mali).toEqual(expected.mali);
    expect(turns[0].orders.aes).toEqual(expected.aes);
    expect(turns[0].botNotes ?? []).toEqual([]);
    expect(m.botThinking('mali') || m.botThinking('aes')).toBe(false);
    m.suspend();
  });
});

/** The shared one-step bot's orders for the role, as BotSeats keeps them (each one valid beside those before). */
function oneStep(s: GameState, role: Role, style: Parameters<typeof chooseOrders>[2]): Order[] {
  const out: Order[] = [];
  for (const o of chooseOrders(s, role, style)) if (validateOrder(s, role, o, out).ok) out.push(o);
  return out;
}
