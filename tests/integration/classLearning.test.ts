// The knowledge check over real WebSockets: a teacher and four students. The students
// answer the check before in the lobby, the teacher follows the results live, starts and
// ends the match, the students answer the check after; the debrief's record gives the
// class's gain per concept to anyone and each student's answers to the teacher only. What
// each student received, decoded from the raw frames, holds no other student's answers
// and nothing of the console. Then team memos: written together after the end, kept from
// the other teams until the teacher reveals them.
import { describe, expect, it } from 'vitest';
import { CHECK_QUESTIONS, drawChecks, tallyChecks } from '../../shared/check/index.ts';
import { RecordResponseSchema } from '../../shared/protocol/index.ts';
import { parseCsv } from '../../shared/debrief/index.ts';
import { defaultRubric, gradesCsv } from '../../shared/grades/index.ts';
import type { MyCheck } from '../../shared/protocol/index.ts';
import type { TestClient } from './harness.ts';
import { startAndPlan, suiteServer, TestClient as Client } from './harness.ts';

const clients: TestClient[] = [];
const server = suiteServer(clients);

const right = (id: string) => CHECK_QUESTIONS[id].correct;
const wrong = (id: string) => CHECK_QUESTIONS[id].choices.find((c) => c !== right(id))!;

async function getJson(url: string, token?: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  return { status: res.status, body: await res.json() };
}

/** A class of four (Ana, Ben, Cheikh, Dalia) with bots in the empty roles, four weeks, untimed planning. */
async function openClass(options: { nickname: string; seed: number; knowledgeCheck?: boolean }): Promise<{ teacher: TestClient; students: TestClient[] }> {
  const teacher = await Client.create(server.url, 'teacher', { classroom: true, turns: 4, bots: true, briefingSeconds: 0, resolutionSeconds: 0, planningSeconds: 600, ...options });
  clients.push(teacher);
  const students: TestClient[] = [];
  for (const name of ['Ana', 'Ben', 'Cheikh', 'Dalia']) {
    const s = await Client.join(server.url, name, teacher.code, { nickname: name });
    clients.push(s);
    students.push(s);
  }
  return { teacher, students };
}

describe('the knowledge check in a class', () => {
  it('before and after, live in the console, in the debrief per concept; no student receives another one\'s answers', async () => {
    const seed = 23;
    const drawn = drawChecks(seed);
    const { teacher, students } = await openClass({ nickname: 'Mr Keita', seed });
    const [ana, ben, cheikh, dalia] = students;
    // Every answer each student gave, to hold what they received against.
    const gave = new Map<TestClient, Set<string>>(students.map((x) => [x, new Set<string>()]));
    const answer = (s: TestClient, stage: 'before' | 'after', question: string, choice: string) => {
      gave.get(s)!.add(`${stage}/${question}/${choice}`);
      return s.must('check.answer', { stage, question, choice });
    };
    for (const s of students) {
      const check = await s.until('the check before', () => s.check);
      expect(check).toEqual({ stage: 'before', questions: drawn.before, answers: {}, open: true });
    }
    // Before: Ana gets all right, Ben all wrong, Cheikh answers two (one right), Dalia nothing.
    for (const id of drawn.before) await answer(ana, 'before', id, right(id));
    for (const id of drawn.before) await answer(ben, 'before', id, wrong(id));
    await answer(cheikh, 'before', drawn.before[0], wrong(drawn.before[0]));
    await answer(cheikh, 'before', drawn.before[1], right(drawn.before[1]));
    // A changed mind replaces the earlier answer.
    await answer(cheikh, 'before', drawn.before[0], right(drawn.before[0]));
    // Bad answers are refused and change nothing.
    expect((await ana.refused('check.answer', { stage: 'after', question: drawn.after[0], choice: 'a' })).code).toBe('checkClosed');
    expect((await ana.refused('check.answer', { stage: 'before', question: drawn.after[0], choice: 'a' })).code).toBe('unknownQuestion');
    expect((await ana.refused('check.answer', { stage: 'before', question: drawn.before[0], choice: 'q' })).code).toBe('unknownQuestion');
    expect((await teacher.refused('check.answer', { stage: 'before', question: drawn.before[0], choice: 'a' })).code).toBe('notAllowed');
    expect(ana.check!.answers).toEqual(Object.fromEntries(drawn.before.map((id) => [id, right(id)])));

    // The teacher sees it live.
    const live = await teacher.until('the results before', () => (teacher.console?.checks?.tally.took.before === 3 ? teacher.console.checks : undefined));
    const score = (c: TestClient) => live.students.find((s) => s.playerId === c.playerId)!;
    expect(score(ana).before).toEqual({ answered: drawn.before.length, correct: drawn.before.length, of: drawn.before.length });
    expect(score(ben).before).toMatchObject({ answered: drawn.before.length, correct: 0 });
    expect(score(cheikh).before).toMatchObject({ answered: 2, correct: 2 });
    expect(score(dalia).before).toMatchObject({ answered: 0, correct: 0 });

    await startAndPlan(teacher, [teacher, ...students]);
    await teacher.must('control', { command: 'endMatch' });
    for (const s of students) await s.until('the check after', () => s.check?.stage === 'after' && s.check.open);
    expect((await dalia.refused('check.answer', { stage: 'before', question: drawn.before[0], choice: 'a' })).code).toBe('checkClosed');
    // After: everyone answers everything right but Ben, who gets half right.
    for (const s of students) {
      for (const [i, id] of drawn.after.entries()) await answer(s, 'after', id, s === ben && i % 2 ? wrong(id) : right(id));
    }
    const after = await teacher.until('the results after', () => (teacher.console?.checks?.tally.took.after === 4 ? teacher.console.checks : undefined));
    expect(after.students.find((s) => s.playerId === ben.playerId)!.after.correct).toBe(Math.ceil(drawn.after.length / 2));

    // What each student received: their own check only, never the console, never another's choices.
    for (const s of students) {
      const own = s.rawMessages.filter((m) => m.type === 'check').map((m) => m.payload as MyCheck);
      expect(own.length).toBeGreaterThan(0);
      for (const c of own) for (const [q, choice] of Object.entries(c.answers)) expect(gave.get(s)!.has(`${c.stage}/${q}/${choice}`), `${s.label} got ${q}/${choice}`).toBe(true);
      expect(s.rawMessages.some((m) => m.type === 'console')).toBe(false);
      const text = JSON.stringify(s.rawMessages);
      expect(text).not.toContain('"checks"');
      expect(text).not.toContain('"correct"');
      expect(s.invalid).toEqual([]);
    }
    // Dalia answered nothing before: no check message she got holds an answer before.
    expect(dalia.rawMessages.filter((m) => m.type === 'check' && (m.payload as MyCheck).stage === 'before').every((m) => Object.keys((m.payload as MyCheck).answers).length === 0)).toBe(true);

    // The record: the tally for anyone, each student's answers for the teacher only.
    const matchId = teacher.welcome!.matchId;
    await server.records.flush();
    const pub = RecordResponseSchema.parse((await getJson(`${server.http}/api/records/${matchId}`)).body);
    expect(pub.full).toBe(false);
    expect(pub.record.checkAnswers).toBeUndefined();
    const full = RecordResponseSchema.parse((await getJson(`${server.http}/api/records/${matchId}`, teacher.welcome!.teacherToken)).body);
    expect(full.record.checkAnswers).toHaveLength(drawn.before.length * 2 + 2 + drawn.after.length * 4);
    expect(pub.record.checks).toEqual(tallyChecks(drawn, full.record.checkAnswers!));
    expect(pub.record.checks).toEqual(after.tally);
    expect(pub.record.checks!.took).toEqual({ before: 3, after: 4 });
    for (const c of pub.record.checks!.concepts) expect(c.gain).toBeDefined();
  });

  it('participation counted for the teacher; grades kept and exported; one student forgotten; team memos: written together after the end, read by the team and the teacher, shown to the class when the teacher chooses', async () => {
    const { teacher, students } = await openClass({ nickname: 'Ms Sow', seed: 5, knowledgeCheck: false });
    const [ana, ben, cheikh, dalia] = students;
    expect(ana.role).toBe(dalia.role);
    expect(ben.role).not.toBe(ana.role);
    // No memo before the end.
    expect((await ana.refused('memo.write', { text: 'too early' })).code).toBe('wrongPhase');
    await startAndPlan(teacher, [teacher, ...students]);
    // Participation, counted for the teacher: Ana drafts an order, speaks twice and marks ready; Ben proposes a deal.
    const target = ana.role === 'algeria' ? 'mali' : 'algeria';
    await ana.must('draft.add', { order: { action: 'statement', target, option: 'firm' } });
    await ana.must('chat.send', { to: 'team', text: 'Firm but calm.' });
    await ana.must('chat.send', { to: 'public', text: 'We call for calm.' });
    await ana.must('ready', { ready: true });
    await ben.must('proposal.make', { to: cheikh.role, give: [], get: [{ action: 'statement', target: ben.role === 'algeria' ? 'mali' : 'algeria', option: 'conciliatory' }] });
    await cheikh.must('proposal.decline', { id: 1 });
    const counted = await teacher.until('the participation', () => teacher.console?.participation?.find((p) => p.playerId === cheikh.playerId && p.proposalsAnswered === 1) && teacher.console.participation);
    expect(counted.find((p) => p.playerId === ana.playerId)).toMatchObject({ nickname: 'Ana', role: ana.role, ordersAdded: 1, draftEdits: 1, messages: { public: 1, team: 1, private: 0 }, readyMarks: 1, weeksConnected: 1 });
    expect(counted.find((p) => p.playerId === ben.playerId)).toMatchObject({ proposalsMade: 1, ordersAdded: 0, weeksConnected: 1 });
    await teacher.must('control', { command: 'endMatch' });
    for (const s of students) await s.until('the memo', () => s.memos);
    // Nobody but the teacher ever received anyone's participation.
    for (const s of students) {
      expect(s.rawMessages.some((m) => m.type === 'console')).toBe(false);
      expect(JSON.stringify(s.rawMessages)).not.toContain('readyMarks');
    }
    expect(ana.memos!.memos.map((m) => m.role)).toEqual([ana.role]);
    expect(ana.memos!.prompts.length).toBeGreaterThan(0);
    await teacher.until("every team's memo", () => (teacher.memos?.memos.length === 3 ? teacher.memos : undefined));

    const secret = 'We wanted the border calm. — Ana';
    await ana.must('memo.write', { text: secret });
    await dalia.until("Ana's line", () => dalia.memos?.memos[0]?.text === secret);
    const both = `${secret}\nIt cost us the airspace. — Dalia`;
    await dalia.must('memo.write', { text: both });
    const memo = await ana.until("Dalia's line", () => ana.memos?.memos.find((m) => m.text === both));
    expect(memo.authors.map((a) => a.nickname)).toEqual(['Ana', 'Dalia']);
    await teacher.until('the memo in the console', () => teacher.memos?.memos.find((m) => m.role === ana.role && m.text === both));
    expect(await ben.refused('memo.write', { text: 'x'.repeat(3001) })).toMatchObject({ code: 'badMessage' });
    expect(await teacher.refused('memo.write', { text: 'teacher' })).toMatchObject({ code: 'notAllowed' });
    // Not revealed: another team never received it, nor the public record.
    expect(JSON.stringify(ben.rawMessages)).not.toContain('the border calm');
    const matchId = teacher.welcome!.matchId;
    await server.records.flush();
    const hidden = RecordResponseSchema.parse((await getJson(`${server.http}/api/records/${matchId}`)).body);
    expect(hidden.record.memos).toBeUndefined();
    const full = RecordResponseSchema.parse((await getJson(`${server.http}/api/records/${matchId}`, teacher.welcome!.teacherToken)).body);
    expect(full.record.memos!.find((m) => m.role === ana.role)!.text).toBe(both);
    expect(full.record.participation!.find((p) => p.playerId === ana.playerId)).toMatchObject({ ordersAdded: 1, readyMarks: 1 });
    expect(hidden.record.participation).toBeUndefined();

    await teacher.must('control', { command: 'revealMemos' });
    const shown = await ben.until('the memos shown', () => (ben.memos?.revealed ? ben.memos : undefined));
    expect(shown.memos.find((m) => m.role === ana.role)!.text).toBe(both);
    expect((await dalia.refused('memo.write', { text: 'too late' })).code).toBe('memosRevealed');
    expect((await teacher.refused('control', { command: 'revealMemos' })).code).toBe('memosRevealed');
    await server.records.flush();
    const pub = RecordResponseSchema.parse((await getJson(`${server.http}/api/records/${matchId}`)).body);
    expect(pub.record.memos!.find((m) => m.role === ana.role)!.text).toBe(both);
    expect(pub.record.memosRevealedAt).toBeGreaterThan(0);

    // Grades: the teacher keeps a rubric and marks with the record and exports one row per student.
    const rubric = defaultRubric((k) => k);
    const grades = {
      rubric,
      teams: { [ana.role!]: { levels: { memo: 3 }, comment: 'A clear memo' } },
      students: { [ana.playerId]: { levels: { understanding: 2 }, comment: 'Led the team' }, [ben.playerId]: { levels: {}, comment: 'Quiet' } },
    };
    const put = (body: unknown, token?: string) =>
      fetch(`${server.http}/api/records/${matchId}/grades`, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    expect((await put(grades)).status).toBe(401);
    expect((await put(grades, ana.welcome!.seatToken)).status).toBe(403);
    expect((await put({ ...grades, students: { x: { levels: { understanding: 9 }, comment: '' } } }, teacher.welcome!.teacherToken)).status).toBe(400);
    expect((await put(grades, teacher.welcome!.teacherToken)).status).toBe(204);
    const graded = RecordResponseSchema.parse((await getJson(`${server.http}/api/records/${matchId}`, teacher.welcome!.teacherToken)).body).record;
    expect(graded.grades).toEqual(grades);
    expect(RecordResponseSchema.parse((await getJson(`${server.http}/api/records/${matchId}`)).body).record.grades).toBeUndefined();
    const rows = parseCsv(gradesCsv({ seed: graded.header.seed, knowledgeCheck: false, students: graded.participation!, checkAnswers: graded.checkAnswers, grades: graded.grades }, { team: (r) => r, column: (k) => k }));
    expect(rows.map((r) => r.nickname).sort()).toEqual(['Ana', 'Ben', 'Cheikh', 'Dalia']);
    expect(rows.find((r) => r.nickname === 'Ana')).toMatchObject({ team: ana.role, ordersAdded: '1', readyMarks: '1', messagesPublic: '1', 'criterion.understanding': 'level.secure', comment: 'Led the team', 'memo: criterion.memo': 'level.excellent', memoComment: 'A clear memo' });
    expect(rows.find((r) => r.nickname === 'Dalia')).toMatchObject({ team: ana.role, comment: '', memoComment: 'A clear memo' });
    expect(rows.find((r) => r.nickname === 'Ben')).toMatchObject({ proposalsMade: '1', comment: 'Quiet' });

    // Privacy: the teacher deletes Ben's data; the rest of the record stays.
    const forget = (playerId: string, token?: string) => fetch(`${server.http}/api/records/${matchId}/students/${playerId}`, { method: 'DELETE', headers: token ? { Authorization: `Bearer ${token}` } : {} });
    expect((await forget(ben.playerId)).status).toBe(401);
    expect((await forget(ben.playerId, ana.welcome!.seatToken)).status).toBe(403);
    expect((await forget('nobody', teacher.welcome!.teacherToken)).status).toBe(404);
    expect((await forget(ben.playerId, teacher.welcome!.teacherToken)).status).toBe(204);
    const after = RecordResponseSchema.parse((await getJson(`${server.http}/api/records/${matchId}`, teacher.welcome!.teacherToken)).body).record;
    expect(JSON.stringify(after)).not.toContain('"Ben"');
    expect(after.participation!.map((p) => p.nickname).sort()).toEqual(['Ana', 'Cheikh', 'Dalia']);
    expect(after.grades!.students[ben.playerId]).toBeUndefined();
    expect(after.proposals[0].proposedBy).toEqual({ playerId: ben.playerId, nickname: '' });
    expect(after.grades!.students[ana.playerId]).toEqual(grades.students[ana.playerId]);
  });
});
