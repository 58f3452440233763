// The one projection of a match (server/match/projection.ts) and its exit (outbox.ts),
// without a network: a Match on a recording port. What each seat holds is checked on
// `seatOutputs` itself, and what the outbox actually sent is checked against it, so a
// leak anywhere in the derived outputs shows here.
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../shared/index.ts';
import { actionMenu, ROLES, validateOrder, viewFor } from '../../shared/index.ts';
import type { GameState } from '../../shared/index.ts';
import type { Draft, Listing, Menu, ServerMessageType } from '../../shared/protocol/index.ts';
import { creationOptions, emptySeatState, LIMITS, reduceSeat } from '../../shared/protocol/index.ts';
import { createLogger } from '../../server/log.ts';
import { Match } from '../../server/match/Match.ts';
import { Outbox, PARTICIPATION_LATEST_MS, PARTICIPATION_MS } from '../../server/match/outbox.ts';
import type { Member } from '../../server/match/members.ts';
import { consoleFor, listingOf, menuFor, seatOutputs, syncedOf } from '../../server/match/projection.ts';
import { Refusal } from '../../server/match/refusal.ts';
import { CHECK_QUESTIONS } from '../../shared/check/index.ts';
import type { MyCheck, TeacherConsole } from '../../shared/protocol/index.ts';
import { newMatchState } from '../../server/match/schema.ts';
import { admit, depart, dropped, returned } from '../../server/match/seating.ts';
import { INTENTS } from '../../server/match/intents.ts';
import type { Clock, Sent } from './matchDouble.ts';
import { advance, noRecord, recordingPort } from './matchDouble.ts';
import { Inbox } from '../../server/match/inbox.ts';
import { VIEWS_SLICE_MS, viewsBuilt } from '../../server/match/laterViews.ts';

function classroom() {
  const sent: Sent[] = [];
  const encodings = { count: 0 };
  const log = createLogger({ level: 'silent', pretty: false, write: () => undefined });
  const clock: Clock = { now: 1_000, timers: [] };
  const m = new Match(recordingPort(sent, encodings, clock), newMatchState(), log, noRecord, { code: 'ABCDE', options: creationOptions({ classroom: true, mediator: true, bots: false }), seed: 3 }, 0);
  const teacher = admit(m, 's-teacher', {});
  const students = Array.from({ length: 8 }, (_, i) => admit(m, `s-${i}`, { nickname: `Student ${i}` }));
  const projector = admit(m, 's-projector', { projector: true });
  m.project();
  return { m, sent, encodings, clock, teacher, students, projector };
}

const act = (m: Match, member: Member, type: keyof typeof INTENTS, msg: unknown) => {
  (INTENTS[type] as (m: Match, member: Member, msg: unknown) => void)(m, member, msg);
  m.project();
};

const roleOf = (x: Member): Role | undefined => (x.seat.kind === 'role' ? x.seat.role : undefined);
const lastOf = (sent: Sent[], to: string, type: ServerMessageType) => sent.filter((s) => s.to === to && s.type === type).at(-1)?.payload;

/** Classes (two by default), and the order in which their members are sent things ("0:resolution", "1:view"…). */
function classesInOrder(count = 2) {
  const classes = Array.from({ length: count }, () => classroom());
  const order: string[] = [];
  classes.forEach(({ sent }, i) => {
    const push = sent.push.bind(sent);
    sent.push = (...xs: Sent[]) => {
      for (const x of xs) order.push(`${i}:${x.type}`);
      return push(...xs);
    };
  });
  return { classes, order };
}

/** Classes in planning with every team ready but the last; `lastReady(i)` is class i's last ready message, as it comes off its socket. */
function classesOneReadyAway(count: number) {
  const { classes, order } = classesInOrder(count);
  const lastCaptains: Member[] = [];
  for (const { m, teacher } of classes) {
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase(); // briefing → planning
    m.project();
    const roles = m.seatedRoles();
    for (const role of roles.slice(0, -1)) act(m, m.members.captain(role)!, 'ready', { ready: true });
    lastCaptains.push(m.members.captain(roles.at(-1)!)!);
  }
  order.length = 0;
  const lastReady = (i: number, rid?: number) => new Inbox(classes[i].m).receive(lastCaptains[i].sessionId, 'ready', { ready: true, ...(rid === undefined ? {} : { rid }) });
  return { classes, order, lastReady, lastCaptains };
}

/** Each member of each class resolving has its new view, sent after its resolution. */
function viewsFollowResolutions(classes: ReturnType<typeof classroom>[]): void {
  for (const { m, sent, teacher, students, projector } of classes) {
    expect(m.phase).toBe('resolution');
    for (const member of [teacher, projector, ...students]) {
      const types = sent.filter((x) => x.to === member.sessionId).map((x) => x.type);
      expect(types.lastIndexOf('view')).toBeGreaterThan(types.lastIndexOf('resolution'));
      expect(lastOf(sent, member.sessionId, 'view')).toEqual({ state: seatOutputs(m, member).view });
    }
  }
}

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
    const { m, sent, encodings, clock, teacher, students, projector } = classroom();
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase();
    m.project();
    advance(clock, PARTICIPATION_LATEST_MS);
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
    // Beside the drafts nothing changes at once; the participation count reaches the teacher within
    // PARTICIPATION_LATEST_MS, as the one changed row (coalesced: every message would otherwise resend the table).
    expect(sent.filter((s) => s.type !== 'draft')).toEqual([]);
    expect(encodings.count).toBe(1);
    advance(clock, PARTICIPATION_LATEST_MS);
    expect(sent.filter((s) => s.type !== 'draft').map((s) => [s.to, s.type])).toEqual([[teacher.sessionId, 'participation']]);
    const rows = (lastOf(sent, teacher.sessionId, 'participation') as { rows: TeacherConsole['participation'] }).rows!;
    expect(rows.map((r) => [r.playerId, r.draftEdits])).toEqual([[mali[0].playerId, 1]]);
    expect(rows[0]).toEqual(consoleFor(m).participation!.find((p) => p.playerId === mali[0].playerId));
    // Once the table is due, the projection of the change that counted carries the row, with the draft.
    advance(clock, PARTICIPATION_MS);
    sent.length = 0;
    act(m, mali[0], 'draft.remove', { order: { action: 'statement', target: 'algeria', option: 'firm' } });
    expect(sent.filter((s) => s.to === teacher.sessionId).map((s) => s.type).sort()).toEqual(['draft', 'participation']);
    const carried = (lastOf(sent, teacher.sessionId, 'participation') as { rows: TeacherConsole['participation'] }).rows!;
    expect(carried.map((r) => [r.playerId, r.draftEdits])).toEqual([[mali[0].playerId, 2]]);
    // Nothing changed, nothing sent.
    sent.length = 0;
    m.project();
    expect(sent).toEqual([]);
  });

  it('sends every class that resolves at the same moment its resolution before any class gets its new views', async () => {
    const { classes, order } = classesInOrder();
    for (const { m, teacher } of classes) {
      act(m, teacher, 'control', { command: 'start' });
      m.endPhase(); // briefing → planning
      m.project();
    }
    order.length = 0;
    // As on the server: each class's clock (or last ready) is a callback of its own, with
    // promises settled in between; the views wait for the next turn of the event loop.
    classes[0].m.endPhase();
    await Promise.resolve();
    classes[1].m.endPhase();
    await Promise.resolve();
    const firstView = order.findIndex((x) => x.endsWith(':view'));
    expect(firstView).toBe(-1);
    expect(order.filter((x) => x.endsWith(':resolution'))).toHaveLength(2 * 10);
    await viewsBuilt();
    // Then each member gets its new view, after its resolution as before.
    viewsFollowResolutions(classes);
  });

  it('does the same when each class resolves on the last team\'s ready message', async () => {
    const { classes, order, lastReady } = classesOneReadyAway(2);
    // Each ready message is a callback of its own, as it comes off its socket.
    for (const i of classes.keys()) {
      lastReady(i);
      await Promise.resolve();
    }
    expect(classes.every(({ m }) => m.phase === 'resolution')).toBe(true);
    expect(order.filter((x) => x.endsWith(':resolution'))).toHaveLength(2 * 10);
    expect(order.findIndex((x) => x.endsWith(':view'))).toBe(-1);
    await viewsBuilt();
    viewsFollowResolutions(classes);
  });

  it('resolves within the message that made every team ready: its `ok` follows the resolution, and its ready flag is not sent apart', async () => {
    const { classes, lastReady, lastCaptains } = classesOneReadyAway(1);
    const { m, sent } = classes[0];
    const captain = lastCaptains[0];
    sent.length = 0;
    lastReady(0, 7);
    // Resolved before the message's handling returned, not on a later tick.
    expect(m.phase).toBe('resolution');
    expect(sent.filter((x) => x.to === captain.sessionId).map((x) => x.type)).toEqual(['resolution', 'ok']);
    // The drafts are emptied for the next week: the ready one was never worth a frame.
    expect(sent.filter((x) => x.type === 'draft' || x.type === 'view')).toEqual([]);
    await viewsBuilt();
    const types = sent.filter((x) => x.to === captain.sessionId).map((x) => x.type);
    expect(types.slice(0, 2)).toEqual(['resolution', 'ok']);
    expect(types).toContain('view');
    expect(lastOf(sent, captain.sessionId, 'draft')).toMatchObject({ turn: m.engine.turn, ready: false, entries: [] });
  });

  it('builds many classes\' views a slice at a time, so that a class whose ready comes in meanwhile resolves before them', async () => {
    const { classes, order, lastReady } = classesOneReadyAway(4);
    // Each reading of the clock passes a whole slice: every slice builds one class's views.
    let t = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (t += VIEWS_SLICE_MS));
    try {
      for (const i of [0, 1, 2]) {
        lastReady(i);
        await Promise.resolve();
      }
      // A turn of the event loop: one slice builds the first class's views; then the fourth
      // class's last ready comes off its socket.
      await new Promise((r) => setImmediate(r));
      lastReady(3);
      await Promise.resolve();
      await viewsBuilt();
    } finally {
      clock.mockRestore();
    }
    const first = (what: string) => order.indexOf(what);
    expect(first('0:view')).toBeLessThan(first('3:resolution'));
    // The fourth class's resolution went out before the second and third classes' views.
    expect(first('3:resolution')).toBeLessThan(first('1:view'));
    expect(first('3:resolution')).toBeLessThan(first('2:view'));
    viewsFollowResolutions(classes);
  });

  it('builds the views at once when a message comes in before they were built', () => {
    const { m, sent, teacher, students } = classroom();
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase();
    m.project();
    m.endPhase(); // planning → resolution: the views would wait for the next turn of the event loop
    sent.length = 0;
    m.projectIfChanged(); // what the inbox does before its `ok`
    expect(lastOf(sent, students[0].sessionId, 'view')).toEqual({ state: seatOutputs(m, students[0]).view });
  });

  it('keeps the synced state what syncedOf says after every change, and lists the match again only when that changed', () => {
    const listings: Listing[] = [];
    const port = recordingPort([], { count: 0 });
    port.listingChanged = (l) => void listings.push(structuredClone(l));
    const state = newMatchState();
    const log = createLogger({ level: 'silent', pretty: false, write: () => undefined });
    const m = new Match(port, state, log, noRecord, { code: 'ABCDE', options: creationOptions({ classroom: true, mediator: true, bots: false }), seed: 3 }, 0);
    const teacher = admit(m, 's-teacher', {});
    const students = Array.from({ length: 4 }, (_, i) => admit(m, `s-${i}`, { nickname: `Student ${i}` }));
    m.project();
    // The schema holds exactly the synced value, and the listing is the part of it the lobby shows.
    const holds = () => {
      expect(state.toJSON()).toEqual(JSON.parse(JSON.stringify(syncedOf(m))));
      expect(listings.at(-1)).toEqual(listingOf(syncedOf(m), 0));
    };
    holds();
    // How many listings a step sent.
    let seen = listings.length;
    const listed = () => {
      const n = listings.length - seen;
      seen = listings.length;
      return n;
    };
    // New options: a new options object, copied in whole (title and turns are listed).
    act(m, teacher, 'control', { command: 'settings', params: { options: { title: 'Period 3', turns: 6 } } });
    holds();
    expect(state.options.title).toBe('Period 3');
    expect(listed()).toBe(1);
    // The same options again change nothing and list nothing.
    act(m, teacher, 'control', { command: 'settings', params: { options: { title: 'Period 3', turns: 6 } } });
    expect(listed()).toBe(0);
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase();
    m.project();
    holds();
    expect(listed()).toBeGreaterThan(0);
    // A draft edit changes nothing synced: no listing.
    const drafter = students.find((x) => roleOf(x) === 'mali')!;
    act(m, drafter, 'draft.add', { order: { action: 'statement', target: 'algeria', option: 'firm' } });
    expect(listed()).toBe(0);
    holds();
    // A student dropping out changes the synced team (connected, captain) but not the listing.
    dropped(m, drafter);
    m.project();
    holds();
    expect(state.seats.find((x) => x.role === 'mali')!.connected).toBe(0);
    expect(listed()).toBe(0);
    // Leaving for good changes the listing (the team's count).
    depart(m, drafter, 'left');
    m.project();
    holds();
    expect(listed()).toBe(1);
  });

  it('keeps the same synced list of players while no player changed, and a new one at each change to a player', () => {
    const { m, teacher, students } = classroom();
    const players = () => syncedOf(m).players;
    const of = (member: Member) => players().find((p) => p.id === member.playerId);
    let list = players();
    // Nothing about a player changed: the same list, so the schema and the console skip it.
    const kept = () => {
      expect(players()).toBe(list);
      list = players();
    };
    const made = () => {
      expect(players()).not.toBe(list);
      list = players();
    };
    kept();
    const [ana, ben] = students;
    act(m, ana, 'chat.send', { to: 'team', text: 'hello' });
    kept();
    act(m, teacher, 'control', { command: 'rename', params: { playerId: ana.playerId, nickname: 'Ana' } });
    made();
    expect(of(ana)?.nickname).toBe('Ana');
    const other = (['algeria', 'mali', 'aes'] as const).find((r) => r !== roleOf(ana))!;
    act(m, teacher, 'control', { command: 'move', params: { playerId: ana.playerId, role: other } });
    made();
    expect(of(ana)?.role).toBe(other);
    dropped(m, ben);
    made();
    expect(of(ben)?.connected).toBe(false);
    returned(m, ben);
    made();
    expect(of(ben)?.connected).toBe(true);
    const late = admit(m, 's-late', { nickname: 'Latecomer' });
    made();
    expect(of(late)?.nickname).toBe('Latecomer');
    depart(m, late, 'left');
    made();
    expect(of(late)).toBeUndefined();
    kept();
    // Whatever the path, the list is what the members say.
    expect(players()).toEqual(m.members.players().map((p) => ({ id: p.playerId, nickname: p.nickname, role: roleOf(p), connected: p.connected })));
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
    expect(mine.map((s) => s.type)).toEqual(['notice', 'welcome', 'check', 'view', 'draft', 'chat.history', 'proposals', 'history']);
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

describe('the knowledge check in the projection', () => {
  const right = (id: string) => CHECK_QUESTIONS[id].correct;
  const wrong = (id: string) => CHECK_QUESTIONS[id].choices.find((c) => c !== right(id))!;
  const refusal = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      return err instanceof Refusal ? err.code : 'not a refusal';
    }
    return 'accepted';
  };

  it("sends each student their own answers only, and the class's results to the teacher alone", () => {
    const { m, sent, teacher, students, projector } = classroom();
    const [ana, ben] = students;
    const before = seatOutputs(m, ana).check!;
    expect(before).toMatchObject({ stage: 'before', open: true, answers: {} });
    const [q1, q2] = before.questions;
    sent.length = 0;
    act(m, ana, 'check.answer', { stage: 'before', question: q1, choice: right(q1) });
    act(m, ana, 'check.answer', { stage: 'before', question: q2, choice: wrong(q2) });
    act(m, ben, 'check.answer', { stage: 'before', question: q1, choice: wrong(q1) });
    // Only the student who answered is sent their check; nobody else's check message changes.
    const checks = sent.filter((x) => x.type === 'check');
    expect([...new Set(checks.map((x) => x.to))].sort()).toEqual([ana.sessionId, ben.sessionId].sort());
    expect((checks.filter((x) => x.to === ben.sessionId).at(-1)!.payload as MyCheck).answers).toEqual({ [q1]: wrong(q1) });
    expect((lastOf(sent, ana.sessionId, 'check') as MyCheck).answers).toEqual({ [q1]: right(q1), [q2]: wrong(q2) });
    // Nobody but the teacher gets a console or anything naming another student's score.
    for (const member of [projector, ...students]) {
      expect(sent.some((x) => x.to === member.sessionId && x.type === 'console')).toBe(false);
      const out = seatOutputs(m, member);
      expect(out.console).toBeUndefined();
      if (member !== ana) expect(JSON.stringify(out)).not.toContain(`"${q2}":`);
    }
    expect(seatOutputs(m, projector).check).toBeUndefined();
    const results = (lastOf(sent, teacher.sessionId, 'console') as TeacherConsole).checks!;
    expect(results.tally.took.before).toBe(2);
    expect(results.students.find((x) => x.playerId === ana.playerId)!.before).toEqual({ answered: 2, correct: 1, of: before.questions.length });
    expect(results.tally.questions.find((x) => x.question === q1)).toMatchObject({ answered: 2, correct: 1 });
  });

  it('takes the check before until week 1 is over and the check after once the match has ended, and refuses the rest', () => {
    const { m, teacher, students } = classroom();
    const [ana] = students;
    const { questions } = seatOutputs(m, ana).check!;
    const drawnAfter = m.checks.drawn(m.seed).after;
    expect(refusal(() => act(m, ana, 'check.answer', { stage: 'after', question: drawnAfter[0], choice: 'a' }))).toBe('checkClosed');
    expect(refusal(() => act(m, ana, 'check.answer', { stage: 'before', question: drawnAfter[0], choice: 'a' }))).toBe('unknownQuestion');
    expect(refusal(() => act(m, ana, 'check.answer', { stage: 'before', question: questions[0], choice: 'z' }))).toBe('unknownQuestion');
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase();
    m.project();
    // A latecomer still answers during week 1.
    expect(refusal(() => act(m, ana, 'check.answer', { stage: 'before', question: questions[0], choice: right(questions[0]) }))).toBe('accepted');
    act(m, teacher, 'control', { command: 'endMatch' });
    expect(seatOutputs(m, ana).check).toMatchObject({ stage: 'after', open: true, questions: drawnAfter, answers: {} });
    expect(refusal(() => act(m, ana, 'check.answer', { stage: 'before', question: questions[1], choice: 'a' }))).toBe('checkClosed');
    expect(refusal(() => act(m, ana, 'check.answer', { stage: 'after', question: drawnAfter[0], choice: right(drawnAfter[0]) }))).toBe('accepted');
    const results = seatOutputs(m, teacher).console!.checks!;
    expect(results.students.find((x) => x.playerId === ana.playerId)).toMatchObject({ before: { correct: 1 }, after: { correct: 1 } });
  });

  it('keeps the answers in the live snapshot and gives them back after a restore', () => {
    const { m, teacher, students } = classroom();
    const [ana] = students;
    const [q1] = seatOutputs(m, ana).check!.questions;
    act(m, ana, 'check.answer', { stage: 'before', question: q1, choice: right(q1) });
    act(m, teacher, 'control', { command: 'start' });
    const live = m.snapshot();
    expect(live.checks).toEqual([expect.objectContaining({ playerId: ana.playerId, question: q1, choice: right(q1) })]);
    const log = createLogger({ level: 'silent', pretty: false, write: () => undefined });
    const back = new Match(recordingPort([], { count: 0 }), newMatchState(), log, noRecord, { code: m.code, options: m.options, seed: m.seed }, 0);
    back.restore({ header: { matchId: 'm-1', code: m.code, createdAt: 0, options: m.options, seed: m.seed }, owner: 'main', initial: m.engine, live, chat: [], proposals: [], turns: [], seatCount: 0, draftCount: 0, draftsAfter: [] }, live.savedAt);
    const restored = back.members.byId(ana.playerId)!;
    expect(seatOutputs(back, restored).check!.answers).toEqual({ [q1]: right(q1) });
    expect(back.checks.all()).toEqual(m.checks.all());
  });

  it('has no check when the teacher turned it off', () => {
    const log = createLogger({ level: 'silent', pretty: false, write: () => undefined });
    const m = new Match(recordingPort([], { count: 0 }), newMatchState(), log, noRecord, { code: 'ABCDF', options: creationOptions({ classroom: true, bots: true, knowledgeCheck: false }), seed: 3 }, 0);
    admit(m, 's-teacher', {});
    const student = admit(m, 's-1', { nickname: 'Ana' });
    expect(seatOutputs(m, student).check).toBeUndefined();
    expect(refusal(() => act(m, student, 'check.answer', { stage: 'before', question: 'juntaWords', choice: 'a' }))).toBe('checkOff');
  });
});

describe('the team memos in the projection', () => {
  it('gives a team its own memo, the teacher every memo, watchers none, and everyone every memo once revealed', () => {
    const { m, teacher, students, projector } = classroom();
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase();
    act(m, teacher, 'control', { command: 'endMatch' });
    const writer = students.find((s) => roleOf(s) === 'mali')!;
    const other = students.find((s) => roleOf(s) === 'algeria')!;
    act(m, writer, 'memo.write', { text: 'Mali team memo 8812' });
    for (const member of [teacher, projector, ...students]) {
      const text = JSON.stringify(seatOutputs(m, member));
      expect(text.includes('Mali team memo 8812'), member.nickname).toBe(member.seat.kind === 'teacher' || roleOf(member) === 'mali');
    }
    expect(seatOutputs(m, projector).memos).toBeUndefined();
    expect(seatOutputs(m, other).memos!.memos.map((x) => x.role)).toEqual(['algeria']);
    act(m, teacher, 'control', { command: 'revealMemos' });
    for (const member of [teacher, projector, ...students]) expect(JSON.stringify(seatOutputs(m, member).memos)).toContain('Mali team memo 8812');
  });

  it('runs no projection for a chat line: its counts reach the teacher at once if the table is due, else with its next refresh', () => {
    const { m, sent, clock, teacher, students } = classroom();
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase();
    m.project();
    // A refresh the start queued happens in the first; after the second the table is due.
    advance(clock, PARTICIPATION_LATEST_MS);
    advance(clock, PARTICIPATION_MS);
    const ana = students[0];
    const project = vi.spyOn(m, 'project');
    // The counts go out through the teacher's part alone: nobody else's outputs are walked again.
    const flush = vi.spyOn(Outbox.prototype, 'flush');
    // As the inbox handles a message: the intent, then the projection if anything asked for one.
    const chat = (text: string) => {
      (INTENTS['chat.send'] as (m: Match, member: Member, msg: unknown) => void)(m, ana, { to: 'team', text });
      m.projectIfChanged();
    };
    const rowsSent = () => sent.filter((x) => x.to === teacher.sessionId && x.type === 'participation').map((x) => (x.payload as { rows: { playerId: string; messages: { team: number } }[] }).rows);
    sent.length = 0;
    chat('one');
    expect(project).not.toHaveBeenCalled();
    expect(rowsSent().map((rows) => rows.map((r) => [r.playerId, r.messages.team]))).toEqual([[[ana.playerId, 1]]]);
    sent.length = 0;
    project.mockClear();
    chat('two');
    chat('three');
    // Not due: no projection, nothing sent but the chat lines themselves.
    expect(project).not.toHaveBeenCalled();
    expect(sent.filter((x) => x.type !== 'chat')).toEqual([]);
    // Unless a projection of the class comes first, they follow on a timer.
    sent.length = 0;
    advance(clock, PARTICIPATION_LATEST_MS);
    expect(flush).not.toHaveBeenCalled();
    flush.mockRestore();
    expect(sent.map((x) => [x.to, x.type])).toEqual([[teacher.sessionId, 'participation']]);
    expect(rowsSent().map((rows) => rows.map((r) => [r.playerId, r.messages.team]))).toEqual([[[ana.playerId, 3]]]);
    expect(seatOutputs(m, teacher).console!.participation).toEqual(consoleFor(m).participation);
  });

  it('shows the teacher at once who joined, moved, was renamed or left, in the table and the check results', () => {
    const { m, sent, clock, teacher, students } = classroom();
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase();
    m.project();
    advance(clock, PARTICIPATION_MS);
    const held = () => sent.filter((x) => x.to === teacher.sessionId).reduce((st, x) => reduceSeat(st, x.type, x.payload), emptySeatState()).console!;
    const table = () => held().participation!.map((r) => [r.nickname, r.role]);
    const checked = () => held().checks!.students.map((r) => r.nickname);
    const expected = () => consoleFor(m).participation!.map((r) => [r.nickname, r.role]);
    // Each change within PARTICIPATION_MS of the last refresh: nothing but the class list can make it show.
    const late = admit(m, 's-late', { nickname: 'Latecomer' });
    m.project();
    expect(table()).toEqual(expected());
    expect(table().map(([n]) => n)).toContain('Latecomer');
    expect(checked()).toContain('Latecomer');
    const ana = students[0];
    const other = (['algeria', 'mali', 'aes'] as const).find((r) => r !== roleOf(ana))!;
    act(m, teacher, 'control', { command: 'move', params: { playerId: ana.playerId, role: other } });
    expect(table().find(([n]) => n === ana.nickname)).toEqual([ana.nickname, other]);
    act(m, teacher, 'control', { command: 'rename', params: { playerId: ana.playerId, nickname: 'Ana' } });
    expect(table().map(([n]) => n)).toContain('Ana');
    expect(checked()).toContain('Ana');
    act(m, teacher, 'control', { command: 'kick', params: { playerId: late.playerId } });
    expect(table().map(([n]) => n)).not.toContain('Latecomer');
    expect(checked()).not.toContain('Latecomer');
    expect(table()).toEqual(expected());
  });

  it('sends a student the check again when the teacher turns it on or off in the lobby, and the teacher the counts of each chat line', () => {
    const { m, sent, clock, teacher, students } = classroom();
    const ana = students[0];
    act(m, teacher, 'control', { command: 'settings', params: { options: { knowledgeCheck: false } } });
    sent.length = 0;
    act(m, teacher, 'control', { command: 'settings', params: { options: { knowledgeCheck: true } } });
    expect((lastOf(sent, ana.sessionId, 'check') as MyCheck).stage).toBe('before');
    const results = () => (lastOf(sent, teacher.sessionId, 'console') as TeacherConsole).checks;
    expect(results()?.students.map((x) => x.playerId)).toContain(ana.playerId);
    act(m, teacher, 'control', { command: 'settings', params: { options: { knowledgeCheck: false } } });
    expect(results()).toBeUndefined();
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase();
    m.project();
    advance(clock, PARTICIPATION_LATEST_MS);
    // What the teacher holds, read as every client reads it (the shared reducer).
    const held = () => sent.filter((x) => x.to === teacher.sessionId).reduce((st, x) => reduceSeat(st, x.type, x.payload), seen);
    const seen = sent.filter((x) => x.to === teacher.sessionId).reduce((st, x) => reduceSeat(st, x.type, x.payload), emptySeatState());
    sent.length = 0;
    const messages = () => held().console?.participation?.find((p) => p.playerId === ana.playerId)?.messages.team;
    expect(messages()).toBe(0);
    act(m, ana, 'chat.send', { to: 'team', text: 'one' });
    act(m, ana, 'chat.send', { to: 'team', text: 'two' });
    expect(messages()).toBe(0);
    advance(clock, PARTICIPATION_LATEST_MS);
    expect(messages()).toBe(2);
    // One message for both lines, with Ana's row alone.
    expect(sent.filter((x) => x.type === 'participation').map((x) => (x.payload as { rows: { playerId: string }[] }).rows.map((r) => r.playerId))).toEqual([[ana.playerId]]);
    // And the table the teacher holds is the projection's.
    expect(held().console!.participation).toEqual(consoleFor(m).participation);
  });
});

describe('the flood guard', () => {
  it('refuses a connection past the limit within the window, counts no refused message, and lets it on as the window slides', () => {
    const { m, sent, clock, students } = classroom();
    const inbox = new Inbox(m);
    const ana = students[0];
    const refusals = () => sent.filter((x) => x.to === ana.sessionId && x.type === 'error' && (x.payload as { code: string }).code === 'rateLimited').length;
    const syncs = () => sent.filter((x) => x.to === ana.sessionId && x.type === 'ok').length;
    const send = (n: number) => {
      for (let i = 0; i < n; i++) inbox.receive(ana.sessionId, 'sync', { rid: i });
    };
    const window = LIMITS.messageWindowSeconds * 1000;
    send(LIMITS.messagesPerWindow / 2);
    advance(clock, window / 2);
    send(LIMITS.messagesPerWindow / 2);
    expect(syncs()).toBe(LIMITS.messagesPerWindow);
    send(3);
    expect(refusals()).toBe(3);
    // The first half leaves the window: as many get through again, and no more (refused ones did not count).
    advance(clock, window / 2);
    send(LIMITS.messagesPerWindow / 2 + 1);
    expect(syncs()).toBe(LIMITS.messagesPerWindow * 1.5);
    expect(refusals()).toBe(4);
    // Another connection was never limited.
    inbox.receive(students[1].sessionId, 'sync', { rid: 1 });
    expect(sent.filter((x) => x.to === students[1].sessionId && x.type === 'ok')).toHaveLength(1);
  });
});
