// The bot seats at an expert level, on a small table with a hand-driven timer: a role whose
// players are gone is weighed from the drop on, the takeover keeps that decision (or starts
// again if a deal has bound the role since), and a role handed back stops every search for it.
import { describe, expect, it } from 'vitest';
import type { GameState, Order, Role } from '../../shared/index.ts';
import { createMatch } from '../../shared/index.ts';
import type { Proposal } from '../../shared/protocol/index.ts';
import { DEFAULT_MATCH_OPTIONS } from '../../shared/protocol/options.ts';
import { BotSeats } from '../../server/match/botSeats.ts';
import type { BotTable } from '../../server/match/model.ts';

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
