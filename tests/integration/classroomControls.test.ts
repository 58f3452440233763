// The teacher's controls, one rule at a time: who may send them (the teacher of a
// classroom session; an ordinary host only those for every match), in which phase,
// with which parameters; the locked room; joins a classroom refuses; a student moved
// during the match; and a full class of 40 students. Every refusal changes nothing.
import { Client as ColyseusClient } from 'colyseus.js';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/debrief/index.ts';
import { controlsFor, JOIN_ERROR_CODE, LIMITS } from '../../shared/protocol/index.ts';
import type { ErrorReply } from '../../shared/protocol/index.ts';
import type { TestClient } from './harness.ts';
import { closeAll, FAST, receivedText, startAndPlan, suiteServer, TestClient as Client } from './harness.ts';
import { planningOf } from './play.ts';
import { foreignSecrets } from './secrets.ts';
import { serverSnapshot } from './serverSnapshot.ts';

const clients: TestClient[] = [];
const server = suiteServer(clients);

const CLASS = { ...FAST, classroom: true, bots: false, planningSeconds: 600, seed: 5 } as const;

async function classroom(students: string[]): Promise<[TestClient, ...TestClient[]]> {
  const teacher = await Client.create(server.url, 'teacher', { ...CLASS, nickname: 'Mr Haddad' });
  clients.push(teacher);
  const out: TestClient[] = [];
  for (const nickname of students) {
    const s = await Client.join(server.url, nickname, teacher.code, { nickname });
    clients.push(s);
    out.push(s);
  }
  await teacher.until('everyone seated', () => teacher.state.players.length === students.length);
  return [teacher, ...out];
}

/** A control that must be refused with `code`, leaving the match exactly as it was. */
async function refusedControl(who: TestClient, command: string, params: Record<string, unknown> | undefined, code: string, match: TestClient): Promise<ErrorReply> {
  const before = serverSnapshot(match.code);
  const err = await who.refused('control', { command, ...(params ? { params } : {}) });
  expect(err.code, `${command}: ${err.message}`).toBe(code);
  expect(err.message).not.toMatch(/\{\w+\}/);
  expect(serverSnapshot(match.code)).toBe(before);
  return err;
}

async function joinRefusal(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => {
      throw new Error('the join should have been refused');
    },
    (e: { code: number; message: string }) => {
      expect(e.code).toBe(JOIN_ERROR_CODE);
      return e.message;
    },
  );
}

describe('classroom controls', () => {
  it('only the teacher sends them; ordinary hosts only those meant for every match', async () => {
    const [teacher, amina] = await classroom(['Amina', 'Moussa']);
    for (const [command, params] of [
      ['start', undefined],
      ['lock', undefined],
      ['autoBalance', undefined],
      ['move', { playerId: amina.playerId, role: 'aes' }],
      ['rename', { playerId: amina.playerId, nickname: 'Boss' }],
      ['injectEvent', { card: 'borderClash' }],
      ['kick', { playerId: teacher.playerId }],
    ] as const) {
      await refusedControl(amina, command, params, 'notHost', teacher);
    }
    await refusedControl(teacher, 'makeHost', { playerId: amina.playerId }, 'notAllowed', teacher);
    await refusedControl(teacher, 'kick', { playerId: teacher.playerId }, 'notAllowed', teacher);

    const host = await Client.create(server.url, 'host', { ...FAST, role: 'algeria' });
    const mali = await Client.join(server.url, 'mali', host.code, { role: 'mali' });
    clients.push(host, mali);
    expect(host.welcome!.controls).toEqual(controlsFor(false));
    expect(host.welcome!.classroom).toBe(false);
    for (const command of ['autoBalance', 'injectEvent', 'endMatch', 'move', 'rename'] as const) {
      const err = await refusedControl(host, command, undefined, 'notAllowed', host);
      expect(err.params.why).toMatch(/classroom/);
    }
    // The lock is for every match.
    await host.must('control', { command: 'lock' });
    expect(await joinRefusal(Client.join(server.url, 'late', host.code, {}))).toMatch(/^roomLocked: /);
    await host.must('control', { command: 'unlock' });
    const later = await Client.join(server.url, 'later', host.code, {});
    clients.push(later);
  });

  it('parameters and phases are checked against the table', async () => {
    const [teacher, amina, moussa] = await classroom(['Amina', 'Moussa']);
    const watcher = await Client.join(server.url, 'watcher', teacher.code, { spectate: true });
    clients.push(watcher);
    await refusedControl(teacher, 'injectEvent', { card: 'alienInvasion' }, 'badMessage', teacher);
    await refusedControl(teacher, 'injectEvent', {}, 'badMessage', teacher);
    await refusedControl(teacher, 'move', { playerId: amina.playerId, role: 'france' }, 'badMessage', teacher);
    await refusedControl(teacher, 'move', { playerId: amina.playerId, role: 'mali', extra: 1 }, 'badMessage', teacher);
    await refusedControl(teacher, 'move', { playerId: 'nobody', role: 'mali' }, 'unknownPlayer', teacher);
    await refusedControl(teacher, 'move', { playerId: amina.playerId, role: 'algeria' }, 'notAllowed', teacher);
    await refusedControl(teacher, 'move', { playerId: amina.playerId, role: 'mediator' }, 'roleNotSeated', teacher);
    await refusedControl(teacher, 'move', { playerId: watcher.playerId, role: 'mali' }, 'notAllowed', teacher);
    await refusedControl(teacher, 'rename', { playerId: amina.playerId, nickname: ' \u0000 ' }, 'badMessage', teacher);
    await refusedControl(teacher, 'rename', { playerId: amina.playerId, nickname: 'x'.repeat(LIMITS.nicknameChars + 1) }, 'badMessage', teacher);
    await refusedControl(teacher, 'settings', { options: { classroom: false } }, 'badMessage', teacher);
    await refusedControl(teacher, 'cancelEvent', undefined, 'noEventQueued', teacher);
    await refusedControl(teacher, 'unlock', undefined, 'notLocked', teacher);
    // Lobby: nothing to pause or end yet.
    for (const command of ['pause', 'resume', 'extend', 'endPhase', 'endMatch'] as const) {
      await refusedControl(teacher, command, command === 'extend' ? { seconds: 30 } : undefined, 'wrongPhase', teacher);
    }
    // A queued card can be replaced and taken back.
    await teacher.must('control', { command: 'injectEvent', params: { card: 'borderClash' } });
    await teacher.must('control', { command: 'injectEvent', params: { card: 'fuelBlockade' } });
    await teacher.until('the replaced card', () => teacher.console?.pendingEvent === 'fuelBlockade');
    await teacher.must('control', { command: 'cancelEvent' });
    await teacher.until('no card', () => teacher.console && !teacher.console.pendingEvent);
    // Renaming to a taken nickname makes it unique.
    await teacher.must('control', { command: 'rename', params: { playerId: amina.playerId, nickname: 'moussa' } });
    await amina.until('renamed', () => amina.welcome?.nickname === 'moussa 2');
    expect(amina.notices).toContainEqual({ key: 'notice.renamed', params: { nickname: 'moussa 2', by: 'Mr Haddad' } });

    await startAndPlan(teacher, [teacher, amina, moussa]);
    await refusedControl(teacher, 'start', undefined, 'wrongPhase', teacher);
    await refusedControl(teacher, 'settings', { options: { turns: 5 } }, 'wrongPhase', teacher);
    await refusedControl(teacher, 'extend', { seconds: 1 }, 'badMessage', teacher);
    await refusedControl(moussa, 'endMatch', undefined, 'notHost', teacher);
    await teacher.must('control', { command: 'endMatch' });
    await amina.until('ended', () => amina.state.phase === 'ended' && amina.record);
    expect(amina.record!.endedEarly).toBe(true);
    expect(amina.record!.turns).toEqual([]);
    for (const command of ['lock', 'move', 'injectEvent', 'endMatch', 'autoBalance'] as const) {
      const params = command === 'move' ? { playerId: amina.playerId, role: 'mali' } : command === 'injectEvent' ? { card: 'borderClash' } : undefined;
      await refusedControl(teacher, command, params, 'wrongPhase', teacher);
    }
    // Stopped before its first resolution: a CSV with its header only.
    const res = await fetch(`${server.http}/api/records/${teacher.welcome!.matchId}/export.csv`);
    expect(res.status).toBe(200);
    expect(parseCsv(await res.text())).toEqual([]);
  });

  it('a locked room, and the joins a classroom refuses', async () => {
    const [teacher, amina] = await classroom(['Amina']);
    const code = teacher.code;
    await teacher.must('control', { command: 'lock' });
    await refusedControl(teacher, 'lock', undefined, 'alreadyLocked', teacher);
    expect(await joinRefusal(Client.join(server.url, 'late', code, { nickname: 'Late' }))).toMatch(/^roomLocked: /);
    expect(await joinRefusal(Client.join(server.url, 'late-watcher', code, { spectate: true }))).toMatch(/^roomLocked: /);
    expect(await joinRefusal(Client.join(server.url, 'late-projector', code, { projector: true }))).toMatch(/^roomLocked: /);
    // Tokens still open the door: the teacher's only to the teacher's seat.
    expect(await joinRefusal(Client.join(server.url, 'impostor', code, { teacherToken: amina.welcome!.seatToken }))).toMatch(/^teacherTokenUnknown: /);
    expect(await joinRefusal(Client.join(server.url, 'impostor', code, { teacherToken: 'not-the-teacher-token' }))).toMatch(/^teacherTokenUnknown: /);
    // The teacher's browser may still open a projector: a new projector seat, not the teacher's.
    expect(await joinRefusal(Client.join(server.url, 'fake-projector', code, { projector: true, teacherToken: amina.welcome!.seatToken }))).toMatch(/^teacherTokenUnknown: /);
    const screen = await Client.join(server.url, 'projector', code, { projector: true, teacherToken: teacher.welcome!.teacherToken! });
    clients.push(screen);
    expect(screen.welcome).toMatchObject({ projector: true, seat: { kind: 'spectator' } });
    expect(screen.welcome!.teacherToken).toBeUndefined();
    expect(screen.welcome!.controls).toEqual([]);
    await teacher.until('the projector counted', () => teacher.state.projectorCount === 1);
    expect(teacher.left).toBeUndefined();
    const tab = await Client.join(server.url, 'amina-tab', code, { seatToken: amina.welcome!.seatToken });
    clients.push(tab);
    await amina.until('replaced by the new tab', () => amina.left === 4005);
    expect(tab.welcome!.playerId).toBe(amina.playerId);
    await teacher.must('control', { command: 'unlock' });
    await tab.until('unlocked', () => !tab.state.locked);

    // Before the start: the teacher may read the record, but there is nothing to put in a CSV.
    const csv = await fetch(`${server.http}/api/records/${teacher.welcome!.matchId}/export.csv`, { headers: { Authorization: `Bearer ${teacher.welcome!.teacherToken}` } });
    expect(csv.status).toBe(409);
    expect(((await csv.json()) as { error: string }).error).toBe('notStarted');
    expect((await fetch(`${server.http}/api/records/${teacher.welcome!.matchId}/export.csv`)).status).toBe(409);

    // A classroom places its students: no role by choice, at joining or later.
    expect(await joinRefusal(Client.join(server.url, 'chooser', code, { role: 'mali' }))).toMatch(/^teacherAssigns: /);
    expect(await joinRefusal(Client.join(server.url, 'both', code, { projector: true, spectate: true }))).toMatch(/^badOptions: /);
    const before = serverSnapshot(code);
    expect((await tab.refused('seat.choose', { seat: 'mali' })).code).toBe('teacherAssigns');
    expect((await teacher.refused('seat.choose', { seat: 'mali' })).code).toBe('notAllowed');
    expect((await teacher.refused('chat.send', { to: 'public', text: 'hello class' })).code).toBe('notAllowed');
    expect(serverSnapshot(code)).toBe(before);
    const auto = await Client.join(server.url, 'auto', code, { role: 'auto' });
    clients.push(auto);
    expect(auto.role).toBe('mali');
    // Creating: the teacher is the creator; projectors and tokens only join.
    const c = new ColyseusClient(server.url);
    expect(await joinRefusal(c.create('match', { classroom: true, role: 'algeria' }))).toMatch(/^badOptions: .*teacher/);
    expect(await joinRefusal(c.create('match', { projector: true }))).toMatch(/^badOptions: /);
  });

  it('a student moved during the match leaves the old team\'s secrets behind and gets the new team\'s', async () => {
    const [teacher, a1, m1, s1, a2] = await classroom(['Amina', 'Moussa', 'Issa', 'Fatou']);
    expect([a1, m1, s1, a2].map((c) => c.role)).toEqual(['algeria', 'mali', 'aes', 'algeria']);
    const all = [teacher, a1, m1, s1, a2];
    await startAndPlan(teacher, all);
    await Promise.all(all.map((c) => planningOf(c, 1)));
    await a1.must('draft.add', { order: { action: 'statement', target: 'mali', option: 'firm' } });
    await a2.until("algeria's draft", () => a2.drafts.get('algeria')?.entries.length === 1);

    await teacher.must('control', { command: 'move', params: { playerId: a2.playerId, role: 'aes' } });
    await a2.until('in the AES team, with its draft', () => a2.role === 'aes' && a2.drafts.get('aes')?.turn === 1);
    await teacher.until('the new teams', () => teacher.seat('algeria')?.players === 1 && teacher.seat('aes')?.players === 2);
    expect(a2.notices).toContainEqual({ key: 'notice.moved', params: { role: 'aes', by: 'Mr Haddad' } });
    expect(Object.keys(a2.view!.objectives)).toEqual(['aes']);
    const cut = { raw: a2.rawMessages.length, frames: a2.frames.length };

    // Algeria goes on without them: its draft, its team channel and its private channel.
    await a1.must('draft.add', { order: { action: 'summonAmbassador', target: 'mali' } });
    await a1.must('chat.send', { to: 'team', text: 'algeria-only-after-the-move' });
    await m1.must('chat.send', { to: 'algeria', text: 'algeria-mali-after-the-move' });
    // The new team's work reaches them (and, being later, proves the rest was not sent).
    await s1.must('draft.add', { order: { action: 'blocSolidarity' } });
    await s1.must('chat.send', { to: 'team', text: 'aes-team-after-the-move' });
    await a2.until("the AES team's message", () => a2.chat.some((m) => m.text === 'aes-team-after-the-move'));
    await a2.until("the AES team's draft", () => a2.drafts.get('aes')?.entries.length === 1);
    expect(a2.rawMessages.slice(cut.raw).flatMap((m) => foreignSecrets(m, 'aes'))).toEqual([]);
    const text = receivedText(a2, a2.frames.slice(cut.frames));
    expect(text).not.toContain('algeria-only-after-the-move');
    expect(text).not.toContain('algeria-mali-after-the-move');
    expect(text).not.toContain('summonAmbassador');
    // The snapshot after the move held the new team's channels only.
    const history = a2.rawMessages.slice(0, cut.raw).filter((m) => m.type === 'chat.history').at(-1)!.payload as { messages: { channel: string }[] };
    expect(history.messages.every((m) => m.channel === 'public' || m.channel.includes('aes'))).toBe(true);

    // They play for their new team.
    await a2.must('draft.add', { order: { action: 'statement', target: 'mali', option: 'conciliatory' } });
    await s1.until('the moved student\'s order', () => s1.drafts.get('aes')?.entries.length === 2);
    for (const p of [a1, m1, s1]) await p.must('ready', { ready: true });
    const week = await a2.until('week 1', () => a2.resolutions.find((r) => r.turn === 1));
    expect(Object.keys(week.reports)).toEqual(['aes']);
    expect(week.revealed.aes).toEqual(expect.arrayContaining([{ action: 'blocSolidarity' }]));
  });

  it(`holds ${LIMITS.classroomStudents} students in balanced teams and refuses one more`, async () => {
    const teacher = await Client.create(server.url, 'teacher', { ...CLASS });
    clients.push(teacher);
    const students: TestClient[] = [];
    try {
      for (let i = 0; i < LIMITS.classroomStudents; i += 8) {
        const batch = Array.from({ length: Math.min(8, LIMITS.classroomStudents - i) }, (_, j) => Client.join(server.url, `student-${i + j + 1}`, teacher.code, { nickname: `Student ${i + j + 1}` }));
        students.push(...(await Promise.all(batch)));
      }
      await teacher.until('the whole class', () => teacher.state.players.length === LIMITS.classroomStudents);
      expect(teacher.state.seats.map((s) => s.players)).toEqual([14, 13, 13]);
      const message = await joinRefusal(new ColyseusClient(server.url).joinById(teacher.code, { nickname: 'One too many' }));
      expect(message).toMatch(new RegExp(`^sessionFull: .*${LIMITS.classroomStudents}`));
      // The projector is not a student.
      const projector = await Client.join(server.url, 'projector', teacher.code, { projector: true });
      clients.push(projector);
      await teacher.until('the projector counted', () => teacher.state.projectorCount === 1 && teacher.state.spectatorCount === 0);
    } finally {
      await closeAll(students);
    }
  }, 60_000);

  it('several sessions at once on one server stay apart', async () => {
    const [teacherA, ...classA] = await classroom(['Amadou', 'Binta', 'Cheikh']);
    const [teacherB, ...classB] = await classroom(['Dalia', 'Emre', 'Farah']);
    expect(teacherA.code).not.toBe(teacherB.code);
    expect(teacherA.welcome!.matchId).not.toBe(teacherB.welcome!.matchId);
    for (const t of [teacherA, teacherB]) await t.until('three students, one a team', () => t.state.players.length === 3 && t.state.seats.every((x) => x.players === 1));
    const [frameA, frameB] = [classA[0].frames.length, classB[0].frames.length];

    // One teacher locks, starts, queues a card and pauses; the other session does none of it.
    await teacherA.must('control', { command: 'lock' });
    await teacherA.must('control', { command: 'start' });
    await teacherA.until('planning', () => teacherA.state.phase === 'planning');
    await teacherA.must('control', { command: 'injectEvent', params: { card: 'borderClash' } });
    await teacherA.must('control', { command: 'pause' });
    await teacherA.until('paused', () => teacherA.state.paused);
    expect(teacherB.state).toMatchObject({ phase: 'lobby', locked: false });
    expect(teacherB.state.paused ?? false).toBe(false);

    // The other session's students still join; the locked one refuses newcomers.
    const late = await Client.join(server.url, 'late', teacherB.code, { nickname: 'Ghita' });
    clients.push(late);
    await teacherB.until('the late student', () => teacherB.state.players.length === 4);
    await joinRefusal(new ColyseusClient(server.url).joinById(teacherA.code, { nickname: 'Hamza' }));

    // A teacher's controls reach only their own session's students.
    const stranger = classB[0].playerId;
    await refusedControl(teacherA, 'kick', { playerId: stranger }, 'unknownPlayer', teacherA);
    expect(teacherB.state.players.some((p) => p.id === stranger)).toBe(true);

    // Nothing of one session reaches the other: names, code, the queued card.
    const textB = receivedText(classB[0], classB[0].frames.slice(frameB));
    for (const word of ['Amadou', 'Binta', 'Cheikh', teacherA.code, 'borderClash']) expect(textB).not.toContain(word);
    const textA = receivedText(classA[0], classA[0].frames.slice(frameA));
    for (const word of ['Dalia', 'Emre', 'Farah', 'Ghita', teacherB.code]) expect(textA).not.toContain(word);
  }, 60_000);
});
