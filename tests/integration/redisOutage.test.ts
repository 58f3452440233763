// Redis away for half a minute under two processes that started together: the match
// under way goes on (it needs no Redis), liveness stays 200 and readiness says 503, each
// within a second, the list of matches answers 503 rather than hanging; when Redis comes
// back (empty, as a restarted cache), everything recovers by itself: readiness, the list
// of matches and the lobby on both processes, joining by code through the other process,
// and creating matches, placed on both processes again.
import { afterAll, describe, expect, it } from 'vitest';
import type { Listing } from '../../shared/protocol/index.ts';
import type { TestClient } from './harness.ts';
import { FAST, startAndPlan, TestClient as Client } from './harness.ts';
import { healthNow } from './healthChecks.ts';
import { LobbyWatcher } from './lobbyWatcher.ts';
import type { GameProcess } from './processes.ts';
import { freePort, logEvents, startGameServer, stopAll, tempDir } from './processes.ts';
import { REDIS_SERVER, startRedis } from './redisServer.ts';

const OUTAGE_MS = 30_000;
const clients: TestClient[] = [];
const lobbies: LobbyWatcher[] = [];
afterAll(async () => {
  await Promise.allSettled([...clients.map((c) => c.leave()), ...lobbies.map((l) => l.leave())]);
  await stopAll();
});

async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const listed = async (p: GameProcess) => {
  const res = await fetch(`${p.http}/api/matches`, { signal: AbortSignal.timeout(5000) });
  return { status: res.status, codes: res.status === 200 ? ((await res.json()) as { matches: Listing[] }).matches.map((m) => m.code) : [] };
};

describe.skipIf(!REDIS_SERVER)(`a Redis outage${REDIS_SERVER ? '' : ' (skipped: no redis-server)'}`, () => {
  it(`Redis stopped for ${OUTAGE_MS / 1000} s: matches go on, health tells the truth, and the lobby and joining recover by themselves`, async () => {
    const redis = await startRedis();
    const [portA, portB] = [await freePort(), await freePort()];
    const shared = { REDIS_URL: redis.url };
    const [a, b] = await Promise.all([
      startGameServer('server-a', portA, { ...shared, SERVER_ID: 'a', PUBLIC_ADDRESS: `127.0.0.1:${portA}`, DATA_DIR: tempDir('outage-a') }),
      startGameServer('server-b', portB, { ...shared, SERVER_ID: 'b', PUBLIC_ADDRESS: `127.0.0.1:${portB}`, DATA_DIR: tempDir('outage-b') }),
    ]);
    // Started together, both are in matchmaking.
    const processes = await until('both processes in matchmaking', async () => {
      const reply = await redis.command('HLEN roomcount');
      return reply.startsWith(':2') && reply;
    });
    expect(processes).toMatch(/^:2/);

    const host = await Client.create(a.url, 'algeria', { ...FAST, planningSeconds: 900, takeoverGraceSeconds: 600, role: 'algeria', nickname: 'Amina', title: 'Outage class' });
    const mali = await Client.join(b.url, 'mali', host.code, { role: 'mali', nickname: 'Moussa' });
    clients.push(host, mali);
    await startAndPlan(host, [host, mali]);
    const code = host.code;

    await redis.halt();
    const outageEnds = Date.now() + OUTAGE_MS;
    // The match needs no Redis: it goes on.
    await host.must('chat.send', { to: 'public', text: 'during the outage' });
    await mali.until('the message', () => mali.chat.some((m) => m.text === 'during the outage'));
    await mali.must('draft.add', { order: { action: 'statement', target: 'algeria', option: 'conciliatory' } });
    for (const p of [a, b]) {
      expect(await healthNow(p.http)).toEqual({ livez: 200, readyz: 503, healthz: 200 });
      expect((await listed(p)).status).toBe(503);
    }
    await new Promise((r) => setTimeout(r, Math.max(0, outageEnds - Date.now())));
    expect(await healthNow(a.http)).toEqual({ livez: 200, readyz: 503, healthz: 200 });

    await redis.resume();
    for (const p of [a, b]) {
      await until(`${p.label} ready again`, async () => (await healthNow(p.http)).readyz === 200);
      await until(`${p.label} listing the match again`, async () => (await listed(p)).codes.includes(code));
    }
    const lobby = await LobbyWatcher.join(b.url);
    lobbies.push(lobby);
    await lobby.until('the match in the lobby', () => lobby.matches.get(code));
    // Joining by code through the process that does not run the match.
    const runsOnA = logEvents(a, 'match.created').some((e) => e.code === code);
    const aes = await Client.join((runsOnA ? b : a).url, 'aes', code, { role: 'aes', nickname: 'Issa' });
    clients.push(aes);
    await host.until('three players', () => host.state.players.length === 3);
    // New matches are placed on both processes again: both are back in matchmaking, and each new
    // match goes to the less loaded one. Made one at a time, each once the last is counted (Colyseus
    // writes its counts at most once a second; matches made together would all see the same counts).
    await until('both processes in matchmaking again', async () => (await redis.command('HLEN roomcount')).startsWith(':2'));
    const roomsCounted = async () => [...(await redis.command('HVALS roomcount')).matchAll(/\r\n(\d+),\d+\r\n/g)].reduce((n, m) => n + Number(m[1]), 0);
    const owners = new Set<string | undefined>();
    for (let i = 0; i < 4 && owners.size < 2; i++) {
      const before = await roomsCounted();
      const made = await Client.create((i % 2 ? a : b).url, `new ${i}`, { ...FAST, role: 'algeria' });
      clients.push(made);
      owners.add([a, b].find((p) => logEvents(p, 'match.created').some((e) => e.code === made.code))?.label);
      await until('the new match counted', async () => (await roomsCounted()) > before);
    }
    expect(owners).toEqual(new Set(['server-a', 'server-b']));
    for (const p of [a, b]) expect(p.output.filter((l) => l.includes('subscriber mode'))).toEqual([]);
  }, 150_000);
});
