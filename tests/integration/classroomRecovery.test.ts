// A classroom session survives a crash: the server is killed with SIGKILL during planning
// and started again on the same SQLite records. The teacher's console link, the lock, the
// queued event card and the projector's seat all come back; the card plays as planned.
import { afterAll, describe, expect, it } from 'vitest';
import { JOIN_ERROR_CODE, RecordResponseSchema } from '../../shared/protocol/index.ts';
import type { TestClient } from './harness.ts';
import { FAST, startAndPlan, TestClient as Client } from './harness.ts';
import { planningOf } from './play.ts';
import { freePort, startGameServer, stopAll, tempDir } from './processes.ts';

const clients: TestClient[] = [];
afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.leave()));
  await stopAll();
});

describe('a classroom session after a crash', () => {
  it('comes back with its teacher, lock, queued event card and projector', async () => {
    const env = { DATA_DIR: tempDir('classroom-crash') };
    const port = await freePort();
    const first = await startGameServer('server-1', port, env);
    const teacher = await Client.create(first.url, 'teacher', { ...FAST, classroom: true, bots: false, planningSeconds: 900, takeoverGraceSeconds: 600, nickname: 'Ms Diallo' });
    const amina = await Client.join(first.url, 'amina', teacher.code, { nickname: 'Amina' });
    const moussa = await Client.join(first.url, 'moussa', teacher.code, { nickname: 'Moussa' });
    const projector = await Client.join(first.url, 'projector', teacher.code, { projector: true });
    const all = [teacher, amina, moussa, projector];
    clients.push(...all);
    const code = teacher.code;
    const tokens = new Map(all.map((c) => [c, c.welcome!.seatToken]));
    const teacherToken = teacher.welcome!.teacherToken!;
    await teacher.must('control', { command: 'lock' });
    await startAndPlan(teacher, all);
    // Acknowledged, hence recorded, before the crash.
    await teacher.must('control', { command: 'injectEvent', params: { card: 'borderClash' } });
    await amina.must('draft.add', { order: { action: 'statement', target: 'mali', option: 'firm' } });

    first.kill('SIGKILL');
    await first.exited;
    await Promise.all(all.map((c) => c.until('the connection lost', () => c.left !== undefined)));
    const second = await startGameServer('server-2', port, env);

    for (const c of all) {
      c.welcome = undefined;
      c.console = undefined;
    }
    await teacher.rejoinWith({ teacherToken });
    await teacher.until("the teacher's console", () => teacher.welcome && teacher.console);
    expect(teacher.welcome).toMatchObject({ seat: { kind: 'teacher' }, host: true, classroom: true, teacherToken, nickname: 'Ms Diallo' });
    expect(teacher.console!.pendingEvent).toBe('borderClash');
    expect(teacher.state).toMatchObject({ phase: 'planning', turn: 1, locked: true });
    const late = await Client.join(second.url, 'late', code, { nickname: 'Late' }).then(
      () => undefined,
      (e: { code: number; message: string }) => e,
    );
    expect(late).toMatchObject({ code: JOIN_ERROR_CODE });
    expect(late!.message).toMatch(/^roomLocked: /);

    await projector.rejoinWithToken(tokens.get(projector));
    await projector.until('the projector seat', () => projector.welcome?.projector === true);
    await amina.rejoinWithToken(tokens.get(amina));
    await moussa.rejoinWithToken(tokens.get(moussa));
    await teacher.until('everyone back', () => teacher.state.projectorCount === 1 && teacher.state.spectatorCount === 0 && teacher.state.players.every((p) => p.connected));
    await amina.until("the team's draft", () => amina.drafts.get('algeria')?.entries.length === 1);

    await amina.must('ready', { ready: true });
    await moussa.must('ready', { ready: true });
    const week = await projector.until('week 1 resolved', () => projector.resolutions.find((r) => r.turn === 1));
    expect(week).toMatchObject({ event: 'borderClash', injected: true });
    await Promise.all(all.map((c) => planningOf(c, 2)));
    await teacher.must('control', { command: 'endMatch' });
    await projector.until('the record', () => projector.record?.endedEarly);
    const res = await fetch(`${second.http}/api/records/${teacher.welcome!.matchId}`, { headers: { Authorization: `Bearer ${teacherToken}` } });
    const { record, full } = RecordResponseSchema.parse(await res.json());
    expect(full).toBe(true);
    expect(record).toMatchObject({ endedEarly: true, end: 'finished', turns: [{ turn: 1, event: 'borderClash', injected: true }] });
    await Promise.all(all.map((c) => c.leave()));
    second.kill('SIGKILL');
    await second.exited;
  }, 180_000);
});
