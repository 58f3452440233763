// Bots at the table: they fill empty seats at the start, take over a role whose players
// are all gone after the grace period, hand it back when one returns, and answer deals.
import { describe, expect, it } from 'vitest';
import type { TestClient } from './harness.ts';
import { FAST, startAndPlan, suiteServer, TestClient as Client } from './harness.ts';
import { planningOf } from './play.ts';

const clients: TestClient[] = [];
const server = suiteServer(clients);

describe('bots', () => {
  it('fill the empty seats at the start and play them', async () => {
    const host = await Client.create(server.url, 'host', { ...FAST, mediator: true, role: 'mali' });
    clients.push(host);
    await startAndPlan(host, [host]);
    expect(host.state.seats.map((s) => [s.role, s.bot])).toEqual([
      ['algeria', true],
      ['mali', false],
      ['aes', true],
      ['mediator', true],
    ]);
    expect(host.state.seats.filter((s) => s.bot).every((s) => s.ready)).toBe(true);
    await host.must('ready', { ready: true });
    const week = await host.until('week 1', () => host.resolutions.find((r) => r.turn === 1));
    expect(week.bots).toEqual(['algeria', 'aes', 'mediator']);
    expect(Object.keys(week.revealed).length).toBeGreaterThan(0);
  });

  it('take over an abandoned seat after the grace period and hand it back', async () => {
    const host = await Client.create(server.url, 'host', { ...FAST, takeoverGraceSeconds: 1, role: 'algeria' });
    const mali = await Client.join(server.url, 'mali', host.code, { role: 'mali' });
    clients.push(host, mali);
    await startAndPlan(host, [host, mali]);
    await mali.must('draft.add', { order: { action: 'statement', target: 'algeria', option: 'firm' } });

    const dropped = Date.now();
    mali.drop();
    await host.until('the bot takes mali', () => host.seat('mali')?.bot);
    expect(Date.now() - dropped).toBeGreaterThanOrEqual(900);
    await host.until('the notice', () => host.notices.find((n) => n.key === 'notice.botTookOver' && n.params.role === 'mali'));
    // The bot is ready at once: one more ready and the week resolves, the bot playing mali.
    await host.must('ready', { ready: true });
    const week1 = await host.until('week 1', () => host.resolutions.find((r) => r.turn === 1));
    expect(week1.bots).toContain('mali');

    await mali.reconnect();
    await host.until('mali handed back', () => host.seat('mali')?.bot === false);
    await host.until('the notice', () => host.notices.find((n) => n.key === 'notice.botHandedBack' && n.params.role === 'mali'));
    await planningOf(mali, 2);
    const order = { action: 'summonAmbassador', target: 'algeria' };
    await mali.must('draft.add', { order });
    await mali.must('ready', { ready: true });
    await host.must('ready', { ready: true });
    const week2 = await mali.until('week 2', () => mali.resolutions.find((r) => r.turn === 2));
    expect(week2.bots).not.toContain('mali');
    expect(week2.revealed.mali).toEqual([order]);
  });

  it('a player joining a role a bot holds takes it over', async () => {
    const host = await Client.create(server.url, 'host', { ...FAST, role: 'algeria' });
    clients.push(host);
    await startAndPlan(host, [host]);
    expect(host.seat('aes')!.bot).toBe(true);
    const late = await Client.join(server.url, 'late', host.code, { role: 'aes' });
    clients.push(late);
    await host.until('aes handed to the newcomer', () => host.seat('aes')?.bot === false && host.seat('aes')?.players === 1);
    await late.until('own objective', () => late.view?.objectives.aes);
    expect(Object.keys(late.view!.objectives)).toEqual(['aes']);
  });

  it('without takeover, an abandoned role is not played by a bot; its draft stands as left', async () => {
    const host = await Client.create(server.url, 'host', { briefingSeconds: 0, resolutionSeconds: 0, planningSeconds: 2, botTakeover: false, role: 'algeria' });
    const mali = await Client.join(server.url, 'mali', host.code, { role: 'mali' });
    clients.push(host, mali);
    await startAndPlan(host, [host, mali]);
    await mali.must('draft.add', { order: { action: 'statement', target: 'algeria', option: 'firm' } });
    mali.drop();
    await host.until('mali disconnected', () => host.seat('mali')?.connected === 0);
    await host.must('ready', { ready: true });
    const week = await host.until('week 1 (by the clock)', () => host.resolutions.find((r) => r.turn === 1));
    expect(week.bots).toEqual(['aes']);
    expect(host.seat('mali')!.bot).toBe(false);
    // The draft that was left stands: it is the team's, not the connection's.
    expect(week.revealed.mali).toEqual([{ action: 'statement', target: 'algeria', option: 'firm' }]);
  });

  it('answer proposals at once: calm deals yes, escalation no', async () => {
    const host = await Client.create(server.url, 'host', { ...FAST, role: 'algeria' });
    clients.push(host);
    await startAndPlan(host, [host]);
    await host.must('proposal.make', {
      to: 'aes',
      give: [{ action: 'statement', target: 'aes', option: 'conciliatory' }],
      get: [{ action: 'statement', target: 'algeria', option: 'conciliatory' }],
    });
    await host.until('accepted', () => host.proposals.get(1)?.status === 'accepted');
    expect(host.proposals.get(1)!.decidedBy).toEqual({ playerId: 'bot', nickname: 'bot' });
    expect(host.drafts.get('algeria')!.entries).toEqual([{ order: { action: 'statement', target: 'aes', option: 'conciliatory' }, proposal: 1 }]);
    await host.must('proposal.make', { to: 'aes', give: [], get: [{ action: 'recallAmbassador', target: 'algeria', option: 'both' }] });
    await host.until('declined', () => host.proposals.get(2)?.status === 'declined');
    // The bot keeps its word at resolution.
    await host.must('ready', { ready: true });
    const week = await host.until('week 1', () => host.resolutions.find((r) => r.turn === 1));
    expect(week.revealed.aes).toContainEqual({ action: 'statement', target: 'algeria', option: 'conciliatory' });
  });

  it('at an expert level, plan, offer deals to the people, and leave their reasoning in the record', async () => {
    const host = await Client.create(server.url, 'host', { ...FAST, turns: 4, botLevel: 'easy', role: 'algeria' });
    clients.push(host);
    expect(host.state.options.botLevel).toBe('easy');
    await startAndPlan(host, [host]);
    for (let turn = 1; ; turn++) {
      await planningOf(host, turn);
      await host.must('ready', { ready: true });
      const week = await host.until(`week ${turn}`, () => host.resolutions.find((r) => r.turn === turn));
      expect(week.bots).toEqual(['mali', 'aes']);
      if (week.ended) break;
    }
    await host.until('the record', () => host.record && host.state.phase === 'ended');
    const record = host.record!;
    for (const week of record.turns) {
      expect(week.botNotes?.map((n) => n.role)).toEqual(['mali', 'aes']);
      for (const n of week.botNotes!) {
        expect(n).toMatchObject({ turn: week.turn, level: 'easy' });
        expect(n.orders.map((o) => o.order)).toEqual(week.orders[n.role]);
      }
    }
    // Proposals the bots made come from the bot member, to the role a person plays.
    for (const p of host.proposals.values()) if (p.proposedBy.playerId === 'bot') expect(p.to).toBe('algeria');
  });

  it('at an expert level, a role taken over mid-planning is weighed like the other expert seats; handed back, its search stops', async () => {
    const host = await Client.create(server.url, 'host', { ...FAST, turns: 4, botLevel: 'hard', takeoverGraceSeconds: 1, role: 'algeria' });
    const mali = await Client.join(server.url, 'mali', host.code, { role: 'mali' });
    clients.push(host, mali);
    await startAndPlan(host, [host, mali]);
    await mali.must('draft.add', { order: { action: 'statement', target: 'algeria', option: 'firm' } });
    mali.drop();
    await host.until('the bot takes mali', () => host.seat('mali')?.bot);
    // The expert weighs mali's week (from the drop on; its seat shows ready once it has decided).
    await host.until('the bot decided for mali', () => host.seat('mali')?.bot && host.seat('mali')?.ready, 60_000);
    await host.must('ready', { ready: true });
    const week1 = await host.until('week 1', () => host.resolutions.find((r) => r.turn === 1), 60_000);
    expect(week1.bots).toEqual(['mali', 'aes']);

    // Week 2: the player comes back while the bot is still weighing mali's week.
    await planningOf(host, 2);
    expect(host.seat('mali')!.ready).toBe(false);
    await mali.reconnect();
    await host.until('mali handed back', () => host.seat('mali')?.bot === false);
    // Handed back mid-search: nothing the search would have decided reaches the week.
    await planningOf(mali, 2);
    const order = { action: 'summonAmbassador', target: 'algeria' };
    await mali.must('draft.add', { order });
    await mali.must('ready', { ready: true });
    await host.until('aes decided', () => host.seat('aes')?.ready, 60_000);
    await host.must('ready', { ready: true });
    const week2 = await host.until('week 2', () => host.resolutions.find((r) => r.turn === 2), 60_000);
    expect(week2.bots).toEqual(['aes']);
    expect(week2.revealed.mali).toEqual([order]);

    for (let turn = 3; turn <= 4; turn++) {
      await planningOf(mali, turn);
      await mali.must('ready', { ready: true });
      await host.must('ready', { ready: true });
      await host.until(`week ${turn}`, () => host.resolutions.find((r) => r.turn === turn), 60_000);
    }
    await host.until('the record', () => host.record && host.state.phase === 'ended', 60_000);
    const [r1, r2] = host.record!.turns;
    // Week 1: mali's orders came from the expert's search, with its reasoning for the debrief.
    const maliNote = r1.botNotes?.find((n) => n.role === 'mali');
    expect(maliNote).toMatchObject({ turn: 1, role: 'mali', level: 'hard' });
    expect(maliNote!.orders.map((o) => o.order)).toEqual(r1.orders.mali);
    // Week 2: the player's orders, and no note for a role the bot no longer held.
    expect(r2.botNotes?.map((n) => n.role)).toEqual(['aes']);
  }, 180_000);

  it('at an expert level, a role whose players are gone is weighed during the grace period: the expert plays it if the week ends first', async () => {
    const host = await Client.create(server.url, 'host', { briefingSeconds: 0, resolutionSeconds: 0, planningSeconds: 3, turns: 4, botLevel: 'easy', takeoverGraceSeconds: 600, role: 'algeria' });
    const mali = await Client.join(server.url, 'mali', host.code, { role: 'mali' });
    clients.push(host, mali);
    await startAndPlan(host, [host, mali]);
    mali.drop();
    await host.until('mali disconnected', () => host.seat('mali')?.connected === 0);
    for (let turn = 1; turn <= 4; turn++) {
      await planningOf(host, turn);
      await host.must('ready', { ready: true });
      const week = await host.until(`week ${turn} (by the clock)`, () => host.resolutions.find((r) => r.turn === turn), 20_000);
      // Still in its grace period: the seat is not the bot's, but the bot plays it at resolution.
      expect(week.bots).toEqual(['mali', 'aes']);
      expect(host.seat('mali')!.bot).toBe(false);
    }
    await host.until('the record', () => host.record && host.state.phase === 'ended', 20_000);
    // Every week, week 1 (dropped mid-planning) and the weeks opened during the grace period, by the expert, with its reasoning.
    for (const week of host.record!.turns) {
      const note = week.botNotes?.find((n) => n.role === 'mali');
      expect(note).toMatchObject({ turn: week.turn, role: 'mali', level: 'easy' });
      expect(note!.orders.map((o) => o.order)).toEqual(week.orders.mali);
    }
  }, 120_000);

  it('at the hard level, the server answers messages while the bots weigh their week (in a bot thread)', () => answersWhileBotsThink(server.url));
});

// The same with BOT_THREADS=0: the searches run in the event loop, in slices between messages.
// Last in the file: new rooms take the services of the server booted last (server/context.ts).
describe('bots thinking in the event loop', () => {
  const inLoop = suiteServer(clients, { botThreads: 0 });
  it('at the hard level, think in slices: the server answers messages while the bots weigh their week', () => answersWhileBotsThink(inLoop.url));
});

async function answersWhileBotsThink(url: string): Promise<void> {
  const host = await Client.create(url, 'host', { ...FAST, turns: 4, botLevel: 'hard', role: 'algeria' });
  clients.push(host);
  await startAndPlan(host, [host]);
  const thinking = () => host.state.seats.some((x) => x.bot && !x.ready);
  // Planning has just opened: the expert bots are weighing their week, so their seats are not ready.
  expect(thinking()).toBe(true);
  // Each reply comes after the server has sent the state as it stood (the inbox projects
  // before it acknowledges): a reply received while a bot seat is still not ready was
  // served while the bots' search went on (in its thread, or between two of its slices). A
  // search run in one go in the event loop would finish before the server read any message,
  // and no reply would find a bot thinking.
  // Twenty replies served mid-search are plenty, and stay under the limit of 100 messages in
  // 5 s: the server answers every few ms while the bots think.
  let answered = 0;
  let during = 0;
  while (thinking() && during < 20 && answered < 90) {
    await host.must('ready', { ready: false });
    answered++;
    if (thinking()) during++;
  }
  expect(during).toBeGreaterThanOrEqual(3);
  await host.until('the bots decided', () => !thinking());
  await host.must('ready', { ready: true });
  const week = await host.until('week 1', () => host.resolutions.find((r) => r.turn === 1));
  expect(week.bots).toEqual(['mali', 'aes']);
}
