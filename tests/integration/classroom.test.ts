// A classroom session from the room code to the debrief, over real WebSockets: a teacher,
// six students (placed two per team), a projector and a spectator. The teacher balances
// the teams, renames a student, locks the room, starts, pauses, resumes, extends the
// timer, injects an event card and ends the match; a student and the teacher refresh
// their pages. Then the CSV and JSON exports are checked against what happened, the
// projector and the spectator are shown to have received nothing private, and a replay
// built from the record tells the same news week by week as the clients received live.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Order, Outcome, Role } from '../../shared/index.ts';
import { parseCsv } from '../../shared/debrief/index.ts';
import { controlsFor, JOIN_ERROR_CODE, RecordExportSchema, RecordResponseSchema, replaySteps } from '../../shared/protocol/index.ts';
import type { DraftEntry, Listing, MatchSummary } from '../../shared/protocol/index.ts';
import type { TestClient } from './harness.ts';
import { receivedText, startAndPlan, suiteServer, TestClient as Client } from './harness.ts';
import { botOrders, planningOf } from './play.ts';
import { foreignSecrets } from './secrets.ts';

const clients: TestClient[] = [];
const server = suiteServer(clients);

const PARTIES = ['algeria', 'mali', 'aes'] as const;
const CARD = 'auMediationCall';
const mark = (what: string) => `${what}-${randomUUID().slice(0, 8)}`;
const orderText = (o: Order) => [o.action, o.target, o.option].filter(Boolean).join(' ');
const sameOrders = (entries: DraftEntry[] | undefined, orders: Order[]) => JSON.stringify(entries?.map((e) => e.order)) === JSON.stringify(orders);

async function joinRefusal(p: Promise<unknown>): Promise<{ code: number; message: string }> {
  return p.then(
    () => {
      throw new Error('the join should have been refused');
    },
    (e: { code: number; message: string }) => e,
  );
}

async function getJson(url: string, token?: string): Promise<{ status: number; headers: Headers; body: unknown }> {
  const res = await fetch(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  return { status: res.status, headers: res.headers, body: await res.json() };
}

describe('a classroom session', () => {
  it('a teacher, six students, a projector and a spectator: from the room code to the debrief', async () => {
    const teacher = await Client.create(server.url, 'teacher', {
      classroom: true,
      nickname: 'Ms Diallo',
      title: 'Class 4B',
      turns: 6,
      seed: 11,
      bots: false,
      briefingSeconds: 0,
      resolutionSeconds: 0,
      planningSeconds: 600,
    });
    clients.push(teacher);
    const code = teacher.code;
    const first = teacher.welcome!;
    const teacherToken = first.teacherToken!;
    expect(first).toMatchObject({ seat: { kind: 'teacher' }, host: true, classroom: true, nickname: 'Ms Diallo', teacherToken: first.seatToken });
    expect(first.controls).toEqual(controlsFor(true));
    expect(first.controls).toEqual(expect.arrayContaining(['start', 'lock', 'move', 'autoBalance', 'rename', 'injectEvent', 'endMatch']));
    expect(first.controls).not.toContain('makeHost');
    await teacher.until('the console', () => teacher.console);
    expect(teacher.console).toMatchObject({ watchers: [], checks: { students: [], tally: { took: { before: 0, after: 0 } } } });
    expect(teacher.state.options.classroom).toBe(true);
    expect(teacher.state.hostName).toBe('Ms Diallo');

    // Not in the open lobby, but found by its code; the join link as a QR code for the projector.
    const open = (await getJson(`${server.http}/api/matches`)).body as { matches: Listing[] };
    expect(open.matches.map((m) => m.code)).not.toContain(code);
    const byCode = (await getJson(`${server.http}/api/matches/${code}`)).body as { match: Listing; private: boolean };
    expect(byCode).toMatchObject({ private: true, match: { classroom: true, locked: false, title: 'Class 4B' } });
    const qr = await fetch(`${server.http}/api/matches/${code}/qr.svg?origin=https://game.school.example`);
    expect(qr.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await qr.text()).toMatch(/^<svg[^>]*>/);
    // The teacher token finds the session's record id (as `welcome.matchId` also gives it).
    const created = (await getJson(`${server.http}/api/records/created`, teacherToken)).body as { records: MatchSummary[] };
    expect(created.records.map((r) => r.matchId)).toEqual([first.matchId]);

    // Six students with nicknames: each goes to the emptiest team.
    const students: TestClient[] = [];
    for (const nickname of ['Amina', 'Moussa', 'Issa', 'Fatou', 'Yacine', 'Awa']) {
      const s = await Client.join(server.url, nickname, code, { nickname });
      students.push(s);
      clients.push(s);
    }
    const [amina, moussa, issa, , yacine, awa] = students;
    expect(students.map((s) => s.role)).toEqual(['algeria', 'mali', 'aes', 'algeria', 'mali', 'aes']);
    for (const s of students) {
      expect(s.welcome).toMatchObject({ classroom: true, host: false, controls: [] });
      expect(s.welcome!.teacherToken).toBeUndefined();
    }

    // The teacher moves a student by hand, then auto-balance evens the teams out (latest joined moves first).
    await teacher.must('control', { command: 'move', params: { playerId: amina.playerId, role: 'mali' } });
    await amina.until('moved to mali', () => amina.role === 'mali');
    expect(amina.notices).toContainEqual({ key: 'notice.moved', params: { role: 'mali', by: 'Ms Diallo' } });
    await teacher.until('three in mali', () => teacher.seat('mali')?.players === 3);
    await teacher.must('control', { command: 'autoBalance' });
    await yacine.until('moved to algeria', () => yacine.role === 'algeria');
    await teacher.until('two per team', () => teacher.state.seats.every((s) => s.players === 2));
    const team = (role: Role) => students.filter((s) => s.role === role);
    expect(PARTIES.map((r) => team(r).map((s) => s.label))).toEqual([
      ['Fatou', 'Yacine'],
      ['Amina', 'Moussa'],
      ['Issa', 'Awa'],
    ]);
    await teacher.must('control', { command: 'rename', params: { playerId: issa.playerId, nickname: 'Issa B.' } });
    await issa.until('the new nickname', () => issa.welcome?.nickname === 'Issa B.');
    await awa.until('the roster renamed', () => awa.state.players.some((p) => p.nickname === 'Issa B.'));

    // The projector and a spectator: counted apart; the console lists them.
    const projector = await Client.join(server.url, 'projector', code, { projector: true });
    const watcher = await Client.join(server.url, 'spectator', code, { spectate: true, nickname: 'Visitor' });
    clients.push(projector, watcher);
    expect(projector.welcome).toMatchObject({ seat: { kind: 'spectator' }, projector: true, host: false, controls: [] });
    await amina.until('one spectator and one projector', () => amina.state.spectatorCount === 1 && amina.state.projectorCount === 1);
    await teacher.until('the watchers in the console', () => teacher.console?.watchers.length === 2);
    expect(teacher.console!.watchers.map((x) => x.projector)).toEqual([true, false]);

    // Locked: nobody new; a refreshed student and the teacher's console link still get in.
    await teacher.must('control', { command: 'lock' });
    await awa.until('the room locked', () => awa.state.locked);
    const late = await joinRefusal(Client.join(server.url, 'late', code, { nickname: 'Late' }));
    expect(late.code).toBe(JOIN_ERROR_CODE);
    expect(late.message).toMatch(/^roomLocked: /);
    const awaId = awa.playerId;
    awa.drop();
    await teacher.until('Awa away', () => teacher.state.players.find((p) => p.id === awaId)?.connected === false);
    await awa.rejoinWithToken();
    await teacher.until('Awa back', () => teacher.state.players.find((p) => p.id === awaId)?.connected === true);
    expect(awa.welcome).toMatchObject({ playerId: awaId, seat: { kind: 'role', role: 'aes' } });
    teacher.drop();
    teacher.welcome = undefined;
    teacher.console = undefined;
    await teacher.rejoinWith({ teacherToken });
    await teacher.until('the console again', () => teacher.welcome && teacher.console);
    expect(teacher.welcome).toMatchObject({ playerId: first.playerId, seat: { kind: 'teacher' }, host: true, teacherToken, matchId: first.matchId });

    // Start: each student sees their own team's objective; the teacher every one; the screens none.
    const all = [teacher, ...students, projector, watcher];
    await startAndPlan(teacher, all);
    await Promise.all(all.map((c) => planningOf(c, 1)));
    const started = new Map(all.map((c) => [c, c.rawMessages.length]));
    for (const s of students) {
      await s.until('own objective', () => s.view?.objectives[s.role!]);
      expect(Object.keys(s.view!.objectives)).toEqual([s.role]);
    }
    expect(Object.keys(teacher.view!.objectives)).toEqual(expect.arrayContaining([...PARTIES]));
    expect(projector.view!.objectives).toEqual({});

    // Pacing: pause, resume, more time.
    await teacher.must('control', { command: 'pause' });
    await projector.until('paused', () => projector.state.paused && projector.state.deadline === 0);
    await teacher.must('control', { command: 'resume' });
    await projector.until('running again', () => !projector.state.paused && projector.state.deadline > 0);
    const deadline = projector.state.deadline;
    await teacher.must('control', { command: 'extend', params: { seconds: 120 } });
    await projector.until('the later deadline', () => projector.state.deadline >= deadline + 119_000);
    expect(amina.notices.map((n) => n.key)).toEqual(expect.arrayContaining(['notice.paused', 'notice.resumed', 'notice.extended']));

    // An injected event card: queued in secret, shown only in the teacher's console.
    await teacher.must('control', { command: 'injectEvent', params: { card: CARD } });
    await teacher.until('the queued card', () => teacher.console?.pendingEvent === CARD);

    // Private words in every kind of channel; a public statement.
    const secret: Record<string, string> = {};
    for (const role of PARTIES) {
      secret[`team-${role}`] = mark(`team-${role}`);
      await team(role)[0].must('chat.send', { to: 'team', text: secret[`team-${role}`] });
    }
    secret['pair-algeria-mali'] = mark('pair');
    await team('algeria')[1].must('chat.send', { to: 'mali', text: secret['pair-algeria-mali'] });
    const statement = mark('public');
    await team('aes')[1].must('chat.send', { to: 'public', text: statement });
    await watcher.until('the public statement', () => watcher.chat.some((m) => m.text === statement));

    // Weeks 1 and 2: one student of each team drafts, the other marks the team ready. In
    // week 1 a student of Mali refreshes the page mid-planning and finds the team's draft.
    const drafted: Record<number, Partial<Record<Role, Order[]>>> = {};
    const beforeWeek1 = new Map(all.map((c) => [c, c.frames.length]));
    for (const turn of [1, 2]) {
      await Promise.all(all.map((c) => planningOf(c, turn)));
      drafted[turn] = {};
      for (const role of PARTIES) {
        const [drafter, other] = team(role);
        const orders = botOrders(drafter);
        drafted[turn][role] = orders;
        await drafter.must('draft.set', { orders });
        await other.until(`${role}'s draft`, () => other.drafts.get(role)?.turn === turn && sameOrders(other.drafts.get(role)?.entries, orders));
        if (turn === 1 && other === moussa) {
          const id = moussa.playerId;
          moussa.drop();
          await teacher.until('Moussa away', () => teacher.state.players.find((p) => p.id === id)?.connected === false);
          moussa.drafts.clear();
          await moussa.rejoinWithToken();
          await moussa.until("the team's draft after the refresh", () => sameOrders(moussa.drafts.get('mali')?.entries, orders));
          expect(moussa.welcome).toMatchObject({ playerId: id, seat: { kind: 'role', role: 'mali' } });
          await teacher.until('Moussa back', () => teacher.state.players.find((p) => p.id === id)?.connected === true);
        }
        if (turn === 1 && role === 'aes') {
          // Until it plays, the injected card reached nobody but the teacher.
          for (const c of all.filter((x) => x !== teacher)) expect(receivedText(c, c.frames.slice(beforeWeek1.get(c))), c.label).not.toContain(CARD);
        }
        await other.must('ready', { ready: true });
      }
      await Promise.all(all.map((c) => c.until(`week ${turn} resolved`, () => c.resolutions.find((r) => r.turn === turn))));
    }

    // The injected card was week 1's event, and the news says the teacher chose it.
    for (const c of all) {
      const week1 = c.resolutions.find((r) => r.turn === 1)!;
      expect(week1).toMatchObject({ event: CARD, injected: true });
      expect(week1.news).toContainEqual({ text: { key: 'news.eventInjected', params: { event: CARD } }, kind: 'event', actor: 'event' });
      expect(c.resolutions.find((r) => r.turn === 2)!.injected).toBeUndefined();
    }
    await teacher.until('the card played', () => teacher.console && teacher.console.pendingEvent === undefined);

    // Week 3: the teacher ends the match; it is scored as it stands and everything is revealed.
    await Promise.all(all.map((c) => planningOf(c, 3)));
    const beforeEnd = new Map(all.map((c) => [c, { frames: c.frames.length, raw: c.rawMessages.length }]));
    await teacher.must('control', { command: 'endMatch' });
    await Promise.all(all.map((c) => c.until('the record', () => c.record && c.state.phase === 'ended')));
    const record = watcher.record!;
    const outcome = record.outcome as Outcome;
    expect(record).toMatchObject({ matchId: first.matchId, endedEarly: true, privateRevealed: false });
    expect(record.turns.map((t) => t.turn)).toEqual([1, 2]);
    expect(['turnLimit', 'conflict']).toContain(outcome.kind);
    expect(amina.notices).toContainEqual({ key: 'notice.matchEnded', params: { by: 'Ms Diallo' } });
    await watcher.until('the final view', () => watcher.view?.phase === 'ended');
    expect(Object.keys(watcher.view!.objectives)).toEqual(expect.arrayContaining([...PARTIES]));

    // Nothing private reached the projector or the spectator before the end: decoded message by message, then as bytes.
    const tokens = [teacherToken, ...students.map((s) => s.welcome!.seatToken)];
    for (const c of [projector, watcher]) {
      const cut = beforeEnd.get(c)!;
      expect(c.rawMessages.slice(0, cut.raw).flatMap((m) => foreignSecrets(m, null)), `${c.label} received private data`).toEqual([]);
      const text = receivedText(c, c.frames.slice(0, cut.frames));
      for (const [key, value] of Object.entries(secret)) expect(text, `${c.label} must not see ${key}`).not.toContain(value);
      for (const role of PARTIES) expect(text, `${c.label} must not see the objective of ${role}`).not.toContain(record.objectives[role]!);
      for (const token of tokens) expect(text).not.toContain(token);
      expect(text).toContain(statement);
      expect(c.received.some((m) => m.type === 'draft' || m.type === 'proposal' || m.type === 'console')).toBe(false);
      expect(c.rawMessages.map((m) => m.type)).toEqual(c.received.map((m) => m.type));
    }
    // Students received only their own team's secrets during the match (the moved ones included).
    for (const s of students) {
      const cut = beforeEnd.get(s)!;
      expect(s.rawMessages.slice(started.get(s), cut.raw).flatMap((m) => foreignSecrets(m, s.role!)), `${s.label} received another team's secrets`).toEqual([]);
    }
    // The teacher saw every team's draft and channel.
    for (const role of PARTIES) expect(teacher.received.some((m) => m.type === 'draft' && (m.payload as { role: string }).role === role)).toBe(true);
    for (const value of Object.values(secret)) expect(teacher.chat.map((m) => m.text)).toContain(value);
    for (const c of all) expect(c.invalid, c.label).toEqual([]);

    // The CSV export: one row per week and role, with the orders drafted and carried out, the injected event and the final scores.
    const id = first.matchId;
    const csvRes = await fetch(`${server.http}/api/records/${id}/export.csv`);
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csvRes.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="sahel-standoff-${code}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const rows = parseCsv(await csvRes.text());
    expect(rows.map((r) => `${r.week} ${r.role}`)).toEqual(['1 algeria', '1 mali', '1 aes', '2 algeria', '2 mali', '2 aes']);

    // The JSON export: the public part for anyone, the whole record with the teacher token.
    const pub = await getJson(`${server.http}/api/records/${id}/export.json`);
    expect(pub.headers.get('content-disposition')).toMatch(/filename="sahel-standoff-.*\.json"/);
    const publicExport = RecordExportSchema.parse(pub.body);
    expect(publicExport.full).toBe(false);
    expect(publicExport.record.drafts).toBeUndefined();
    expect(publicExport.record.chat.map((m) => m.text)).toEqual([statement]);
    const whole = RecordExportSchema.parse((await getJson(`${server.http}/api/records/${id}/export.json`, teacherToken)).body);
    expect(whole.full).toBe(true);
    for (const value of Object.values(secret)) expect(whole.record.chat.map((m) => m.text)).toContain(value);
    expect(whole.record.drafts!.some((d) => d.by === 'Fatou' && d.turn === 1)).toBe(true);
    expect(whole.record).toMatchObject({ endedEarly: true, end: 'finished', header: { code, options: { classroom: true, title: 'Class 4B' } } });
    expect(whole.record.final!.outcome).toEqual(outcome);
    expect(whole.record.turns[0]).toMatchObject({ turn: 1, event: CARD, injected: true });
    expect(whole.record.seats.map((s) => s.change)).toEqual(expect.arrayContaining(['joined', 'seated', 'renamed']));
    expect(whole.record.seats[0]).toMatchObject({ nickname: 'Ms Diallo', seat: { kind: 'teacher' }, change: 'joined' });
    // (the teacher's `?part=public` asks for what the class may see)
    expect(RecordExportSchema.parse((await getJson(`${server.http}/api/records/${id}/export.json?part=public`, teacherToken)).body).full).toBe(false);

    for (const row of rows) {
      const week = Number(row.week);
      const role = row.role as Role;
      const live = teacher.resolutions.find((r) => r.turn === week)!;
      const after = whole.record.turns[week - 1].state;
      expect(row.event).toBe(week === 1 ? CARD : live.event);
      expect(row.orders).toBe(drafted[week][role]!.map(orderText).join('; '));
      expect(row.carried_out).toBe((live.revealed[role] ?? []).map(orderText).join('; '));
      expect(Number(row.security)).toBe(after.roles[role].security);
      expect(Number(row.tension)).toBe(after.tension);
      expect(row.score).toBe(week === 2 ? String(outcome.scores[role].total) : '');
    }

    // A replay from the record: the same news week by week as every client received live.
    const replayed = RecordResponseSchema.parse((await getJson(`${server.http}/api/records/${id}`)).body);
    const steps = replaySteps(replayed.record);
    expect(steps.map((s) => s.turn)).toEqual([0, 1, 2]);
    expect(steps[0].state.turn).toBe(1);
    expect(steps[1]).toMatchObject({ event: CARD, injected: true });
    expect(steps[2].state.outcome).toEqual(outcome);
    for (const c of all) {
      const live = [...c.resolutions].sort((a, b) => a.turn - b.turn);
      expect(steps.slice(1).map((s) => s.news), c.label).toEqual(live.map((r) => r.news));
    }

    // The teacher token deletes the session's records; a student's token may not.
    const del = (token: string) => fetch(`${server.http}/api/records/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
    expect((await del(amina.welcome!.seatToken)).status).toBe(403);
    expect((await del(teacherToken)).status).toBe(204);
    expect((await fetch(`${server.http}/api/records/${id}`)).status).toBe(404);
  }, 90_000);
});
