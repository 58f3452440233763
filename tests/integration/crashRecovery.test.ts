// Crash recovery with real processes: a server killed with SIGKILL in the middle of a
// planning phase starts again on the same records, and the match is back under the same
// code, in the same phase, with every order, ready flag, message and proposal accepted
// before the crash; players re-join their seats with their seat tokens and play on.
// Runs on SQLite (DATA_DIR) and, where PostgreSQL is installed, on DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_ERROR_CODE } from '../../shared/protocol/index.ts';
import type { TestClient } from './harness.ts';
import { FAST, startAndPlan, TestClient as Client } from './harness.ts';
import { planningOf } from './play.ts';
import type { TestPostgres } from './postgresServer.ts';
import { findPostgres, startPostgres } from './postgresServer.ts';
import { freePort, logEvents, startGameServer, stopAll, tempDir } from './processes.ts';

const postgres = findPostgres();
let pgServer: TestPostgres | undefined;
const clients: TestClient[] = [];
afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.leave()));
  await stopAll();
  await pgServer?.stop();
});

const firm = (target: string) => ({ action: 'statement', target, option: 'firm' });
const calm = (target: string) => ({ action: 'statement', target, option: 'conciliatory' });
const getJson = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const backends: { name: string; skip?: string; env: () => Promise<Record<string, string>> }[] = [
  { name: 'SQLite', env: async () => ({ DATA_DIR: tempDir('crash') }) },
  {
    name: 'PostgreSQL',
    skip: 'missing' in postgres ? postgres.missing : undefined,
    env: async () => {
      pgServer ??= await startPostgres((postgres as { bin: string }).bin);
      return { DATABASE_URL: await pgServer.newDatabase(), DATA_DIR: tempDir('unused') };
    },
  },
];

for (const backend of backends) {
  describe.skipIf(backend.skip !== undefined)(`crash recovery on ${backend.name}${backend.skip ? ` (skipped: ${backend.skip})` : ''}`, () => {
    let env: Record<string, string>;
    beforeAll(async () => {
      env = await backend.env();
    }, 120_000);

    it('SIGKILL during planning: same code, phase, drafts, ready flags, chat, proposals and seats after the restart', async () => {
      const port = await freePort();
      const first = await startGameServer('server-1', port, env);
      const host = await Client.create(first.url, 'algeria', { ...FAST, planningSeconds: 900, takeoverGraceSeconds: 600, role: 'algeria', nickname: 'Amina', title: 'Class 4B' });
      const mali = await Client.join(first.url, 'mali', host.code, { role: 'mali', nickname: 'Moussa' });
      const watcher = await Client.join(first.url, 'watcher', host.code, { spectate: true, nickname: 'Board' });
      clients.push(host, mali, watcher);
      const code = host.code;
      await startAndPlan(host, [host, mali, watcher]);

      // Everything below is acknowledged (`ok`) before the crash.
      await host.must('draft.add', { order: firm('mali') });
      await host.must('draft.add', { order: calm('aes') });
      await host.must('draft.remove', { order: calm('aes') });
      await mali.must('draft.add', { order: calm('algeria') });
      await mali.must('ready', { ready: true });
      await host.must('chat.send', { to: 'public', text: 'Algeria speaks to the world' });
      await mali.must('chat.send', { to: 'algeria', text: 'between us two' });
      await host.must('proposal.make', { to: 'mali', give: [calm('aes')], get: [calm('algeria')], note: 'calm down' });
      const deadline = host.state.deadline;
      const before = { algeria: host.drafts.get('algeria')!.entries, mali: mali.drafts.get('mali')!.entries };
      expect(before.algeria).toEqual([{ order: firm('mali') }]);

      first.kill('SIGKILL');
      expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });
      await Promise.all([host, mali, watcher].map((c) => c.until('the connection lost', () => c.left !== undefined)));

      const second = await startGameServer('server-2', port, env);
      expect(logEvents(second, 'match.restored').map((e) => e.code)).toEqual([code]);
      const listed = await getJson(`${second.http}/api/matches/${code}`);
      expect(listed.status).toBe(200);
      expect(listed.body.match).toMatchObject({ code, phase: 'planning', turn: 1, players: 2, title: 'Class 4B' });

      // A refreshed page: join by code with the seat token.
      const tokens = new Map([host, mali, watcher].map((c) => [c, c.welcome!.seatToken]));
      for (const c of [host, mali, watcher]) {
        c.welcome = undefined;
        c.drafts.clear();
        c.chat.length = 0;
        c.proposals.clear();
      }
      await host.rejoinWithToken(tokens.get(host));
      await host.until('the snapshot', () => host.welcome && host.drafts.get('algeria') && host.proposals.size > 0);
      expect(host.welcome).toMatchObject({ code, nickname: 'Amina', seat: { kind: 'role', role: 'algeria' }, host: true });
      expect(host.state).toMatchObject({ code, phase: 'planning', turn: 1, paused: false });
      // The clock kept the time that was left (within a heartbeat), never less than a minute.
      expect(host.state.deadline).toBeGreaterThan(Date.now() + 55_000);
      expect(host.state.deadline).toBeLessThanOrEqual(deadline + 10_000);
      expect(host.drafts.get('algeria')!.entries).toEqual(before.algeria);
      expect(host.seat('mali')).toMatchObject({ ready: true, players: 1, connected: 0, bot: false });
      expect(host.chat.map((m) => m.text)).toEqual(['Algeria speaks to the world', 'between us two']);
      expect([...host.proposals.values()]).toMatchObject([{ id: 1, from: 'algeria', to: 'mali', status: 'pending', note: 'calm down' }]);

      await mali.rejoinWithToken(tokens.get(mali));
      await mali.until('the snapshot', () => mali.welcome && mali.drafts.get('mali'));
      expect(mali.welcome).toMatchObject({ nickname: 'Moussa', seat: { kind: 'role', role: 'mali' }, host: false });
      expect(mali.drafts.get('mali')).toMatchObject({ entries: before.mali, ready: true });
      await watcher.rejoinWithToken(tokens.get(watcher));
      await watcher.until('the public chat', () => watcher.welcome && watcher.chat.length === 1);
      expect(watcher.welcome!.seat).toEqual({ kind: 'spectator' });
      await host.until('everyone back', () => host.state.players.every((p) => p.connected) && host.state.spectatorCount === 1);

      // The match plays on: the deal is accepted, both teams ready, the week resolves.
      await mali.must('proposal.accept', { id: 1 });
      await mali.must('ready', { ready: true });
      await host.must('ready', { ready: true });
      const week = await watcher.until('week 1 resolved', () => watcher.resolutions.find((r) => r.turn === 1));
      expect(week.revealed.algeria).toEqual(expect.arrayContaining([firm('mali'), calm('aes')]));
      await planningOf(host, 2);
      // A token the match never issued is still refused.
      const err = await Client.join(second.url, 'stranger', code, { seatToken: 'not-a-real-token' }).then(
        () => undefined,
        (e: { code: number; message: string }) => e,
      );
      expect(err).toMatchObject({ code: JOIN_ERROR_CODE });
      expect(err!.message).toMatch(/^seatTokenUnknown/);
      await Promise.all([host, mali, watcher].map((c) => c.leave()));
      second.kill('SIGKILL');
      await second.exited;
    }, 180_000);
  });
}
