// A finished class session to read back: a teacher and six students (two per team) over
// colyseus.js, talking in every kind of channel each week, playing the shared bot's
// orders, to the end. What the debrief and replay tests open.
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import type { GameState, Role, StateView } from '../../shared/index.ts';
import { chooseOrders, validateOrder } from '../../shared/index.ts';
import type { Order } from '../../shared/index.ts';
import type { Welcome } from '../../shared/protocol/index.ts';

export interface RecordedClass {
  matchId: string;
  code: string;
  teacherToken: string;
  /** Every text the students wrote, by channel kind. */
  said: { public: string[]; team: string[]; pair: string[] };
}

interface Member {
  room: Room;
  welcome: Welcome;
  view?: StateView;
  replies: Map<string, string | null>;
  changed: Set<() => void>;
}

let rid = 0;

function until<T>(m: Member, what: string, check: () => T | undefined | false | null, ms = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const test = () => {
      const v = check();
      if (v) {
        clearTimeout(timer);
        m.changed.delete(test);
        resolve(v);
      }
    };
    const timer = setTimeout(() => {
      m.changed.delete(test);
      reject(new Error(`timed out waiting for ${what} (state ${JSON.stringify(m.room.state)}, view turn ${String(m.view?.turn)})`));
    }, ms);
    m.changed.add(test);
    test();
  });
}

async function enter(room: Room): Promise<Member> {
  const m = { room, replies: new Map(), changed: new Set() } as unknown as Member;
  const poke = () => [...m.changed].forEach((f) => f());
  room.onMessage('*', (type, payload: Record<string, unknown>) => {
    if (type === 'welcome') m.welcome = payload as unknown as Welcome;
    if (type === 'view') m.view = (payload as { state: StateView }).state;
    if (type === 'ok' && payload.rid) m.replies.set(String(payload.rid), null);
    if (type === 'error' && payload.rid) m.replies.set(String(payload.rid), `${String(payload.code)}: ${String(payload.message)}`);
    poke();
  });
  room.onStateChange(poke);
  await until(m, 'welcome', () => m.welcome);
  return m;
}

async function must(m: Member, type: string, payload: Record<string, unknown> = {}): Promise<void> {
  const id = `r${++rid}`;
  m.room.send(type, { ...payload, rid: id });
  const refused = await until(m, `reply to ${type}`, () => m.replies.has(id) && { why: m.replies.get(id) });
  if (refused.why) throw new Error(`${type} refused: ${refused.why}`);
}

const synced = (m: Member) => m.room.state as { phase: string; turn: number };

/** The shared bot's orders for the seat's own view of the week, as the integration tests play. */
function ordersFor(m: Member, role: Role): Order[] {
  const state = m.view as unknown as GameState;
  const kept: Order[] = [];
  for (const o of chooseOrders(state, role, 'pragmatist')) if (validateOrder(state, role, o, kept).ok) kept.push(o);
  return kept;
}

const NAMES = ['Amina', 'Bakary', 'Chaima', 'Djibril', 'Elias', 'Fatou'];

/** Plays a whole class session of `turns` weeks against the server at `http` (its origin). */
export async function playRecordedClass(http: string, { turns = 4, talkPerWeek = 1 }: { turns?: number; talkPerWeek?: number } = {}): Promise<RecordedClass> {
  const ws = http.replace(/^http/, 'ws');
  const teacher = await enter(
    await new Client(ws).create('match', { classroom: true, title: 'Debrief check', turns, briefingSeconds: 0, resolutionSeconds: 0, planningSeconds: 600, bots: true }),
  );
  const code = teacher.room.roomId;
  // The server places each student in the smallest team: two each for Algeria, Mali and AES.
  const students: Member[] = [];
  for (const nickname of NAMES) students.push(await enter(await new Client(ws).joinById(code, { nickname })));
  const roleOf = (m: Member) => (m.welcome.seat.kind === 'role' ? m.welcome.seat.role : undefined);
  const speaker = (role: Role, which: 0 | 1) => students.filter((m) => roleOf(m) === role)[which];
  const said: RecordedClass['said'] = { public: [], team: [], pair: [] };
  const talk = async (m: Member, to: 'public' | 'team' | Role, text: string) => {
    // A student may write 5 messages in 10 seconds: a longer transcript waits its turn.
    for (let tries = 0; ; tries++) {
      try {
        await must(m, 'chat.send', { to, text });
        break;
      } catch (err) {
        if (!String(err).includes('chatRateLimited') || tries > 10) throw err;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    said[to === 'public' ? 'public' : to === 'team' ? 'team' : 'pair'].push(text);
  };

  await talk(speaker('algeria', 0), 'public', 'Hello from the Algerian delegation, before the start.');
  // Times are in milliseconds: a start in the same one as the message would not be after it.
  await new Promise((r) => setTimeout(r, 50));
  await must(teacher, 'control', { command: 'start' });
  for (let week = 1; week <= turns; week++) {
    for (const m of students) await until(m, `planning of week ${week}`, () => synced(m).phase === 'planning' && synced(m).turn === week && m.view?.turn === week);
    for (let i = 1; i <= talkPerWeek; i++) {
      const n = talkPerWeek > 1 ? ` (${i})` : '';
      // One message a student a week: the server allows 5 in 10 seconds, and weeks resolve at once.
      await talk(speaker('algeria', 0), 'public', `Algeria, week ${week}${n}: we call for calm on the border.`);
      await talk(speaker('algeria', 1), 'team', `Team Algeria, week ${week}${n}: keep the airspace open for now.`);
      await talk(speaker('mali', 0), 'algeria', `To Algeria, week ${week}${n}: only after an apology.`);
      await talk(speaker('mali', 1), 'public', `Mali, week ${week}${n}: our sovereignty is not negotiable.`);
      await talk(speaker('aes', 0), 'team', `Team AES, week ${week}${n}: we stand with Mali.`);
      await talk(speaker('aes', 1), 'algeria', `To Algeria from the AES, week ${week}${n}: reopen the airspace.`);
    }
    for (const role of ['algeria', 'mali', 'aes'] as const) {
      const m = speaker(role, (week % 2) as 0 | 1);
      await must(m, 'draft.set', { orders: ordersFor(m, role) });
      await must(m, 'ready', { ready: true });
    }
  }
  const last = students[0];
  await until(last, 'the end', () => synced(last).phase === 'ended');
  // The record's end time is written as the match ends: a message after it belongs after the end.
  await new Promise((r) => setTimeout(r, 50));
  await talk(speaker('mali', 1), 'public', 'Mali after the end: thank you all.');
  const teacherToken = teacher.welcome.teacherToken!;
  const matchId = teacher.welcome.matchId;
  for (const m of [...students, teacher]) await m.room.leave(true);
  return { matchId, code, teacherToken, said };
}
