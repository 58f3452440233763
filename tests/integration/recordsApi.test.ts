// Recorded matches over HTTP: finished matches listed for replay and export, each record
// readable (the public part by anyone, the whole by its creator or the operator), and
// deleted only with a secret; the retention setting removes old records at start.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDefaults } from '../../shared/protocol/index.ts';
import { createLogger } from '../../server/log.ts';
import { sqliteRecordStore } from '../../server/records/sqlite.ts';
import type { MatchRecord, MatchSummary } from '../../server/records/types.ts';
import type { TestClient, TestServer } from './harness.ts';
import { bootServer, closeAll, FAST, startAndPlan, TestClient as Client } from './harness.ts';
import { planningOf } from './play.ts';
import { freePort, startGameServer, stopAll, tempDir } from './processes.ts';

const ADMIN = 'operator-secret-for-tests-0123456789';
let server: TestServer;
const clients: TestClient[] = [];
beforeAll(async () => {
  server = await bootServer({ adminToken: ADMIN });
});
afterAll(async () => {
  await closeAll(clients);
  await server.close();
  await stopAll();
});

async function api(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = init.token ? { Authorization: `Bearer ${init.token}` } : undefined;
  const res = await fetch(server.http + path, { ...init, headers });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}

/** Polls an HTTP-side condition (nothing pushes it to the test) until it holds. */
async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function playToTheEnd(host: TestClient, players: TestClient[]): Promise<void> {
  for (let turn = 1; ; turn++) {
    await Promise.all(players.map((p) => planningOf(p, turn)));
    for (const p of players) await p.must('ready', { ready: true });
    const week = await host.until(`week ${turn}`, () => host.resolutions.find((r) => r.turn === turn));
    if (week.ended) break;
  }
  await host.until('the record', () => host.record);
}

describe('records over HTTP', () => {
  it('lists a finished match, serves its public and full record, and deletes it only with the creator token', async () => {
    const host = await Client.create(server.url, 'host', { ...FAST, turns: 4, role: 'algeria', nickname: 'Teacher', title: 'Replay me' });
    const mali = await Client.join(server.url, 'mali', host.code, { role: 'mali' });
    clients.push(host, mali);
    await startAndPlan(host, [host, mali]);
    await host.must('chat.send', { to: 'public', text: 'for everyone' });
    await host.must('chat.send', { to: 'mali', text: 'private words' });
    await host.must('draft.add', { order: { action: 'statement', target: 'mali', option: 'firm' } });

    // While it is played: the creator sees it, the public record does not exist yet, deletion is refused.
    const created = await api('/api/records/created', { token: host.welcome!.seatToken });
    const mine = (created.body.records as MatchSummary[]).find((r) => r.code === host.code)!;
    expect(mine).toMatchObject({ title: 'Replay me', public: true });
    expect(mine.end).toBeUndefined();
    const id = mine.matchId;
    expect((await api(`/api/records/${id}`)).status).toBe(409);
    expect((await api(`/api/records/${id}`, { method: 'DELETE', token: host.welcome!.seatToken })).body.error).toBe('inProgress');
    expect(((await api('/api/records/created', { token: mali.welcome!.seatToken })).body.records as MatchSummary[]).map((r) => r.matchId)).not.toContain(id);

    await playToTheEnd(host, [host, mali]);
    await host.until('ended', () => host.state.phase === 'ended');
    const list = await api('/api/records');
    const summary = (list.body.records as MatchSummary[]).find((r) => r.matchId === id)!;
    expect(summary).toMatchObject({ code: host.code, end: 'finished', turns: 4, title: 'Replay me' });
    expect(summary.turnsPlayed).toBeGreaterThan(0);
    expect(summary.outcome?.kind).toBeTypeOf('string');

    const open = await api(`/api/records/${id}`);
    expect(open.status).toBe(200);
    const shown = open.body.record as MatchRecord;
    expect(open.body.full).toBe(false);
    expect(shown.chat.map((m) => m.text)).toEqual(['for everyone']);
    expect(shown).not.toHaveProperty('drafts');
    expect(shown.turns.length).toBe(summary.turnsPlayed);
    expect(shown.turns[0].orders.algeria).toEqual([{ action: 'statement', target: 'mali', option: 'firm' }]);
    expect(JSON.stringify(open.body)).not.toContain(host.welcome!.seatToken);

    const full = await api(`/api/records/${id}`, { token: host.welcome!.seatToken });
    expect(full.body.full).toBe(true);
    const whole = full.body.record as MatchRecord;
    expect(whole.chat.map((m) => m.text)).toEqual(['for everyone', 'private words']);
    expect(whole.drafts[0]).toMatchObject({ turn: 1, role: 'algeria', by: 'Teacher', entries: [{ order: { action: 'statement', target: 'mali', option: 'firm' } }] });
    expect(whole.seats.map((s) => s.change)).toEqual(['joined', 'joined']);
    expect((await api(`/api/records/${id}`, { token: mali.welcome!.seatToken })).status).toBe(403);

    expect((await api(`/api/records/${id}`, { method: 'DELETE' })).status).toBe(401);
    expect((await api(`/api/records/${id}`, { method: 'DELETE', token: mali.welcome!.seatToken })).status).toBe(403);
    expect((await api(`/api/records/${id}`, { method: 'DELETE', token: host.welcome!.seatToken })).status).toBe(204);
    expect((await api(`/api/records/${id}`)).status).toBe(404);
    expect((await api(`/api/records/${id}`, { method: 'DELETE', token: host.welcome!.seatToken })).status).toBe(404);
  }, 120_000);

  it('the operator token lists private matches and may delete any ended record', async () => {
    const host = await Client.create(server.url, 'host', { ...FAST, public: false, role: 'algeria' });
    clients.push(host);
    const id = ((await api('/api/records/created', { token: host.welcome!.seatToken })).body.records as MatchSummary[])[0].matchId;
    await host.leave();
    // Everyone left: the room closes and the match is recorded as abandoned.
    await eventually('the match recorded as abandoned', async () =>
      ((await api('/api/records?status=abandoned', { token: ADMIN })).body.records as MatchSummary[]).some((r) => r.matchId === id),
    );
    expect(((await api('/api/records?status=abandoned')).body.records as MatchSummary[]).map((r) => r.matchId)).not.toContain(id);
    expect((await api('/api/records?status=nonsense')).status).toBe(400);
    expect((await api(`/api/records/${id}`, { method: 'DELETE', token: ADMIN })).status).toBe(204);
  }, 60_000);

  it('RECORDS_RETENTION_DAYS removes old ended records at start', async () => {
    const dir = tempDir('retention');
    const log = createLogger({ level: 'silent', pretty: false, write: () => {} });
    const seed = sqliteRecordStore(dir, log);
    const old = { matchId: randomUUID(), code: 'OLD22', createdAt: 1, options: withDefaults({}), seed: 1 };
    const fresh = { ...old, matchId: randomUUID(), code: 'NEW22' };
    seed.open(old, 'main').ended(Date.now() - 40 * 86_400_000, 'finished');
    seed.open(fresh, 'main').ended(Date.now() - 86_400_000, 'finished');
    await seed.close();
    const other = await bootServerInChild(dir);
    expect(other).toEqual({ old: false, fresh: true });
  }, 60_000);
});

/** The retention sweep of a second server on the same DATA_DIR (its own process: one Colyseus server per process). */
async function bootServerInChild(dir: string): Promise<{ old: boolean; fresh: boolean }> {
  const p = await startGameServer('retention', await freePort(), { DATA_DIR: dir, RECORDS_RETENTION_DAYS: '30' });
  await p.waitForLine('the sweep', (l) => l.includes('"records.retention"'));
  p.kill('SIGTERM');
  await p.exited;
  const store = sqliteRecordStore(dir, createLogger({ level: 'silent', pretty: false, write: () => {} }));
  const ids = (await store.summaries({ status: 'ended' })).map((s) => s.code);
  await store.close();
  return { old: ids.includes('OLD22'), fresh: ids.includes('NEW22') };
}
