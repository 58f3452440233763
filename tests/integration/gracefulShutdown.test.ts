// SIGTERM with a real process: no new matches once the shutdown began, every client told
// (notice.serverRestarting, then close code 4012), everything saved, exit code 0; the next
// start brings each unfinished match back exactly as it was (a paused clock keeps its time).
import { afterAll, describe, expect, it } from 'vitest';
import type { TestClient } from './harness.ts';
import { FAST, startAndPlan, TestClient as Client } from './harness.ts';
import { freePort, logEvents, startGameServer, stopAll, tempDir } from './processes.ts';

const clients: TestClient[] = [];
afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.leave()));
  await stopAll();
});

/** A matchmaking request as colyseus.js makes it; resolves to what the server answered, or the network error. */
async function tryCreate(http: string): Promise<string> {
  try {
    const res = await fetch(`${http}/matchmake/create/match`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const text = await res.text();
    return res.status === 200 && text.includes('"sessionId"') ? 'created' : `refused ${res.status} ${text}`;
  } catch (error) {
    return `refused ${(error as Error).message}`;
  }
}

describe('graceful shutdown', () => {
  it('SIGTERM: refuses new matches, tells every client, saves, exits 0; the restart restores the matches', async () => {
    const port = await freePort();
    const env = { DATA_DIR: tempDir('sigterm') };
    const first = await startGameServer('server-1', port, env);
    const host = await Client.create(first.url, 'algeria', { ...FAST, planningSeconds: 900, role: 'algeria', nickname: 'Amina' });
    const mali = await Client.join(first.url, 'mali', host.code, { role: 'mali', nickname: 'Moussa' });
    const waiting = await Client.create(first.url, 'lobby-host', { role: 'aes', nickname: 'Issa', public: false });
    const solo = await Client.create(first.url, 'solo', { ...FAST, planningSeconds: 900, role: 'mali', nickname: 'Solo' });
    clients.push(host, mali, waiting, solo);
    await startAndPlan(host, [host, mali]);
    await startAndPlan(solo, [solo]);
    await mali.must('draft.add', { order: { action: 'statement', target: 'algeria', option: 'firm' } });
    await host.must('chat.send', { to: 'team', text: 'team secret' });
    await host.must('control', { command: 'pause' });
    await mali.until('paused', () => mali.state.paused);
    const remaining = mali.state.remaining;
    const tokens = new Map([host, mali, waiting, solo].map((c) => [c, c.welcome!.seatToken]));
    const soloDeadline = solo.state.deadline;

    const stoppedAt = Date.now();
    first.kill('SIGTERM');
    await host.until('the restart notice', () => host.notices.some((n) => n.key === 'notice.serverRestarting'));
    // The shutdown has begun: matchmaking refuses (503) or the port is already closed.
    expect(await tryCreate(first.http)).toMatch(/^refused/);
    await Promise.all([host, mali, waiting, solo].map((c) => c.until('closed as restarting', () => c.left === 4012)));
    expect(mali.notices.map((n) => n.key)).toContain('notice.serverRestarting');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(logEvents(first, 'server.closed')).toHaveLength(1);

    const second = await startGameServer('server-2', port, env);
    expect(logEvents(second, 'match.restored').map((e) => e.code).sort()).toEqual([host.code, waiting.code, solo.code].sort());
    for (const c of [host, mali, waiting]) {
      c.welcome = undefined;
      c.drafts.clear();
      c.chat.length = 0;
    }
    await mali.rejoinWithToken(tokens.get(mali));
    await mali.until('the snapshot', () => mali.welcome && mali.drafts.get('mali'));
    expect(mali.state).toMatchObject({ phase: 'planning', turn: 1, paused: true, deadline: 0 });
    // Saved at the shutdown itself: the paused clock comes back to the millisecond.
    expect(mali.state.remaining).toBe(remaining);
    expect(mali.drafts.get('mali')!.entries).toEqual([{ order: { action: 'statement', target: 'algeria', option: 'firm' } }]);
    await host.rejoinWithToken(tokens.get(host));
    await host.until('the team channel', () => host.welcome?.host && host.chat.some((m) => m.text === 'team secret'));
    await host.must('control', { command: 'resume' });
    await mali.until('running again', () => !mali.state.paused && mali.state.deadline > Date.now());

    await waiting.rejoinWithToken(tokens.get(waiting));
    await waiting.until('its lobby', () => waiting.welcome?.host);
    expect(waiting.state.phase).toBe('lobby');
    expect(waiting.welcome!.seat).toEqual({ kind: 'role', role: 'aes' });

    // A running clock comes back running, with the time it had left when the server stopped.
    await solo.rejoinWithToken(tokens.get(solo));
    await solo.until('its planning', () => solo.welcome && solo.state.phase === 'planning');
    expect(solo.state.paused).toBe(false);
    const downtime = Date.now() - stoppedAt;
    expect(solo.state.deadline).toBeGreaterThan(soloDeadline);
    expect(solo.state.deadline).toBeLessThanOrEqual(soloDeadline + downtime + 1_000);

    await Promise.all([host, mali, waiting, solo].map((c) => c.leave()));
    second.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  }, 180_000);
});
