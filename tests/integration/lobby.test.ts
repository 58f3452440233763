// The lobby lists open public matches live (free roles, players, spectators, phase) as
// they open, fill and end; the HTTP side answers the same questions.
import { describe, expect, it } from 'vitest';
import type { Listing } from '../../shared/protocol/index.ts';
import type { TestClient } from './harness.ts';
import { bootServer, FAST, startAndPlan, suiteServer, TestClient as Client } from './harness.ts';
import { LobbyWatcher } from './lobbyWatcher.ts';
import { lanOrigins } from '../../server/http/lanOrigins.ts';
import { planningOf } from './play.ts';

const clients: TestClient[] = [];
const server = suiteServer(clients);

const getJson = async (path: string) => {
  const res = await fetch(server.http + path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('the lobby', () => {
  it('lists public matches as they open, fill, start and end; never private ones', async () => {
    const lobby = await LobbyWatcher.join(server.url);
    const host = await Client.create(server.url, 'host', { ...FAST, turns: 4, role: 'algeria', nickname: 'Host', title: 'Open table' });
    const hidden = await Client.create(server.url, 'hidden', { ...FAST, public: false, role: 'mali' });
    clients.push(host, hidden);
    const code = host.code;

    let listing = await lobby.until('the new match', () => lobby.matches.get(code));
    expect(listing).toMatchObject({ code, title: 'Open table', phase: 'lobby', players: 1, spectators: 0, host: 'Host', freeRoles: ['mali', 'aes'], turns: 4 });

    const mali = await Client.join(server.url, 'mali', code, { role: 'mali' });
    const watcher = await Client.join(server.url, 'watcher', code, { spectate: true });
    clients.push(mali, watcher);
    listing = await lobby.until('mali and a spectator', () => {
      const l = lobby.matches.get(code);
      return l && l.players === 2 && l.spectators === 1 && l;
    });
    expect(listing.freeRoles).toEqual(['aes']);
    const aes = await Client.join(server.url, 'aes', code, { role: 'auto' });
    clients.push(aes);
    expect(aes.role).toBe('aes');
    await lobby.until('a full table', () => lobby.matches.get(code)?.freeRoles.length === 0);

    // The HTTP list agrees; a private match is found by its code only.
    const list = await getJson('/api/matches');
    const codes = (list.body.matches as Listing[]).map((m) => m.code);
    expect(codes).toContain(code);
    expect(codes).not.toContain(hidden.code);
    const one = await getJson(`/api/matches/${hidden.code.toLowerCase()}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ private: true, match: { code: hidden.code, phase: 'lobby' } });
    expect((await getJson('/api/matches/QQQQQ')).status).toBe(404);

    const players = [host, mali, aes];
    await startAndPlan(host, [...players, watcher]);
    await lobby.until('the match in play', () => lobby.matches.get(code)?.phase === 'planning');
    for (let turn = 1; ; turn++) {
      await Promise.all(players.map((p) => planningOf(p, turn)));
      for (const p of players) await p.must('ready', { ready: true });
      const week = await watcher.until(`week ${turn}`, () => watcher.resolutions.find((r) => r.turn === turn));
      if (week.ended) break;
    }
    await lobby.until('the ended match gone', () => !lobby.matches.has(code));
    expect(lobby.seen.has(hidden.code)).toBe(false);
    await lobby.leave();
  }, 60_000);

  it('drops a match when its room closes, and follows the host making it private', async () => {
    const lobby = await LobbyWatcher.join(server.url);
    const host = await Client.create(server.url, 'host', { ...FAST, role: 'algeria' });
    clients.push(host);
    await lobby.until('listed', () => lobby.matches.has(host.code));
    await host.must('control', { command: 'settings', params: { options: { public: false } } });
    await lobby.until('made private', () => !lobby.matches.has(host.code));
    await host.must('control', { command: 'settings', params: { options: { public: true, mediator: true } } });
    const back = await lobby.until('public again', () => lobby.matches.get(host.code));
    expect(back.mediator).toBe(true);
    expect(back.freeRoles).toEqual(['mali', 'aes', 'mediator']);
    await host.leave();
    await lobby.until('closed', () => !lobby.matches.has(host.code));
    await lobby.leave();
  });

  it('serves health, invite links and a clear 404 for unknown API paths', async () => {
    const health = await getJson('/healthz');
    expect(health.body.ok).toBe(true);
    const invite = await fetch(`${server.http}/join/ABCDE`);
    expect(invite.status).toBe(200);
    expect(invite.headers.get('content-type')).toMatch(/html/);
    const missing = await getJson('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toBe('notFound');
  });

  it('tells a browser on this machine where students can reach it, and nobody else', async () => {
    // The test server listens on 127.0.0.1 only: no other device can reach it.
    expect((await getJson('/api/lan')).body).toEqual({ origins: [] });
    const open = await bootServer({ host: '0.0.0.0' });
    try {
      const local = (await (await fetch(`http://127.0.0.1:${open.port}/api/lan`)).json()) as { origins: string[] };
      expect(local.origins).toEqual(lanOrigins(open.port, undefined));
      // Through a proxy on the same machine (a forwarded request), nothing is told.
      const proxied = await fetch(`http://127.0.0.1:${open.port}/api/lan`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(await proxied.json()).toEqual({ origins: [] });
    } finally {
      await open.close();
    }
  });
});
