// Classroom-scale rows of `npm run bench`: a real server (startServer on a free loopback
// port, records in SQLite in a temp folder, as in production) and real colyseus.js
// clients, 40 students, a teacher and a projector per session.
//
// The server runs on the main thread; the clients run in a worker thread of this same
// process (this file again, started with `new Worker`). Each thread has its own V8 heap
// and event loop: the heap figures are the server's alone, and the clients' decoding
// does not queue behind the server's work (on a 2-core machine the two run side by side,
// as they would with the students on their own devices).
import { mkdtempSync, rmSync } from 'node:fs';
import { LOOSE_GUARDS } from '../server/config.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { matchMaker } from '@colyseus/core';
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import type { CreateOptions, JoinOptions, Resolution, Welcome } from '../shared/protocol/index.ts';
import { LIMITS } from '../shared/protocol/index.ts';
import { heapAfterGc } from '../server/heap.ts';
import { createLogger } from '../server/log.ts';
import { startServer } from '../server/startServer.ts';

export interface BenchRow {
  what: string;
  value: string;
  target: string;
  ok: boolean;
}

const STUDENTS = LIMITS.classroomStudents;
/** No briefing or playback pause: a week moves on as soon as every team is ready. */
const CLASS: CreateOptions = { classroom: true, nickname: 'Teacher', bots: false, turns: 16, briefingSeconds: 0, resolutionSeconds: 0, planningSeconds: 3600 };
const TIMEOUT_MS = 30_000;
/** Colyseus' default patch interval: the room clock, and so the "everyone is ready" check, ticks with it. */
const PATCH_MS = 50;

// ---- Requests from the server thread to the clients' thread ---------------------------

interface Requests {
  /** A new session: the teacher creates it, then 40 students and a projector join at once. */
  open: { args: { url: string; seed: number }; result: { code: string; joinMs: number; teams: number[] } };
  /**
   * The teacher starts (if still in the lobby); `weeks` weeks are played, each timed from
   * the last team's `ready`. In the first week every student posts once in the team channel.
   */
  play: { args: { code: string; weeks: number }; result: { weeks: WeekTiming[] } };
  /** Every client still connected leaves (consented), those of a session that failed half-way too. */
  close: { args: Record<string, never>; result: { left: number } };
}
type Command = keyof Requests;

interface WeekTiming {
  turn: number;
  /** ms from sending the last team's `ready` to the last of the session's clients receiving the week's `resolution`. */
  allMs: number;
  ended: boolean;
}

// ---- Clients' thread ------------------------------------------------------------------

interface SyncedState {
  phase: string;
  turn: number;
  projectorCount: number;
  players: { length: number };
  seats: Iterable<{ role: string; ready: boolean; players: number }>;
}

const waiters = new Set<() => void>();
const changed = () => {
  for (const w of [...waiters]) w();
};

/** Resolves when `check` is truthy, re-checked whenever any client receives anything. */
function until<T>(what: string, check: () => T | undefined | null | false, timeoutMs = TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const test = () => {
      let v: T | undefined | null | false;
      try {
        v = check();
      } catch {
        return; // e.g. the synced state has not arrived yet
      }
      if (v) {
        done();
        resolve(v);
      }
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      waiters.delete(test);
    };
    waiters.add(test);
    test();
  });
}

let rids = 0;
/** Every client connected and not yet left: a dropped socket would hold its seat (and a 120 s timer) on the server. */
const connected = new Set<Conn>();

/** A lean client: it keeps only what the bench looks at (no copies of the state or the frames). */
class Conn {
  welcome?: Welcome;
  /** Week → when this client received its `resolution` (performance.now()). */
  readonly resolved = new Map<number, { at: number; ended: boolean }>();
  private replies = new Map<string, string>();

  constructor(
    readonly label: string,
    readonly room: Room,
  ) {
    connected.add(this);
    room.onMessage('*', (type, payload) => {
      const p = payload as { rid?: string; code?: string };
      if (type === 'resolution') {
        const r = payload as Resolution;
        if (!this.resolved.has(r.turn)) this.resolved.set(r.turn, { at: performance.now(), ended: r.ended });
      } else if (type === 'welcome') this.welcome = payload as Welcome;
      else if (type === 'ok' && p.rid) this.replies.set(p.rid, 'ok');
      else if (type === 'error' && p.rid) this.replies.set(p.rid, p.code ?? 'error');
      changed();
    });
    room.onStateChange(changed);
    room.onLeave(changed);
  }

  static async create(url: string, options: CreateOptions): Promise<Conn> {
    return new Conn('teacher', await new Client(url).create('match', options));
  }

  static async join(url: string, label: string, code: string, options: JoinOptions): Promise<Conn> {
    return new Conn(label, await new Client(url).joinById(code, options));
  }

  get state(): SyncedState {
    return this.room.state as SyncedState;
  }

  get role(): string | undefined {
    return this.welcome?.seat.kind === 'role' ? this.welcome.seat.role : undefined;
  }

  send(type: string, payload: Record<string, unknown>): string {
    const rid = `b${++rids}`;
    this.room.send(type, { ...payload, rid });
    return rid;
  }

  async reply(type: string, rid: string): Promise<void> {
    const r = await until(`${this.label}: reply to ${type}`, () => this.replies.get(rid));
    if (r !== 'ok') throw new Error(`${this.label}: ${type} refused: ${r}`);
  }

  async must(type: string, payload: Record<string, unknown>): Promise<void> {
    await this.reply(type, this.send(type, payload));
  }
}

interface Session {
  teacher: Conn;
  students: Conn[];
  all: Conn[];
}

const sessions = new Map<string, Session>();

const handlers: { [C in Command]: (args: Requests[C]['args']) => Promise<Requests[C]['result']> } = {
  async open({ url, seed }) {
    const t0 = performance.now();
    const teacher = await Conn.create(url, { ...CLASS, seed });
    const code = teacher.room.roomId;
    const joining = Array.from({ length: STUDENTS }, (_, i) => Conn.join(url, `student ${i + 1}`, code, { nickname: `Student ${i + 1}` }));
    joining.push(Conn.join(url, 'projector', code, { projector: true }));
    const settled = await Promise.allSettled(joining);
    const refused = settled.find((r) => r.status === 'rejected');
    if (refused) throw refused.reason;
    const others = settled.map((r) => (r as PromiseFulfilledResult<Conn>).value);
    const all = [teacher, ...others];
    // Seated: every client has its seat (`welcome`) and its synced state shows the whole class.
    await until('the whole class seated, as every client sees it', () =>
      all.every((c) => c.welcome && c.state.players.length === STUDENTS && c.state.projectorCount === 1),
    );
    const joinMs = performance.now() - t0;
    sessions.set(code, { teacher, students: others.slice(0, STUDENTS), all });
    return { code, joinMs, teams: [...teacher.state.seats].map((s) => s.players) };
  },

  async play({ code, weeks }) {
    const s = sessions.get(code)!;
    const { teacher, all } = s;
    if (teacher.state.phase === 'lobby') await teacher.must('control', { command: 'start' });
    const roles = [...teacher.state.seats].map((x) => x.role);
    const readiers = roles.map((role) => s.students.find((c) => c.role === role)!);
    const out: WeekTiming[] = [];
    const firstTurn = await until('the first planning', () => teacher.state.phase === 'planning' && teacher.state.turn);
    for (let turn = firstTurn; turn < firstTurn + weeks; turn++) {
      // Quiet start: everyone is in this week's planning and nothing else is under way.
      await until(`planning of week ${turn} on every client`, () => all.every((c) => c.state.phase === 'planning' && c.state.turn === turn));
      if (turn === firstTurn) await Promise.all(s.students.map((c, i) => c.must('chat.send', { to: 'team', text: `Student ${i + 1}: my idea for week ${turn}` })));
      for (const c of readiers.slice(0, -1)) await c.must('ready', { ready: true });
      await until('the other teams ready on every client', () => all.every((c) => [...c.state.seats].filter((x) => x.ready).length === roles.length - 1));
      // That patch arrived just after a tick of the server's patch interval: send the last
      // `ready` at a different point of the interval each week, as a real class would.
      await new Promise((r) => setTimeout(r, (PATCH_MS * (turn - firstTurn + 0.5)) / weeks));
      const last = readiers[readiers.length - 1];
      const t0 = performance.now();
      const rid = last.send('ready', { ready: true });
      await until(`week ${turn}'s resolution on every client`, () => all.every((c) => c.resolved.has(turn)));
      await last.reply('ready', rid);
      const at = all.map((c) => c.resolved.get(turn)!.at - t0);
      const ended = teacher.resolved.get(turn)!.ended;
      out.push({ turn, allMs: Math.max(...at), ended });
      if (ended) break;
    }
    return { weeks: out };
  },

  async close() {
    const all = [...connected];
    connected.clear();
    sessions.clear();
    await Promise.allSettled(all.map((c) => c.room.leave(true)));
    return { left: all.length };
  },
};

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (req: { id: number; cmd: Command; args: never }) => {
    handlers[req.cmd](req.args).then(
      (result) => port.postMessage({ id: req.id, result }),
      (err: unknown) => port.postMessage({ id: req.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
    );
  });
}

// ---- Server thread --------------------------------------------------------------------

/** The clients' thread: this file, loaded through tsx as the bench itself is. */
class ClientThread {
  private worker: Worker;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private ids = 0;

  constructor() {
    const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const self = JSON.stringify(import.meta.url);
    this.worker = new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${self}); })`, { eval: true });
    this.worker.on('message', (m: { id: number; result?: unknown; error?: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(`clients' thread: ${m.error}`));
      else p?.resolve(m.result);
    });
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`clients' thread exited (${code})`)));
  }

  call<C extends Command>(cmd: C, args: Requests[C]['args']): Promise<Requests[C]['result']> {
    const id = ++this.ids;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, cmd, args });
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}

/** Until the server has disposed of every room the clients left. */
async function roomsGone(): Promise<void> {
  const until = Date.now() + TIMEOUT_MS;
  while (matchMaker.stats.local.roomCount > 0) {
    if (Date.now() > until) throw new Error(`${matchMaker.stats.local.roomCount} room(s) still open after every client left`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const MB = 1024 * 1024;

/**
 * Adds the classroom rows to `rows` as they are measured. Throws if a session cannot be
 * run (the server and the clients' thread are closed first).
 */
export async function classroomRows(quick: boolean, rows: BenchRow[]): Promise<void> {
  const weeks = quick ? 3 : 8;
  const sessionsAtOnce = quick ? 2 : 4;
  const dir = mkdtempSync(join(tmpdir(), 'sahel-bench-classroom-'));
  const log = createLogger({ level: 'silent', pretty: false, write: () => {} });
  const server = await startServer({ port: 0, host: '127.0.0.1', log, dataDir: dir, handleSignals: false, guards: LOOSE_GUARDS });
  const url = `ws://127.0.0.1:${server.port}`;
  const clients = new ClientThread();
  try {
    // One session: the class joins, then plays week after week.
    const first = await clients.call('open', { url, seed: 7 });
    if (first.teams.join() !== '14,13,13') throw new Error(`unexpected teams: ${first.teams.join(', ')}`);
    rows.push({
      what: `classroom: ${STUDENTS} students + teacher + projector join`,
      value: `${(first.joinMs / 1000).toFixed(2)} s (${STUDENTS + 1} joins at once)`,
      target: '< 5 s',
      ok: first.joinMs < 5_000,
    });
    const played = (await clients.call('play', { code: first.code, weeks })).weeks;
    const all = played.map((w) => w.allMs);
    const worst = Math.max(...all);
    rows.push({
      what: `classroom: a week reaches ${STUDENTS + 2} clients`,
      value: `median ${median(all).toFixed(0)} ms, worst ${worst.toFixed(0)} ms (${played.length} weeks)`,
      target: 'worst < 500 ms',
      ok: worst < 500 && played.length === weeks,
    });
    await clients.call('close', {});
    await roomsGone();

    // Several sessions at once, each mid-match: started, and a week (with chat) resolved.
    const before = await heapAfterGc();
    const codes: string[] = [];
    for (let i = 0; i < sessionsAtOnce; i++) codes.push((await clients.call('open', { url, seed: 100 + i })).code);
    for (const code of codes) await clients.call('play', { code, weeks: 1 });
    const perSession = ((await heapAfterGc()) - before) / sessionsAtOnce / MB;
    rows.push({
      what: 'classroom: server memory per session',
      value: `${perSession.toFixed(2)} MB (${sessionsAtOnce} sessions × ${STUDENTS + 2} clients)`,
      target: '< 5 MB',
      ok: perSession < 5,
    });
  } finally {
    await clients.call('close', {}).catch(() => undefined);
    await clients.stop();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
