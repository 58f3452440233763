// Bounded abuse: one address may create only so many matches and make only so many
// requests (429 with Retry-After and a clear code), a process runs only so many matches,
// an abandoned lobby closes within seconds, private matches cannot be listed, and the
// teacher's console and the records stay shut without their tokens.
import { afterEach, describe, expect, it } from 'vitest';
import { Client as ColyseusClient } from 'colyseus.js';
import { JOIN_ERROR_CODE } from '../../shared/protocol/index.ts';
import type { GuardSettings } from '../../server/config.ts';
import type { TestClient, TestServer } from './harness.ts';
import { bootServer, closeAll, FAST, TestClient as Client } from './harness.ts';
import { LobbyWatcher } from './lobbyWatcher.ts';

let server: TestServer | undefined;
const clients: TestClient[] = [];

async function boot(guards: Partial<GuardSettings>): Promise<TestServer> {
  server = await bootServer({ guards });
  return server;
}
afterEach(async () => {
  await closeAll(clients.splice(0));
  await server?.close();
  server = undefined;
});

/** Polls an HTTP condition until it holds (the room closes on the server's own clock). */
async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('should have been refused');
    },
    (e: { code: number; message: string }) => e,
  );

describe('per-address limits', () => {
  it('creating matches: past the limit, 429 with Retry-After and tooManyMatches; joining still works', async () => {
    const s = await boot({ createLimit: 3, createWindowSeconds: 60 });
    for (let i = 0; i < 3; i++) clients.push(await Client.create(s.url, `c${i}`, { ...FAST }));
    const e = await failure(new ColyseusClient(s.url).create('match', {}));
    expect(e.code).toBe(429);
    expect(e.message).toMatch(/^tooManyMatches: Too many matches created from your address: at most 3 every 60 seconds\. Try again in \d+ seconds\./);
    const raw = await fetch(`${s.http}/matchmake/create/match`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(raw.status).toBe(429);
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(raw.headers.get('access-control-allow-origin')).toBeTruthy();
    expect(((await raw.json()) as { error: string }).error).toMatch(/^tooManyMatches: /);
    // Joining an existing match is not creating one.
    clients.push(await Client.join(s.url, 'joiner', clients[0]!.code, { role: 'mali' }));
  });

  it('matchmaking requests of any kind are bounded too (e.g. guessing room codes)', async () => {
    const s = await boot({ matchmakeLimit: 4 });
    const c = new ColyseusClient(s.url);
    for (let i = 0; i < 4; i++) expect((await failure(c.joinById(`ZZZZ${i + 2}`, {}))).code).toBe(4212);
    const e = await failure(c.joinById('ZZZZZ', {}));
    expect(e.code).toBe(429);
    expect(e.message).toMatch(/^tooManyRequests: /);
  });

  it('HTTP API: past the limit, 429 tooManyRequests with Retry-After; health checks are not limited', async () => {
    const s = await boot({ httpLimit: 5 });
    for (let i = 0; i < 5; i++) expect((await fetch(`${s.http}/api/matches/ABCDE`)).status).toBe(404);
    const r = await fetch(`${s.http}/api/matches`);
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await r.json()) as { error: string; message: string; retryAfter: number };
    expect(body.error).toBe('tooManyRequests');
    expect(body.message).toMatch(/at most 5 every 60 seconds/);
    expect(body.retryAfter).toBeGreaterThan(0);
    expect((await fetch(`${s.http}/healthz`)).status).toBe(200);
  });
});

describe('the cap on matches per process', () => {
  it('refuses the match past the cap with serverFull, and takes one again once a match closed', async () => {
    const s = await boot({ maxMatches: 2 });
    const a = await Client.create(s.url, 'a', { ...FAST });
    clients.push(a, await Client.create(s.url, 'b', { ...FAST }));
    const e = await failure(new ColyseusClient(s.url).create('match', {}));
    expect(e.code).toBe(JOIN_ERROR_CODE);
    expect(e.message).toMatch(/^serverFull: This server already runs 2 matches/);
    await a.leave();
    await eventually('a closed', async () => (await fetch(`${s.http}/api/matches/${a.code}`)).status === 404);
    clients.push(await Client.create(s.url, 'c', { ...FAST }));
  });

  it('creates arriving together do not overshoot the cap', async () => {
    const s = await boot({ maxMatches: 2 });
    const tries = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => Client.create(s.url, `t${i}`, { ...FAST })));
    const made = tries.filter((t): t is PromiseFulfilledResult<TestClient> => t.status === 'fulfilled').map((t) => t.value);
    clients.push(...made);
    expect(made).toHaveLength(2);
    const refused = tries.filter((t): t is PromiseRejectedResult => t.status === 'rejected').map((t) => String((t.reason as Error).message));
    expect(refused.every((m) => m.startsWith('serverFull: '))).toBe(true);
  });
});

describe('abandoned lobbies', () => {
  it('a lobby whose last member dropped closes within seconds; a classroom lobby waits for its teacher', async () => {
    const s = await boot({ emptyLobbySeconds: 1 });
    const open = await Client.create(s.url, 'open', { ...FAST });
    const teacher = await Client.create(s.url, 'teacher', { ...FAST, classroom: true });
    clients.push(open, teacher);
    const started = Date.now();
    open.drop();
    teacher.drop();
    const gone = async (code: string) => (await fetch(`${s.http}/api/matches/${code}`)).status === 404;
    expect(await gone(open.code)).toBe(false);
    await eventually('the open lobby closed', () => gone(open.code));
    // Closed after about a second, not after the 120 s reconnection window.
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await gone(teacher.code)).toBe(false);
    await teacher.rejoinWith({ teacherToken: teacher.welcome!.teacherToken! });
    expect(teacher.welcome!.seat.kind).toBe('teacher');
  });
});

describe('nothing private can be found or opened without its token', () => {
  it('private matches are not listed anywhere', async () => {
    const s = await boot({});
    const lobby = await LobbyWatcher.join(s.url);
    const open = await Client.create(s.url, 'open', { ...FAST });
    const hidden = await Client.create(s.url, 'hidden', { ...FAST, public: false });
    const session = await Client.create(s.url, 'teacher', { ...FAST, classroom: true });
    clients.push(open, hidden, session);
    await lobby.until('the public match listed', () => lobby.matches.has(open.code));
    const listed = ((await (await fetch(`${s.http}/api/matches`)).json()) as { matches: { code: string }[] }).matches.map((m) => m.code);
    expect(listed).toEqual([open.code]);
    expect([...lobby.seen]).toEqual([open.code]);
    const records = ((await (await fetch(`${s.http}/api/records?status=ended`)).json()) as { records: unknown[] }).records;
    expect(records).toEqual([]);
    await lobby.leave();
  });

  it("the teacher's console and the records stay shut without their tokens", async () => {
    const s = await boot({});
    const teacher = await Client.create(s.url, 'teacher', { ...FAST, classroom: true });
    const student = await Client.join(s.url, 'student', teacher.code, {});
    clients.push(teacher, student);
    const { matchId } = teacher.welcome!;
    // Not with a made-up teacher token, nor the student's seat token taken for one.
    for (const teacherToken of ['x'.repeat(32), student.welcome!.seatToken]) {
      const e = await failure(new ColyseusClient(s.url).joinById(teacher.code, { teacherToken }));
      expect(e.message).toMatch(/^teacherTokenUnknown: /);
    }
    expect((await failure(new ColyseusClient(s.url).joinById(teacher.code, { seatToken: 'y'.repeat(32) }))).message).toMatch(/^seatTokenUnknown: /);
    // A student never holds the teacher's secret nor the console.
    expect(student.welcome!.teacherToken).toBeUndefined();
    expect(student.received.some((r) => r.type === 'console')).toBe(false);
    // The records: nothing without a token while the session runs; a student's token opens nothing.
    const get = (path: string, token?: string, method = 'GET') => fetch(`${s.http}/api/records${path}`, { method, headers: token ? { Authorization: `Bearer ${token}` } : {} });
    expect((await get(`/${matchId}`)).status).toBe(409);
    expect((await get(`/${matchId}?part=full`)).status).toBe(401);
    expect((await get(`/${matchId}`, student.welcome!.seatToken)).status).toBe(403);
    expect((await get(`/${matchId}/export.json`)).status).toBe(409);
    expect((await get(`/${matchId}/export.csv`, 'z'.repeat(32))).status).toBe(403);
    expect((await get('/created')).status).toBe(401);
    expect(((await (await get('/created', student.welcome!.seatToken)).json()) as { records: unknown[] }).records).toEqual([]);
    expect((await get(`/${matchId}`, undefined, 'DELETE')).status).toBe(401);
    expect((await get(`/${matchId}`, student.welcome!.seatToken, 'DELETE')).status).toBe(403);
    // The teacher's token opens it.
    expect((await get(`/${matchId}`, teacher.welcome!.teacherToken)).status).toBe(200);
  });
});
