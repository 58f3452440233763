// Hidden information: decode what each client actually received during a match (raw
// WebSocket frames, decoded independently of colyseus.js) and prove that no other
// role's draft, no foreign private message and no foreign secret objective reached it,
// and that the spectator received none of them. After the end, everything is revealed.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/index.ts';
import type { TestClient } from './harness.ts';
import { FAST, receivedText, startAndPlan, suiteServer, TestClient as Client } from './harness.ts';
import { planningOf } from './play.ts';
import { foreignSecrets } from './secrets.ts';

const clients: TestClient[] = [];
const server = suiteServer(clients);

const PARTIES = ['algeria', 'mali', 'aes'] as const;
const mark = (what: string) => `${what}-${randomUUID().slice(0, 8)}`;

describe('hidden information', () => {
  it('reaches only the seats allowed to see it, until the end reveals it', async () => {
    const a1 = await Client.create(server.url, 'algeria-1', { ...FAST, turns: 4, seed: 7, mediator: true, revealPrivate: true, role: 'algeria' });
    const code = a1.code;
    const a2 = await Client.join(server.url, 'algeria-2', code, { role: 'algeria' });
    const mali = await Client.join(server.url, 'mali', code, { role: 'mali' });
    const aes = await Client.join(server.url, 'aes', code, { role: 'aes' });
    const watcher = await Client.join(server.url, 'spectator', code, { spectate: true });
    const players = [a1, a2, mali, aes];
    const all = [...players, watcher];
    clients.push(...all);
    await watcher.until('everyone seated', () => watcher.state.players.length === 4);
    await startAndPlan(a1, all);
    await Promise.all(all.map((c) => planningOf(c, 1)));

    // Week 1: covert and private orders, every kind of channel, and a deal with a secret note.
    await a1.must('draft.add', { order: { action: 'hostSeparatists' } });
    await a2.must('draft.add', { order: { action: 'statement', target: 'mali', option: 'firm' } });
    await mali.must('draft.add', { order: { action: 'droneMission', option: 'aggressive' } });
    await aes.must('draft.add', { order: { action: 'blocSolidarity' } });
    // Team members see each other's edits live.
    await a2.until("algeria-1's edit", () => a2.drafts.get('algeria')?.entries.length === 2);

    const secret: Record<string, string> = {};
    const say = async (c: TestClient, to: string, key: string) => {
      secret[key] = mark(key);
      await c.must('chat.send', { to, text: secret[key] });
    };
    await say(a1, 'team', 'team-algeria');
    await say(mali, 'team', 'team-mali');
    await say(aes, 'team', 'team-aes');
    await say(a2, 'mali', 'pair-algeria-mali');
    await say(mali, 'aes', 'pair-mali-aes');
    await say(aes, 'algeria', 'pair-algeria-aes');
    await say(aes, 'mediator', 'pair-aes-mediator');
    const statement = mark('public');
    await mali.must('chat.send', { to: 'public', text: statement });
    secret['deal-mali-aes'] = mark('deal');
    await mali.must('proposal.make', {
      to: 'aes',
      give: [{ action: 'statement', target: 'aes', option: 'conciliatory' }],
      get: [{ action: 'statement', target: 'mali', option: 'conciliatory' }],
      note: secret['deal-mali-aes'],
    });
    await aes.until('the deal', () => aes.proposals.get(1));
    await aes.must('proposal.accept', { id: 1 });
    await mali.until('the accepted deal in the draft', () => mali.drafts.get('mali')?.entries.some((e) => e.proposal === 1));
    await watcher.until('the public statement', () => watcher.chat.some((m) => m.text === statement));

    // Play out the weeks; remember what each client had received before the last one.
    const before = new Map<TestClient, { frames: number; raw: number; states: number }>();
    for (let turn = 1; ; turn++) {
      await Promise.all(all.map((c) => planningOf(c, turn)));
      if (turn === 4) for (const c of all) before.set(c, { frames: c.frames.length, raw: c.rawMessages.length, states: c.states.length });
      for (const p of [a1, mali, aes]) await p.must('ready', { ready: true });
      await Promise.all(all.map((c) => c.until(`week ${turn} resolved`, () => c.resolutions.some((r) => r.turn === turn))));
      if (watcher.resolutions.find((r) => r.turn === turn)!.ended) break;
    }
    await Promise.all(all.map((c) => c.until('the record', () => c.record)));
    const objectives = watcher.record!.objectives as Record<Role, string>;
    expect(Object.keys(objectives)).toHaveLength(4);
    expect(before.size).toBe(all.length);

    for (const c of all) {
      const own = c.role ?? null;
      const cut = before.get(c)!;
      // 1. Decoded from the raw frames by the harness, message by message.
      const leaks = c.rawMessages.slice(0, cut.raw).flatMap((m) => foreignSecrets(m, own));
      expect(leaks, `${c.label} received foreign secrets`).toEqual([]);
      // 2. As bytes: no foreign marker or objective anywhere, state patches included.
      const text = receivedText(c, c.frames.slice(0, cut.frames));
      for (const [key, value] of Object.entries(secret)) {
        const roles = key.split('-').slice(1);
        if (own && roles.includes(own)) expect(text, `${c.label} should see ${key}`).toContain(value);
        else expect(text, `${c.label} must not see ${key}`).not.toContain(value);
      }
      for (const role of [...PARTIES, 'mediator'] as const) {
        if (role === own) expect(text).toContain(objectives[role]);
        else expect(text, `${c.label} must not see the objective of ${role}`).not.toContain(objectives[role]);
      }
      expect(text).toContain(statement);
      // 3. The synced state carried no engine state at all (views travel per seat), so no objective.
      for (const s of c.states.slice(0, cut.states)) {
        expect(Object.keys(JSON.parse(s) as object)).not.toContain('publicView');
        for (const role of [...PARTIES, 'mediator'] as const) expect(s).not.toContain(objectives[role]);
      }
      // The independent decoding agrees with what colyseus.js delivered.
      expect(c.rawMessages.map((m) => m.type)).toEqual(c.received.map((m) => m.type));
      expect(c.invalid).toEqual([]);
    }
    // The spectator saw no draft and no proposal at all.
    expect(watcher.received.some((m) => m.type === 'draft')).toBe(false);
    expect(watcher.proposals.size).toBe(0);

    // After the end: every order, every objective and (host's choice) the private channels.
    for (const c of all) {
      const rec = c.record!;
      expect(rec.privateRevealed).toBe(true);
      for (const value of Object.values(secret)) expect(JSON.stringify(rec)).toContain(value);
      expect(rec.turns[0].orders.algeria).toContainEqual({ action: 'hostSeparatists' });
      expect(rec.turns[0].orders.mali).toContainEqual({ action: 'droneMission', option: 'aggressive' });
      expect(Object.keys(c.view!.objectives)).toHaveLength(4);
    }
  }, 60_000);
});
