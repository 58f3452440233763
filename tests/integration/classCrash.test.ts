// A class session survives crashes without losing what the students gave: a server killed
// with SIGKILL in week 1 comes back with every knowledge-check answer and participation
// count acknowledged before; killed again while the teams write their memos after the end,
// the record keeps every memo change acknowledged before, for the teacher's debrief. Killed
// just after a week resolved (no live snapshot since), it comes back in that resolution.
import { afterAll, describe, expect, it } from 'vitest';
import { CHECK_QUESTIONS } from '../../shared/check/index.ts';
import { RecordResponseSchema } from '../../shared/protocol/index.ts';
import type { TestClient } from './harness.ts';
import { startAndPlan, TestClient as Client } from './harness.ts';
import { freePort, startGameServer, stopAll, tempDir } from './processes.ts';

const clients: TestClient[] = [];
afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.leave()));
  await stopAll();
});

describe('a class session and crashes (SQLite)', () => {
  it('keeps check answers and participation across a crash in week 1, and every memo change across a crash mid-memo', async () => {
    const env = { DATA_DIR: tempDir('class-crash') };
    const port = await freePort();
    const first = await startGameServer('server-1', port, env);
    const teacher = await Client.create(first.url, 'teacher', { classroom: true, nickname: 'Mr Traoré', seed: 31, turns: 4, bots: true, briefingSeconds: 0, resolutionSeconds: 0, planningSeconds: 900, takeoverGraceSeconds: 600 });
    const ana = await Client.join(first.url, 'Ana', teacher.code, { nickname: 'Ana' });
    const ben = await Client.join(first.url, 'Ben', teacher.code, { nickname: 'Ben' });
    clients.push(teacher, ana, ben);
    const matchId = teacher.welcome!.matchId;
    const teacherToken = teacher.welcome!.teacherToken!;
    const questions = (await ana.until('the check', () => ana.check)).questions;
    for (const q of questions) await ana.must('check.answer', { stage: 'before', question: q, choice: CHECK_QUESTIONS[q].correct });
    await ben.must('check.answer', { stage: 'before', question: questions[0], choice: CHECK_QUESTIONS[questions[0]].correct });
    await startAndPlan(teacher, [teacher, ana, ben]);
    await ana.must('chat.send', { to: 'team', text: 'Hold firm.' });
    await ana.must('draft.add', { order: { action: 'statement', target: ana.role === 'algeria' ? 'mali' : 'algeria', option: 'firm' } });

    first.kill('SIGKILL');
    await first.exited;
    const second = await startGameServer('server-2', port, env);
    const tokens = new Map([teacher, ana, ben].map((c) => [c, c.welcome!.seatToken]));
    teacher.console = undefined;
    await teacher.rejoinWith({ teacherToken }, second.url);
    const restored = await teacher.until('the console back', () => teacher.console?.checks);
    expect(restored.tally.took.before).toBe(2);
    expect(restored.students.find((s) => s.playerId === ana.playerId)!.before).toEqual({ answered: questions.length, correct: questions.length, of: questions.length });
    const activity = teacher.console!.participation!.find((p) => p.playerId === ana.playerId)!;
    expect(activity).toMatchObject({ ordersAdded: 1, messages: { team: 1 } });
    await ana.rejoinWithToken(tokens.get(ana), second.url);
    await ben.rejoinWithToken(tokens.get(ben), second.url);
    expect((await ana.until('her own answers', () => ana.check?.answers && Object.keys(ana.check.answers).length === questions.length && ana.check))!.stage).toBe('before');

    await teacher.must('control', { command: 'endMatch' });
    await ana.until('the memo', () => ana.memos);
    await ana.must('memo.write', { text: 'We wanted calm.' });
    await ana.must('memo.write', { text: 'We wanted calm.\nIt cost us trust.' });
    second.kill('SIGKILL');
    await second.exited;

    const third = await startGameServer('server-3', port, env);
    const res = await fetch(`${third.http}/api/records/${matchId}`, { headers: { Authorization: `Bearer ${teacherToken}` } });
    const { record } = RecordResponseSchema.parse(await res.json());
    expect(record.memos!.find((m) => m.role === ana.role)).toMatchObject({ text: 'We wanted calm.\nIt cost us trust.', authors: [{ nickname: 'Ana' }] });
    expect(record.checkAnswers!.filter((a) => a.playerId === ana.playerId)).toHaveLength(questions.length);
    expect(record.participation!.find((p) => p.playerId === ana.playerId)).toMatchObject({ ordersAdded: 1 });
  });

  it('comes back in the resolution of a week resolved after the last live snapshot, with the ready mark and the new week counted', async () => {
    const env = { DATA_DIR: tempDir('class-crash-week') };
    const port = await freePort();
    const first = await startGameServer('server-1', port, env);
    const teacher = await Client.create(first.url, 'teacher', { classroom: true, nickname: 'Ms Diallo', seed: 32, turns: 4, bots: true, briefingSeconds: 0, resolutionSeconds: 600, planningSeconds: 900, takeoverGraceSeconds: 600 });
    const ana = await Client.join(first.url, 'Ana', teacher.code, { nickname: 'Ana' });
    clients.push(teacher, ana);
    const teacherToken = teacher.welcome!.teacherToken!;
    await startAndPlan(teacher, [teacher, ana]);
    // Neither the edit nor the ready that resolves the week writes a live snapshot: the draft log and the turn record keep them.
    await ana.must('draft.add', { order: { action: 'statement', target: ana.role === 'algeria' ? 'mali' : 'algeria', option: 'firm' } });
    await ana.must('ready', { ready: true });
    await ana.until('week 1 resolved', () => ana.resolutions.find((r) => r.turn === 1));

    first.kill('SIGKILL');
    await first.exited;
    const second = await startGameServer('server-2', port, env);
    teacher.console = undefined;
    await teacher.rejoinWith({ teacherToken }, second.url);
    await teacher.until('the console back', () => teacher.console?.participation);
    await teacher.until('the resolution of week 1', () => teacher.state.phase === 'resolution' && teacher.state.turn === 2);
    expect(teacher.console!.participation!.find((p) => p.playerId === ana.playerId)).toMatchObject({ ordersAdded: 1, draftEdits: 1, readyMarks: 1, weeksConnected: 2 });
  });
});
