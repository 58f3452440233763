// A whole match over real WebSockets: three players and a spectator, from creation
// to the final scores.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/index.ts';
import { CODE_ALPHABET } from '../../server/match/roomCode.ts';
import type { TestClient } from './harness.ts';
import { FAST, startAndPlan, suiteServer, TestClient as Client } from './harness.ts';
import { botOrders, draftAndReady, planningOf } from './play.ts';

const clients: TestClient[] = [];
const server = suiteServer(clients);

describe('a full match', () => {
  it('three players and a spectator play from creation to the final scores', async () => {
    const algeria = await Client.create(server.url, 'algeria', { ...FAST, turns: 4, seed: 42, nickname: 'Amina', role: 'algeria', title: 'Week one' });
    const code = algeria.code;
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{5}$`));
    const mali = await Client.join(server.url, 'mali', code, { nickname: 'Moussa', role: 'mali' });
    const aes = await Client.join(server.url, 'aes', code, { nickname: 'Issa', role: 'aes' });
    const watcher = await Client.join(server.url, 'spectator', code, { spectate: true, nickname: 'Class' });
    const players = [algeria, mali, aes];
    const all = [...players, watcher];
    clients.push(...all);

    await watcher.until('the roster', () => watcher.state.players.length === 3 && watcher.state.spectatorCount === 1);
    expect(algeria.welcome?.host).toBe(true);
    expect(mali.welcome?.host).toBe(false);
    expect(watcher.welcome?.seat).toEqual({ kind: 'spectator' });
    expect(watcher.state.seats.map((s) => s.role)).toEqual(['algeria', 'mali', 'aes']);
    expect(watcher.state.options).toMatchObject({ turns: 4, title: 'Week one' });
    expect(watcher.state.options).not.toHaveProperty('seed');

    await startAndPlan(algeria, all);
    // Each player now sees its own secret objective, and only its own.
    for (const p of players) {
      await p.until('own objective', () => p.view?.objectives[p.role!]);
      expect(Object.keys(p.view!.objectives)).toEqual([p.role]);
    }
    expect(watcher.view?.objectives).toEqual({});

    let turn = 1;
    for (;;) {
      await Promise.all(all.map((c) => planningOf(c, turn)));
      expect(watcher.state.deadline).toBeGreaterThan(Date.now());
      for (const p of players) await draftAndReady(p, botOrders(p));
      await Promise.all(all.map((c) => c.until(`resolution of week ${turn}`, () => c.resolutions.find((r) => r.turn === turn))));
      const last = watcher.resolutions.find((r) => r.turn === turn)!;
      expect(last.news.length).toBeGreaterThan(0);
      if (last.ended) break;
      turn++;
      expect(turn).toBeLessThanOrEqual(4);
    }

    await Promise.all(all.map((c) => c.until('the record', () => c.record && c.state.phase === 'ended')));
    const record = watcher.record!;
    const outcome = record.outcome as { kind: string; winner: Role; scores: Record<Role, { total: number }> };
    expect(['turnLimit', 'settlement', 'conflict']).toContain(outcome.kind);
    for (const r of ['algeria', 'mali', 'aes'] as const) expect(typeof outcome.scores[r].total).toBe('number');
    expect(record.turns).toHaveLength(turn);
    expect(Object.keys(record.objectives).sort()).toEqual(['aes', 'algeria', 'mali', 'mediator']);
    expect(record.seed).toBe(42);
    // Every order of every week is revealed, as the players drafted them.
    for (const week of record.turns) for (const r of ['algeria', 'mali', 'aes'] as const) expect(week.orders[r]).toBeDefined();
    // At the end every seat's view shows everything, the seed included.
    await watcher.until('the final view', () => watcher.view?.phase === 'ended');
    expect(Object.keys(watcher.view!.objectives).length).toBe(4);
    expect(watcher.view!.settings.seed).toBe(42);
    expect(watcher.view!.outcome!.winner).toBe(outcome.winner);
    for (const c of all) expect(c.invalid).toEqual([]);
    // The server kept the whole match for replay and export.
    const summary = (await server.records.summaries()).find((r) => r.code === code)!;
    const kept = (await server.records.get(summary.matchId))!;
    expect(kept.header).toMatchObject({ seed: 42, options: { turns: 4, title: 'Week one' } });
    expect(kept.end).toBe('finished');
    expect(kept.initial?.turn).toBe(1);
    expect(kept.turns.map((t) => t.turn)).toEqual(record.turns.map((t) => t.turn));
    expect(kept.turns.at(-1)!.state.phase).toBe('ended');
    expect(kept.turns[0].orders).toEqual(record.turns[0].orders);
    expect(kept.seats.filter((x) => x.change === 'joined').map((x) => x.nickname)).toEqual(['Amina', 'Moussa', 'Issa', 'Class']);
    expect(kept.outcome?.winner).toBe(outcome.winner);
    // The synced state is what any client decodes; the lobby hides an ended match.
    const listed = (await (await fetch(`${server.http}/api/matches`)).json()) as { matches: { code: string }[] };
    expect(listed.matches.map((m) => m.code)).not.toContain(code);
  }, 60_000);
});
