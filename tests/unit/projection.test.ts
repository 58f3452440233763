// The one projection of a match (server/match/projection.ts) and its exit (outbox.ts),
// without a network: a Match on a recording port. What each seat holds is checked on
// `seatOutputs` itself, and what the outbox actually sent is checked against it, so a
// leak anywhere in the derived outputs shows here.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/index.ts';
import { actionMenu, ROLES, validateOrder, viewFor } from '../../shared/index.ts';
import type { GameState } from '../../shared/index.ts';
import type { Draft, Menu, ServerMessageType } from '../../shared/protocol/index.ts';
import { creationOptions } from '../../shared/protocol/index.ts';
import { createLogger } from '../../server/log.ts';
import { Match } from '../../server/match/Match.ts';
import type { Member } from '../../server/match/members.ts';
import type { RoomPort } from '../../server/match/port.ts';
import { menuFor, seatOutputs, syncedOf } from '../../server/match/projection.ts';
import { Refusal } from '../../server/match/refusal.ts';
import { newMatchState } from '../../server/match/schema.ts';
import { admit } from '../../server/match/seating.ts';
import { INTENTS } from '../../server/match/intents.ts';
import type { MatchLog } from '../../server/records/types.ts';

interface Sent {
  to: string;
  type: string;
  payload: unknown;
}

function recordingPort(sent: Sent[], encodings: { count: number }): RoomPort {
  return {
    send: (to, type, payload) => void sent.push({ to, type, payload: structuredClone(payload) }),
    sendNow: (to, type, payload) => void sent.push({ to, type, payload: structuredClone(payload) }),
    encode: (type, payload) => {
      encodings.count++;
      return new TextEncoder().encode(JSON.stringify({ type, payload }));
    },
    sendEncoded: (to, bytes) => {
      const { type, payload } = JSON.parse(new TextDecoder().decode(bytes)) as { type: string; payload: unknown };
      sent.push({ to, type, payload });
    },
    close: () => undefined,
    later: () => ({ clear: () => undefined }),
    now: () => 1_000,
    listingChanged: () => undefined,
    setListed: () => undefined,
  };
}

/** A record that keeps nothing: this test is about what members are sent. */
const noRecord: MatchLog = {
  matchId: 'm-1',
  health: { writable: true, downSince: undefined, lastError: undefined, onChange: () => () => undefined },
  creator: () => undefined,
  options: () => undefined,
  started: () => undefined,
  seat: () => undefined,
  draft: () => undefined,
  chat: () => undefined,
  proposal: () => undefined,
  turn: () => undefined,
  live: () => undefined,
  ended: () => undefined,
  settled: () => undefined,
};

function classroom() {
  const sent: Sent[] = [];
  const encodings = { count: 0 };
  const log = createLogger({ level: 'silent', pretty: false, write: () => undefined });
  const m = new Match(recordingPort(sent, encodings), newMatchState(), log, noRecord, { code: 'ABCDE', options: creationOptions({ classroom: true, mediator: true, bots: false }), seed: 3 }, 0);
  const teacher = admit(m, 's-teacher', {});
  const students = Array.from({ length: 8 }, (_, i) => admit(m, `s-${i}`, { nickname: `Student ${i}` }));
  const projector = admit(m, 's-projector', { projector: true });
  m.project();
  return { m, sent, encodings, teacher, students, projector };
}

const act = (m: Match, member: Member, type: keyof typeof INTENTS, msg: unknown) => {
  (INTENTS[type] as (m: Match, member: Member, msg: unknown) => void)(m, member, msg);
  m.project();
};

const roleOf = (x: Member): Role | undefined => (x.seat.kind === 'role' ? x.seat.role : undefined);
const lastOf = (sent: Sent[], to: string, type: ServerMessageType) => sent.filter((s) => s.to === to && s.type === type).at(-1)?.payload;

describe('the projection', () => {
  it('gives each seat its own objective and drafts only: a team its own, the teacher all, a projector none', () => {
    const { m, teacher, students, projector } = classroom();
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase(); // briefing → planning
    m.project();
    const algeria = students.find((s) => roleOf(s) === 'algeria')!;
    act(m, algeria, 'draft.add', { order: { action: 'hostSeparatists' } });
    for (const member of [teacher, projector, ...students]) {
      const out = seatOutputs(m, member);
      const own = roleOf(member);
      const seenObjectives = Object.keys(out.view.objectives);
      if (member.seat.kind === 'teacher') expect(seenObjectives.sort()).toEqual([...ROLES].sort());
      else expect(seenObjectives).toEqual(own ? [own] : []);
      const text = JSON.stringify(out);
      for (const r of ROLES) if (r !== own && member.seat.kind !== 'teacher' && m.engine.objectives[r] !== m.engine.objectives[own as Role]) expect(text).not.toContain(`"${m.engine.objectives[r]}"`);
      const draftRoles = out.drafts.map((d) => d.role);
      if (member.seat.kind === 'teacher') expect(draftRoles).toEqual(m.seatedRoles());
      else expect(draftRoles).toEqual(own ? [own] : []);
      if (own !== 'algeria' && member.seat.kind !== 'teacher') expect(text).not.toContain('hostSeparatists');
      expect(out.console !== undefined).toBe(member.seat.kind === 'teacher');
    }
    // The synced state is the same for everyone and holds no engine state.
    const synced = JSON.stringify(syncedOf(m));
    for (const r of ROLES) expect(synced).not.toContain(m.engine.objectives[r]);
    expect(synced).not.toContain('hostSeparatists');
  });

  it('sends each member exactly its outputs, only what changed, one encoding per team', () => {
    const { m, sent, encodings, teacher, students, projector } = classroom();
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase();
    m.project();
    // What the outbox sent last of each output is what the projection says the seat holds.
    for (const member of [teacher, projector, ...students]) {
      const out = seatOutputs(m, member);
      expect(lastOf(sent, member.sessionId, 'view')).toEqual({ state: out.view });
      expect(lastOf(sent, member.sessionId, 'welcome')).toEqual(out.welcome);
      for (const d of out.drafts) {
        const got = sent.filter((s) => s.to === member.sessionId && s.type === 'draft' && (s.payload as Draft).role === d.role).at(-1)?.payload;
        expect(got).toEqual(d);
      }
      const foreign = sent.filter((s) => s.to === member.sessionId && s.type === 'draft' && !out.drafts.some((d) => d.role === (s.payload as Draft).role));
      expect(foreign).toEqual([]);
    }
    // One draft change: the team (and the teacher) get the new draft; nobody gets anything else derived.
    const mali = students.filter((s) => roleOf(s) === 'mali');
    sent.length = 0;
    encodings.count = 0;
    act(m, mali[0], 'draft.add', { order: { action: 'statement', target: 'algeria', option: 'firm' } });
    const receivers = [...new Set(sent.map((s) => s.to))].sort();
    expect(receivers).toEqual([teacher, ...mali].map((x) => x.sessionId).sort());
    expect(sent.every((s) => s.type === 'draft')).toBe(true);
    expect(encodings.count).toBe(1);
    // Nothing changed, nothing sent.
    sent.length = 0;
    m.project();
    expect(sent).toEqual([]);
  });

  it('gives a student moved to another team the new team\'s snapshot, and nothing of the old one after', () => {
    const { m, sent, teacher, students } = classroom();
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase();
    m.project();
    const student = students.find((s) => roleOf(s) === 'algeria')!;
    sent.length = 0;
    act(m, teacher, 'control', { command: 'move', params: { playerId: student.playerId, role: 'aes' } });
    const mine = sent.filter((s) => s.to === student.sessionId);
    expect(mine.map((s) => s.type)).toEqual(['notice', 'welcome', 'view', 'draft', 'chat.history', 'proposals', 'history']);
    expect((mine.find((s) => s.type === 'draft')!.payload as Draft).role).toBe('aes');
    sent.length = 0;
    const algeria = students.find((s) => roleOf(s) === 'algeria')!;
    act(m, algeria, 'draft.add', { order: { action: 'hostSeparatists' } });
    expect(sent.some((s) => s.to === student.sessionId)).toBe(false);
  });

  it("gives a role's menu, judged on its own view and draft, to its team and the teacher only", () => {
    const { m, sent, teacher, students, projector } = classroom();
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase();
    m.project();
    const mali = students.find((s) => roleOf(s) === 'mali')!;
    act(m, mali, 'draft.add', { order: { action: 'statement', target: 'algeria', option: 'firm' } });
    const menu = menuFor(m, 'mali');
    const drafted = [{ action: 'statement', target: 'algeria', option: 'firm' }];
    // The engine's own menu on the role's view, as the wire carries it.
    const expected = actionMenu(viewFor(m.engine, { kind: 'role', role: 'mali' }) as unknown as GameState, 'mali', drafted);
    expect(menu.actions.map((a) => a.action)).toEqual(expected.map((e) => e.action));
    expect(menu.actions.flatMap((a) => a.choices.map((c) => c.ok))).toEqual(expected.flatMap((e) => e.choices.map((c) => c.verdict.ok)));
    expect(menu).toMatchObject({ role: 'mali', turn: m.engine.turn, spent: 1, budget: m.engine.settings.apPerTurn });
    // What it says may be drafted, the server takes; the rest carries the engine's reason.
    for (const a of menu.actions) {
      for (const c of a.choices) {
        expect(validateOrder(m.engine, 'mali', c.order, drafted).ok, JSON.stringify(c.order)).toBe(c.ok);
        if (!c.ok) expect(c.reason?.key).toBe(`reason.${c.code}`);
      }
    }
    expect(menu.actions.find((a) => a.action === 'statement')!.choices.find((c) => c.order.target === 'algeria' && c.order.option === 'firm')).toMatchObject({ ok: false, code: 'duplicateOrder' });
    // Nothing secret of another role, nor where the incidents really were.
    const text = JSON.stringify(menu);
    for (const r of ROLES) if (r !== 'mali' && m.engine.objectives[r] !== m.engine.objectives.mali) expect(text).not.toContain(`"${m.engine.objectives[r]}"`);
    expect(text).not.toContain('truth');
    // Who gets which menu.
    sent.length = 0;
    act(m, mali, 'menu', {});
    expect(sent.filter((x) => x.type === 'menu').map((x) => [x.to, (x.payload as Menu).role])).toEqual([[mali.sessionId, 'mali']]);
    expect(() => act(m, mali, 'menu', { role: 'algeria' })).toThrow(Refusal);
    expect(() => act(m, projector, 'menu', {})).toThrow(Refusal);
    expect(() => act(m, teacher, 'menu', {})).toThrow(Refusal);
    sent.length = 0;
    act(m, teacher, 'menu', { role: 'aes' });
    expect(sent.filter((x) => x.type === 'menu').map((x) => [x.to, (x.payload as Menu).role])).toEqual([[teacher.sessionId, 'aes']]);
  });
});
