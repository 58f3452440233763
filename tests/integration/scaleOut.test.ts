// Scaling out: a real redis-server and two server processes sharing it (REDIS_URL, each with
// its own PUBLIC_ADDRESS). A match created through process A is joined by code through
// process B (and the other way round), and each process's lobby lists every match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Listing } from '../../shared/protocol/index.ts';
import type { TestClient } from './harness.ts';
import { FAST, startAndPlan, TestClient as Client } from './harness.ts';
import { LobbyWatcher } from './lobbyWatcher.ts';
import type { GameProcess } from './processes.ts';
import { freePort, logEvents, startGameServer, stopAll, tempDir } from './processes.ts';
import { REDIS_SERVER as REDIS, startRedis } from './redisServer.ts';

const clients: TestClient[] = [];
const lobbies: LobbyWatcher[] = [];
afterAll(async () => {
  await Promise.allSettled([...clients.map((c) => c.leave()), ...lobbies.map((l) => l.leave())]);
  await stopAll();
});

const matchesOf = async (p: GameProcess): Promise<string[]> =>
  ((await (await fetch(`${p.http}/api/matches`)).json()) as { matches: Listing[] }).matches.map((m) => m.code);

describe.skipIf(!REDIS)(`scaling out with Redis${REDIS ? '' : ' (skipped: no redis-server; `.ci/run` installs it)'}`, () => {
  let a: GameProcess;
  let b: GameProcess;
  beforeAll(async () => {
    const redis = await startRedis();
    const [portA, portB] = [await freePort(), await freePort()];
    const shared = { REDIS_URL: redis.url };
    [a, b] = await Promise.all([
      startGameServer('server-a', portA, { ...shared, SERVER_ID: 'a', PUBLIC_ADDRESS: `127.0.0.1:${portA}`, DATA_DIR: tempDir('scale-a') }),
      startGameServer('server-b', portB, { ...shared, SERVER_ID: 'b', PUBLIC_ADDRESS: `127.0.0.1:${portB}`, DATA_DIR: tempDir('scale-b') }),
    ]);
  }, 180_000);

  it('a match created through one process is joined by code through the other, and both lobbies list it', async () => {
    const lobbyB = await LobbyWatcher.join(b.url);
    lobbies.push(lobbyB);
    const host = await Client.create(a.url, 'host via A', { ...FAST, role: 'algeria', nickname: 'Amina', title: 'District match' });
    clients.push(host);
    const code = host.code;
    // Whichever process Colyseus placed the room on, one of these joins crosses processes.
    const viaB = await Client.join(b.url, 'mali via B', code, { role: 'mali', nickname: 'Moussa' });
    const viaA = await Client.join(a.url, 'aes via A', code, { role: 'aes', nickname: 'Issa' });
    clients.push(viaB, viaA);
    expect(viaB.welcome).toMatchObject({ code, seat: { kind: 'role', role: 'mali' } });
    await host.until('three players', () => host.state.players.length === 3);
    const runsOn = [a, b].filter((p) => logEvents(p, 'match.created').some((e) => e.code === code));
    expect(runsOn).toHaveLength(1);

    const listed = await lobbyB.until('the match in the lobby of B', () => lobbyB.matches.get(code));
    expect(listed).toMatchObject({ code, title: 'District match' });
    await lobbyB.until('three players listed', () => lobbyB.matches.get(code)?.players === 3);
    expect(await matchesOf(b)).toContain(code);
    expect(await matchesOf(a)).toContain(code);

    // The match is played through both processes.
    await startAndPlan(host, [host, viaB, viaA]);
    await viaB.must('chat.send', { to: 'public', text: 'from B' });
    await host.until('the message', () => host.chat.some((m) => m.text === 'from B'));

    // A refreshed page joining through the other process gets its seat back.
    const token = viaB.welcome!.seatToken;
    viaB.drop();
    await host.until('mali away', () => host.state.players.find((p) => p.role === 'mali')?.connected === false);
    await viaB.rejoinWithToken(token, a.url);
    await host.until('mali back', () => host.state.players.find((p) => p.role === 'mali')?.connected === true);
  }, 120_000);

  it('room codes are unique across processes, and each lobby lists matches from both', async () => {
    const lobbyA = await LobbyWatcher.join(a.url);
    lobbies.push(lobbyA);
    const made = await Promise.all(Array.from({ length: 6 }, (_, i) => Client.create((i % 2 ? a : b).url, `host ${i}`, { ...FAST, role: 'algeria' })));
    clients.push(...made);
    const codes = made.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    await lobbyA.until('all six listed on A', () => codes.every((c) => lobbyA.matches.has(c)));
    const owners = new Set(codes.map((code) => [a, b].find((p) => logEvents(p, 'match.created').some((e) => e.code === code))?.label));
    // Colyseus places each new room on the process with the fewest rooms: both hold some.
    expect(owners).toEqual(new Set(['server-a', 'server-b']));
    for (const p of [a, b]) expect(await matchesOf(p)).toEqual(expect.arrayContaining(codes));
    // Each process counts its Redis round trips for /metrics.
    for (const p of [a, b]) {
      const text = await (await fetch(`${p.http}/metrics`)).text();
      expect(Number(/^sahel_redis_command_seconds_count (\d+)/m.exec(text)?.[1] ?? 0), p.label).toBeGreaterThan(0);
    }
  }, 120_000);
});
