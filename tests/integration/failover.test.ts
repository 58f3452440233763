// Failover with a real Redis, a real PostgreSQL and three server processes: the process
// running a match is killed with SIGKILL mid-planning; within 30 s one survivor (and only
// one) takes the match over under the same code, restored from the shared records, and
// the players come back through any process with their seat tokens, finding every change
// they were acknowledged; the match plays on.
import { afterAll, describe, expect, it } from 'vitest';
import type { TestClient } from './harness.ts';
import { FAST, startAndPlan, TestClient as Client } from './harness.ts';
import { planningOf } from './play.ts';
import type { TestPostgres } from './postgresServer.ts';
import { findPostgres, startPostgres } from './postgresServer.ts';
import { freePort, logEvents, startGameServer, stopAll, tempDir } from './processes.ts';
import { REDIS_SERVER, startRedis } from './redisServer.ts';

const postgres = findPostgres();
const skip = !REDIS_SERVER ? 'no redis-server' : 'missing' in postgres ? postgres.missing : undefined;
let pg: TestPostgres | undefined;
const clients: TestClient[] = [];
afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.leave()));
  await stopAll();
  await pg?.stop();
});

const firm = (target: string) => ({ action: 'statement', target, option: 'firm' });
const calm = (target: string) => ({ action: 'statement', target, option: 'conciliatory' });

describe.skipIf(skip !== undefined)(`failover${skip ? ` (skipped: ${skip})` : ''}`, () => {
  it('three processes, the one running a match killed mid-planning: a survivor runs it within 30 s with everything acknowledged', async () => {
    pg = await startPostgres((postgres as { bin: string }).bin);
    const [redis, url] = await Promise.all([startRedis(), pg.newDatabase()]);
    const ports = [await freePort(), await freePort(), await freePort()];
    const procs = await Promise.all(
      ['a', 'b', 'c'].map((id, i) =>
        startGameServer(`server-${id}`, ports[i], { REDIS_URL: redis.url, DATABASE_URL: url, SERVER_ID: id, PUBLIC_ADDRESS: `127.0.0.1:${ports[i]}`, DATA_DIR: tempDir(`failover-${id}`) }),
      ),
    );
    const host = await Client.create(procs[0].url, 'algeria', { ...FAST, planningSeconds: 900, takeoverGraceSeconds: 600, role: 'algeria', nickname: 'Amina' });
    const code = host.code;
    const mali = await Client.join(procs[1].url, 'mali', code, { role: 'mali', nickname: 'Moussa' });
    clients.push(host, mali);
    await startAndPlan(host, [host, mali]);

    await host.must('draft.add', { order: firm('mali') });
    await host.must('chat.send', { to: 'public', text: 'before the failure' });
    await host.must('proposal.make', { to: 'mali', give: [calm('aes')], get: [calm('algeria')], note: 'deal' });
    await mali.must('draft.add', { order: calm('algeria') });
    await mali.must('ready', { ready: true });

    const runner = procs.find((p) => logEvents(p, 'match.created').some((e) => e.code === code))!;
    const survivors = procs.filter((p) => p !== runner);
    const tokens = [host.welcome!.seatToken, mali.welcome!.seatToken];
    runner.kill('SIGKILL');
    const killedAt = Date.now();
    await runner.exited;

    const takenBy = await Promise.any(
      survivors.map((p) => p.waitForLine('the takeover', (l) => l.includes('"match.takenOver"') && l.includes(code), 45_000).then(() => p)),
    );
    expect(Date.now() - killedAt).toBeLessThan(30_000);
    const other = survivors.find((p) => p !== takenBy)!;

    // Back through the process that does not run it, with the seat tokens.
    for (const c of [host, mali]) {
      c.drafts.clear();
      c.chat.length = 0;
      c.proposals.clear();
    }
    await host.rejoinWithToken(tokens[0], other.url);
    await mali.rejoinWithToken(tokens[1], takenBy.url);
    await host.until('the restored match', () => host.drafts.get('algeria') && host.chat.length > 0 && host.proposals.size > 0);
    expect(host.state).toMatchObject({ code, phase: 'planning', turn: 1 });
    expect(host.drafts.get('algeria')!.entries).toEqual([{ order: firm('mali') }]);
    expect(host.seat('mali')).toMatchObject({ ready: true });
    expect(host.chat.map((m) => m.text)).toEqual(['before the failure']);
    expect([...host.proposals.values()]).toMatchObject([{ id: 1, from: 'algeria', to: 'mali', status: 'pending', note: 'deal' }]);
    await mali.until('the draft', () => mali.drafts.get('mali'));
    expect(mali.drafts.get('mali')).toMatchObject({ entries: [{ order: calm('algeria') }], ready: true });

    // It plays on, and only one process ever took it.
    await mali.must('proposal.accept', { id: 1 });
    await mali.must('ready', { ready: true });
    await host.must('ready', { ready: true });
    await planningOf(host, 2);
    for (const p of survivors) expect(logEvents(p, 'match.takenOver').filter((e) => e.code === code)).toHaveLength(p === takenBy ? 1 : 0);
    // Colyseus' own takeover lists it under the survivor.
    const listed = (await (await fetch(`${other.http}/api/matches/${code}`)).json()) as { match: { code: string } };
    expect(listed.match.code).toBe(code);
  }, 180_000);
});
