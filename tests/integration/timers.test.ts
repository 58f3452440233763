// The phases run on the room clock: the timer ends planning with whatever is drafted,
// the host pauses and resumes, and planning ends early when every role is ready.
import { describe, expect, it } from 'vitest';
import type { TestClient } from './harness.ts';
import { startAndPlan, suiteServer, TestClient as Client } from './harness.ts';
import { planningOf } from './play.ts';

const clients: TestClient[] = [];
const server = suiteServer(clients);

/** Proving that nothing happens takes real time; this is the only kind of wait that sleeps. */
const elapse = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function twoPlayers(planningSeconds: number, extra: Record<string, unknown> = {}): Promise<[TestClient, TestClient]> {
  const host = await Client.create(server.url, 'host', { briefingSeconds: 0, resolutionSeconds: 0, planningSeconds, role: 'algeria', seed: 3, ...extra });
  const mali = await Client.join(server.url, 'mali', host.code, { role: 'mali' });
  clients.push(host, mali);
  await startAndPlan(host, [host, mali]);
  return [host, mali];
}

describe('phase timers', () => {
  it('the timer ends planning; missing orders count as none', async () => {
    const [host, mali] = await twoPlayers(2);
    const deadline = host.state.deadline;
    expect(deadline).toBeLessThanOrEqual(Date.now() + 2000);
    const order = { action: 'statement', target: 'mali', option: 'firm' };
    await host.must('draft.add', { order });
    // Nobody marks ready: the clock decides, at the deadline the state announced.
    const week = await mali.until('week 1 resolved', () => mali.resolutions.find((r) => r.turn === 1));
    expect(Date.now()).toBeGreaterThanOrEqual(deadline);
    expect(week.revealed.algeria).toEqual([order]);
    expect(week.revealed.mali).toBeUndefined();
    expect(week.bots).toEqual(['aes']);
    await planningOf(host, 2);
  });

  it('the host pauses and resumes the clock; readiness waits for the resume', async () => {
    const [host, mali] = await twoPlayers(2);
    expect((await mali.refused('control', { command: 'pause' })).code).toBe('notHost');
    await host.must('control', { command: 'pause' });
    await mali.until('paused', () => mali.state.paused);
    expect(mali.state.deadline).toBe(0);
    expect(mali.state.remaining).toBeGreaterThan(0);
    expect(mali.state.remaining).toBeLessThanOrEqual(2000);
    expect((await host.refused('control', { command: 'pause' })).code).toBe('paused');
    // Everyone ready while paused: still planning.
    await host.must('ready', { ready: true });
    await mali.must('ready', { ready: true });
    await elapse(2500);
    expect(host.state.phase).toBe('planning');
    expect(host.resolutions).toHaveLength(0);

    await host.must('control', { command: 'resume' });
    await host.until('week 1 resolved', () => host.resolutions.find((r) => r.turn === 1));
    expect((await host.refused('control', { command: 'resume' })).code).toBe('notPaused');
  });

  it('planning ends early when every role is ready, long before the deadline', async () => {
    const [host, mali] = await twoPlayers(600);
    const deadline = host.state.deadline;
    expect(deadline).toBeGreaterThan(Date.now() + 590_000);
    await host.must('ready', { ready: true });
    await mali.until('algeria shown ready', () => mali.seat('algeria')?.ready);
    expect(mali.state.phase).toBe('planning');
    await mali.must('ready', { ready: true });
    await host.until('week 1 resolved', () => host.resolutions.find((r) => r.turn === 1));
    expect(Date.now()).toBeLessThan(deadline - 500_000);
  });

  it('the host extends the clock and ends a phase early', async () => {
    const [host, mali] = await twoPlayers(600);
    const before = host.state.deadline;
    await host.must('control', { command: 'extend', params: { seconds: 60 } });
    await mali.until('the longer deadline', () => mali.state.deadline >= before + 59_000);
    await host.must('control', { command: 'endPhase' });
    await mali.until('week 1 resolved', () => mali.resolutions.find((r) => r.turn === 1));
    expect(mali.notices.map((n) => n.key)).toEqual(expect.arrayContaining(['notice.extended', 'notice.phaseEnded']));
  });

  it('briefing and resolution phases are timed too', async () => {
    const host = await Client.create(server.url, 'host', { briefingSeconds: 1, resolutionSeconds: 1, planningSeconds: 600, role: 'algeria' });
    clients.push(host);
    await host.must('control', { command: 'start' });
    await host.until('briefing', () => host.state.phase === 'briefing' && host.state.deadline > 0);
    await planningOf(host, 1);
    await host.must('ready', { ready: true });
    await host.until('the resolution phase', () => host.state.phase === 'resolution' && host.resolutions.length === 1);
    await host.until('the next briefing', () => host.state.phase === 'briefing' && host.state.turn === 2);
    await planningOf(host, 2);
  });
});
