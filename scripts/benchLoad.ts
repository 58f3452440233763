// Load rows of `npm run bench`: a whole school on one process. The same classroom load
// (sessions of a teacher and 20 students; each student a team chat message every ~6 s,
// one drafter per team adding or removing an order every ~2 s) is played against a bare
// Colyseus 0.16 room (answers `ok`, echoes to the team) and against this server, in the
// same run. Each server runs in a child process (benchLoadServer.ts), so its CPU and
// memory are its own; the clients (colyseus.js) run in worker threads of this process.
// Printed: ack latency p50/p99 (send → `ok`), the all-at-once resolution of every session
// (until every client has its `resolution`), server CPU per message (and split by thread),
// memory per session, each beside the bare room's and their ratio. Runs are repeated and
// medians reported. With `recorded`, a third server: the bare room that also records each
// message before its `ok` and copies the teacher, for the CPU figures alone (no target).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import type { ServerKind, ThreadCpu } from './benchLoadServer.ts';
import { PARTY_ROLES } from '../shared/rules/types.ts';

export interface BenchRow {
  what: string;
  value: string;
  target: string;
  ok: boolean;
}

const STUDENTS = 20;
const CHAT_EVERY_MS = 6_000;
const DRAFT_EVERY_MS = 2_000;
const TIMEOUT_MS = 120_000;
const JOINS_AT_ONCE = 40;

// ---- Clients' threads -------------------------------------------------------------------

interface Conn {
  room: Room;
  role: string;
  playerId?: string;
  /** rid → when sent (performance.now()). */
  pending: Map<string, number>;
  resolvedAt?: number;
}

interface Session {
  kind: ServerKind;
  teacher: Conn;
  students: Conn[];
  drafters: Conn[];
}

const sessions: Session[] = [];
const latencies: number[] = [];
let rids = 0;
let errors = 0;
/** Clients of this thread that have had their `resolution` since `prepare`. */
let resolvedCount = 0;
/** Close codes of the connections that ended while the bench still used them (the server's pings end a client that stops answering). */
const lost: number[] = [];
let closing = false;

/** What a timeout should also say: connections lost (a stalled load generator's clients miss their pings). */
function lostSoFar(): string {
  if (!lost.length) return '';
  const codes = [...new Set(lost)].map((code) => `${code} × ${lost.filter((x) => x === code).length}`).join(', ');
  return `; ${lost.length} connections ended meanwhile (close codes ${codes})`;
}
const waiters = new Set<() => void>();
/**
 * The waiters are tested at most every WAITERS_MS, not on every frame: a test walks every
 * client of the thread, and a thread of 2,100 clients gets tens of thousands of frames when
 * a week opens. Tested per frame, that held its event loop for seconds, past the server's
 * two unanswered pings, and the server ended every connection of the thread (1006).
 * Nothing timed waits on them: each client notes its own `resolution` and `ok` as they come.
 */
const WAITERS_MS = 5;
let testsQueued = false;
const changed = () => {
  if (testsQueued) return;
  testsQueued = true;
  setTimeout(() => {
    testsQueued = false;
    for (const w of [...waiters]) w();
  }, WAITERS_MS);
};

function until(what: string, check: () => boolean, timeoutMs = TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const test = () => {
      let ok = false;
      try {
        ok = check();
      } catch {
        ok = false;
      }
      if (!ok) return;
      clearTimeout(timer);
      waiters.delete(test);
      resolve();
    };
    const timer = setTimeout(() => {
      waiters.delete(test);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lostSoFar()}`));
    }, timeoutMs);
    waiters.add(test);
    test();
  });
}

function wire(room: Room): Conn {
  const c: Conn = { room, role: '', pending: new Map() };
  room.onMessage('*', (type, payload) => {
    const p = payload as { rid?: string; playerId?: string; seat?: { kind: string; role?: string } };
    if (type === 'ok' && p.rid) {
      const at = c.pending.get(p.rid);
      if (at !== undefined) {
        latencies.push(performance.now() - at);
        c.pending.delete(p.rid);
      }
    } else if (type === 'error' && p.rid) {
      errors++;
      if (process.env.BENCH_LOAD_TRACE) console.error(`[load] refused: ${JSON.stringify(payload)}`);
      c.pending.delete(p.rid);
    } else if (type === 'welcome') {
      c.role = p.seat?.role ?? p.seat?.kind ?? '';
      c.playerId = p.playerId;
    }
    else if (type === 'resolution' && c.resolvedAt === undefined) {
      c.resolvedAt = performance.now();
      resolvedCount++;
    }
    changed();
  });
  room.onStateChange(changed);
  room.onLeave((code) => {
    if (!closing) lost.push(code);
    changed();
  });
  return c;
}

function send(c: Conn, type: string, payload: Record<string, unknown>): void {
  const rid = `l${++rids}`;
  c.pending.set(rid, performance.now());
  c.room.send(type, { ...payload, rid });
}

const CLASS = { classroom: true, nickname: 'Teacher', bots: false, turns: 16, briefingSeconds: 0, resolutionSeconds: 0, planningSeconds: 3600 };
const TARGET: Record<string, string> = { algeria: 'mali', mali: 'algeria', aes: 'algeria' };

/**
 * With `bots`, the AES has no students: an expert of that level plays it (the class's twenty
 * are in two teams). The bare room seats the same two teams, so that both echo a team's
 * line to as many members and both get the same two drafters' edits.
 */
async function openSession(url: string, kind: ServerKind, bots?: string): Promise<Session> {
  const client = new Client(url);
  const options = bots ? { ...CLASS, bots: true, botLevel: bots } : CLASS;
  const teacher = wire(kind !== 'sahel' ? await client.create('bare', { team: 'teacher' }) : await client.create('match', options));
  const code = teacher.room.roomId;
  const students: Conn[] = [];
  // With bots the AES is the expert's seat: the class sits in the other two teams.
  const teams = bots ? PARTY_ROLES.filter((r) => r !== 'aes') : PARTY_ROLES;
  for (let i = 0; i < STUDENTS; i++) {
    const team = teams[i % teams.length];
    students.push(wire(await new Client(url).joinById(code, kind !== 'sahel' ? { team } : { nickname: `Student ${i + 1}` })));
  }
  await until('every student seated', () => students.every((s) => s.role !== ''));
  if (kind === 'sahel') {
    const st = () => teacher.room.state as { phase: string; players: { length: number } };
    await until('the class in the synced state', () => st().players.length === STUDENTS);
    if (bots) {
      students.filter((x) => x.role === 'aes').forEach((x, i) => teacher.room.send('control', { command: 'move', params: { playerId: x.playerId, role: i % 2 ? 'algeria' : 'mali' } }));
      await until('nobody in the AES', () => students.every((x) => x.role !== 'aes'));
    }
    teacher.room.send('control', { command: 'start' });
    await until('planning', () => [teacher, ...students].every((c) => (c.room.state as { phase: string }).phase === 'planning'));
  }
  const drafters = PARTY_ROLES.flatMap((r) => students.find((s) => s.role === r) ?? []);
  return { kind, teacher, students, drafters };
}

const handlers = {
  async open({ url, kind, count, bots }: { url: string; kind: ServerKind; count: number; bots?: string }) {
    closing = false;
    lost.length = 0;
    const t0 = performance.now();
    let next = 0;
    const lanes = Array.from({ length: Math.max(1, Math.min(count, Math.floor(JOINS_AT_ONCE / 4))) }, async () => {
      while (next < count) {
        next++;
        sessions.push(await openSession(url, kind, bots));
      }
    });
    await Promise.all(lanes);
    return { sessions: sessions.length, ms: performance.now() - t0 };
  },

  /** The classroom load for `seconds`; then every sent message is waited for (an answer, or counted as unanswered). */
  async load({ seconds }: { seconds: number }) {
    latencies.length = 0;
    errors = 0;
    let sent = 0;
    const timers: NodeJS.Timeout[] = [];
    const every = (ms: number, f: () => void) => {
      // A random phase, so that the class does not speak in chorus.
      timers.push(
        setTimeout(() => {
          f();
          timers.push(setInterval(f, ms));
        }, Math.random() * ms),
      );
    };
    for (const s of sessions) {
      for (const st of s.students) {
        every(CHAT_EVERY_MS, () => {
          sent++;
          send(st, 'chat.send', { to: 'team', text: `an idea at ${Date.now()}` });
        });
      }
      for (const d of s.drafters) {
        const order = { action: 'statement', target: TARGET[d.role], option: 'firm' };
        let drafted = false;
        every(DRAFT_EVERY_MS, () => {
          sent++;
          send(d, drafted ? 'draft.remove' : 'draft.add', { order });
          drafted = !drafted;
        });
      }
    }
    await new Promise((r) => setTimeout(r, seconds * 1000));
    for (const t of timers) clearTimeout(t);
    const unanswered = () => sessions.reduce((n, s) => n + [s.teacher, ...s.students].reduce((k, c) => k + c.pending.size, 0), 0);
    await until('every message answered', () => unanswered() === 0, 15_000).catch(() => undefined);
    return { latencies: [...latencies], sent, errors, unanswered: unanswered() };
  },

  /** Everything ready but the last team of each session (sahel); nothing to prepare for the bare room. */
  async prepare() {
    for (const s of sessions) if (s.kind === 'sahel') for (const d of s.drafters.slice(0, -1)) send(d, 'ready', { ready: true });
    await until('two teams ready everywhere', () =>
      sessions.every((s) => s.kind !== 'sahel' || [s.teacher, ...s.students].every((c) => [...(c.room.state as { seats: Iterable<{ ready: boolean }> }).seats].filter((x) => x.ready).length === 2)),
    );
    for (const s of sessions) for (const c of [s.teacher, ...s.students]) c.resolvedAt = undefined;
    resolvedCount = 0;
    return {};
  },

  /** Every session resolves at once: ms until every client of this thread has its `resolution`. */
  async burst() {
    const t0 = performance.now();
    for (const s of sessions) {
      if (s.kind !== 'sahel') s.teacher.room.send('resolve', { turn: 1 });
      else send(s.drafters.at(-1)!, 'ready', { ready: true });
    }
    const all = sessions.flatMap((s) => [s.teacher, ...s.students]);
    // A count, not a walk over every client: a burst's frames come thick, and this check follows them.
    await until('every resolution', () => resolvedCount === all.length, 60_000).catch(() => undefined);
    const missing = all.filter((c) => c.resolvedAt === undefined).length;
    if (missing && lost.length) throw new Error(`${missing} clients without their resolution${lostSoFar()}`);
    return { ms: missing ? NaN : Math.max(...all.map((c) => c.resolvedAt! - t0)), missing };
  },

  /** After a burst (sahel): every client sees the planning of week `turn`, so that no order arrives between phases. */
  async nextWeek({ turn }: { turn: number }) {
    const planning = (c: Conn) => {
      const st = c.room.state as { phase: string; turn: number };
      return st.phase === 'planning' && st.turn === turn;
    };
    await until('the next week', () => sessions.every((s) => s.kind !== 'sahel' || [s.teacher, ...s.students].every(planning)));
    return {};
  },

  async close() {
    closing = true;
    const all = sessions.flatMap((s) => [s.teacher, ...s.students]);
    sessions.length = 0;
    await Promise.allSettled(all.map((c) => c.room.leave(true)));
    return {};
  },
};
type Cmd = keyof typeof handlers;

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (req: { id: number; cmd: Cmd; args: never }) => {
    (handlers[req.cmd] as (a: never) => Promise<unknown>)(req.args).then(
      (result) => port.postMessage({ id: req.id, result }),
      (err: unknown) => port.postMessage({ id: req.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
    );
  });
}

// ---- The bench's thread -----------------------------------------------------------------

class Rpc {
  private pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  private ids = 0;
  constructor(
    private post: (m: unknown) => void,
    on: (f: (m: { id?: number; result?: unknown; error?: string }) => void) => void,
  ) {
    on((m) => {
      if (m.id === undefined) return;
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.result as never);
    });
  }
  /** A request, answered within `timeoutMs` or refused (a stuck run must not hang the bench). */
  call<T>(cmd: string, args: unknown = {}, timeoutMs = 600_000): Promise<T> {
    const id = ++this.ids;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${cmd} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v: never) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e: Error) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.post({ id, cmd, args, ...(args as object) });
    });
  }
  failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}

function clientThread(): { rpc: Rpc; stop: () => Promise<number> } {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const self = JSON.stringify(import.meta.url);
  const worker = new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${self}); })`, { eval: true });
  const rpc = new Rpc((m) => worker.postMessage(m), (f) => worker.on('message', f));
  worker.on('error', (e) => rpc.failAll(e));
  return { rpc, stop: () => worker.terminate() };
}

interface ServerStats {
  cpuMs: number;
  threads: ThreadCpu;
  heap: number;
  rooms: number;
  ccu: number;
  /** The event loop's delay since the last stats, in ms: its 99th percentile and its longest. */
  loopDelayP99: number;
  loopDelayMax: number;
  /** Frames and bytes handed to sockets since the server started. */
  frames: number;
  bytes: number;
  /** After `burst: 'stop'`: ms from the mark to the last `resolution` frame sent, and how many were sent. */
  burst?: { ms: number; frames: number };
}

async function serverProcess(kind: ServerKind): Promise<{ port: number; rpc: Rpc; child: ChildProcess }> {
  const script = fileURLToPath(new URL('./benchLoadServer.ts', import.meta.url));
  const env = { ...process.env, BENCH_LOAD_PROFILE: kind === 'sahel' ? (process.env.BENCH_LOAD_PROFILE ?? '') : (process.env.BENCH_LOAD_PROFILE_BARE ?? '') };
  const child = spawn(process.execPath, ['--import', 'tsx', script, kind], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const listeners: ((m: never) => void)[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (!line.startsWith('@bench ')) return;
    const m = JSON.parse(line.slice('@bench '.length)) as never;
    for (const f of listeners) f(m);
  });
  const rpc = new Rpc((m) => child.stdin!.write(JSON.stringify(m) + '\n'), (f) => listeners.push(f as never));
  child.on('exit', (code) => rpc.failAll(new Error(`${kind} server exited (${code})`)));
  const port = await new Promise<number>((resolve, reject) => {
    listeners.push((m: { ready?: boolean; port?: number }) => m.ready && resolve(m.port!));
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code}) before it was ready`)));
  });
  return { port, rpc, child };
}

export interface LoadRun {
  p50: number;
  p99: number;
  /** With bots: the same load again right after the burst, while every class's expert weighs its next week (NaN without). */
  thinkingP50: number;
  thinkingP99: number;
  /** With bots: the searches still running when that window ended, and ms until every one had ended (each burst waits for them). */
  thinkingLeft: number;
  thinkingDoneMs: number;
  burstMs: number;
  /** The same burst as the server saw it: until it handed the last `resolution` frame to its socket. */
  burstServerMs: number;
  /** The same two for week 2: the resolution's code has run once (the first burst is also the JIT's first run of it). */
  laterBurstMs: number;
  laterBurstServerMs: number;
  cpuPerMsgMs: number;
  /** The same by thread: the main thread's user and system (kernel: socket writes, disk) time, and the other threads' (garbage collection, checkpoints). */
  mainUserPerMsgMs: number;
  mainSystemPerMsgMs: number;
  othersPerMsgMs: number;
  /** The server's event-loop delay in the load window (ms): how long a message could wait before being read. */
  loopDelayP99: number;
  loopDelayMax: number;
  /** Frames and bytes sent to clients per message received, in the load window. */
  framesPerMsg: number;
  bytesPerMsg: number;
  mbPerSession: number;
  msgPerSec: number;
  sent: number;
  unanswered: number;
  errors: number;
  joinS: number;
}

function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** One run against one kind of server: join, load, burst, measure, close. */
export async function loadRun(kind: ServerKind, sessionsTotal: number, seconds: number, threads = 2, bots?: string): Promise<LoadRun> {
  const t0 = performance.now();
  const server = await serverProcess(kind);
  const url = `ws://127.0.0.1:${server.port}`;
  const workers = Array.from({ length: threads }, clientThread);
  try {
    const say = (what: string) => process.env.BENCH_LOAD_TRACE && console.error(`[load ${kind}] ${what} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const base = await server.rpc.call<ServerStats>('stats', { gc: true });
    say('joining');
    const per = workers.map((_, i) => Math.floor(sessionsTotal / threads) + (i < sessionsTotal % threads ? 1 : 0));
    await Promise.all(workers.map((w, i) => w.rpc.call('open', { url, kind, count: per[i], bots })));
    const joinS = (performance.now() - t0) / 1000;
    say('joined');
    const opened = await server.rpc.call<ServerStats>('stats', { gc: true });
    const mbPerSession = (opened.heap - base.heap) / sessionsTotal / (1024 * 1024);
    // BENCH_LOAD_PROFILE=dir profiles the load window; with BENCH_LOAD_PROFILE_BURST=1 (or 2), that week's burst instead.
    const burstProfile = !!process.env.BENCH_LOAD_PROFILE_BURST;
    const before = await server.rpc.call<ServerStats>('stats', burstProfile ? {} : { profile: 'start' });
    const loads = await Promise.all(workers.map((w) => w.rpc.call<{ latencies: number[]; sent: number; errors: number; unanswered: number }>('load', { seconds })));
    const after = await server.rpc.call<ServerStats>('stats', burstProfile ? {} : { profile: 'stop' });
    say(`load done: ${loads.reduce((n, l) => n + l.sent, 0)} sent, ${loads.reduce((n, l) => n + l.unanswered, 0)} unanswered, ${loads.reduce((n, l) => n + l.errors, 0)} refused`);
    const all = loads.flatMap((l) => l.latencies);
    const sent = loads.reduce((n, l) => n + l.sent, 0);
    // With bots, a burst waits until every expert has decided, as a class's planning (minutes,
    // not the window's seconds) would: the burst measures the resolution, not a search's end.
    const botsDecided = async () => {
      const t0 = performance.now();
      // The searches the bot threads are running (decisions, offers, answers).
      const thinking = () => server.rpc.call<number>('bots');
      const left = await thinking();
      for (let n = left; n > 0; n = await thinking()) {
        if (performance.now() - t0 > 300_000) throw new Error(`${kind}: ${n} searches still running 300 s after the window`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return { left, ms: left ? performance.now() - t0 : 0 };
    };
    const burst = async (week: number) => {
      const profiled = process.env.BENCH_LOAD_PROFILE_BURST === String(week);
      const decided = await botsDecided();
      await Promise.all(workers.map((w) => w.rpc.call('prepare')));
      say('prepared');
      await server.rpc.call('stats', { burst: 'start', ...(profiled ? { profile: 'start' } : {}) });
      const bursts = await Promise.all(workers.map((w) => w.rpc.call<{ ms: number; missing: number }>('burst')));
      const served = (await server.rpc.call<ServerStats>('stats', { burst: 'stop', ...(profiled ? { profile: 'stop' } : {}) })).burst!;
      // Every client's resolution left the server (a frame short, and the server-side figure would be early).
      const clients = sessionsTotal * (STUDENTS + 1);
      if (served.frames !== clients) throw new Error(`${kind}: ${served.frames} resolution frames sent to ${clients} clients`);
      say(`burst of week ${week} done: ${bursts.map((b) => b.ms.toFixed(0)).join(', ')} ms, ${bursts.reduce((n, b) => n + b.missing, 0)} clients without it`);
      // The next week opens at once after the burst (with bots, every class's expert starts weighing it).
      await Promise.all(workers.map((w) => w.rpc.call('nextWeek', { turn: week + 1 })));
      return { ms: Math.max(...bursts.map((b) => b.ms)), server: served.ms, missing: bursts.reduce((n, b) => n + b.missing, 0), decided };
    };
    const first = await burst(1);
    // With bots, the same load while they weigh week 2.
    const thinking = bots ? await Promise.all(workers.map((w) => w.rpc.call<{ latencies: number[]; sent: number; errors: number; unanswered: number }>('load', { seconds }))) : [];
    const during = thinking.flatMap((l) => l.latencies);
    if (bots) say(`load while the bots think done: ${thinking.reduce((n, l) => n + l.sent, 0)} sent, ${thinking.reduce((n, l) => n + l.unanswered, 0)} unanswered, ${thinking.reduce((n, l) => n + l.errors, 0)} refused`);
    // A later week: the same code has run once, as on any server past its first resolution.
    const second = await burst(2);
    return {
      p50: quantile(all, 0.5),
      p99: quantile(all, 0.99),
      thinkingP50: quantile(during, 0.5),
      thinkingP99: quantile(during, 0.99),
      burstMs: first.ms,
      burstServerMs: first.server,
      laterBurstMs: second.ms,
      laterBurstServerMs: second.server,
      thinkingLeft: second.decided.left,
      thinkingDoneMs: second.decided.ms,
      cpuPerMsgMs: (after.cpuMs - before.cpuMs) / Math.max(1, sent),
      mainUserPerMsgMs: (after.threads.mainUser - before.threads.mainUser) / Math.max(1, sent),
      mainSystemPerMsgMs: (after.threads.mainSystem - before.threads.mainSystem) / Math.max(1, sent),
      othersPerMsgMs: (after.threads.others - before.threads.others) / Math.max(1, sent),
      loopDelayP99: after.loopDelayP99,
      loopDelayMax: after.loopDelayMax,
      framesPerMsg: (after.frames - before.frames) / Math.max(1, sent),
      bytesPerMsg: (after.bytes - before.bytes) / Math.max(1, sent),
      mbPerSession,
      msgPerSec: sent / seconds,
      sent,
      unanswered: [...loads, ...thinking].reduce((n, l) => n + l.unanswered, 0) + first.missing + second.missing,
      errors: [...loads, ...thinking].reduce((n, l) => n + l.errors, 0),
      joinS,
    };
  } finally {
    await Promise.allSettled(workers.map((w) => w.rpc.call('close', {}, 120_000)));
    await Promise.allSettled(workers.map((w) => w.stop()));
    const exited = new Promise((r) => server.child.once('exit', r));
    await server.rpc.call('close', {}, 60_000).catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    server.child.kill();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The load rows: `runs` runs of each server (alternating, bare first), medians of each
 * figure, and the ratio of this server's median to the bare room's.
 */
export async function loadRows(opts: { sessions: number; seconds: number; runs: number; bots?: string; recorded?: boolean }, rows: BenchRow[]): Promise<void> {
  const bare: LoadRun[] = [];
  const ours: LoadRun[] = [];
  const recorded: LoadRun[] = [];
  for (let i = 0; i < opts.runs; i++) {
    bare.push(await loadRun('bare', opts.sessions, opts.seconds, 2, opts.bots));
    if (opts.recorded) recorded.push(await loadRun('recorded', opts.sessions, opts.seconds, 2, opts.bots));
    ours.push(await loadRun('sahel', opts.sessions, opts.seconds, 2, opts.bots));
  }
  const clients = opts.sessions * (STUDENTS + 1);
  const m = (runs: LoadRun[], k: keyof LoadRun) => median(runs.map((r) => r[k]));
  /** A figure of this server beside the same figure of a baseline's runs (the bare room unless said). */
  const row = (what: string, k: keyof LoadRun, unit: string, digits: number, limit: number | undefined, target: string, base = { runs: bare, name: 'bare ' }) => {
    const b = m(base.runs, k);
    const o = m(ours, k);
    const ratio = o / b;
    const u = unit ? ` ${unit}` : '';
    rows.push({
      what: `load: ${what}`,
      value: `${o.toFixed(digits)}${u} vs ${base.name}${b.toFixed(digits)}${u} (${ratio.toFixed(2)}×)`,
      target,
      ok: limit === undefined ? true : ratio <= limit,
    });
  };
  const lost = ours.reduce((n, r) => n + r.unanswered + r.errors, 0) + bare.reduce((n, r) => n + r.unanswered + r.errors, 0);
  rows.push({
    what: `load: ${opts.sessions} sessions × ${STUDENTS + 1} = ${clients} clients${opts.bots ? `, the AES a ${opts.bots} expert` : ''}`,
    value: `${m(ours, 'msgPerSec').toFixed(0)} msg/s, ${opts.seconds} s × ${opts.runs} runs each, joined in ${m(ours, 'joinS').toFixed(1)} s`,
    target: 'no lost or unanswered message',
    ok: lost === 0,
  });
  row('ack latency p50', 'p50', 'ms', 2, 2, '≤ 2× bare');
  row('ack latency p99', 'p99', 'ms', 1, 1.3, '≤ 1.3× bare');
  row('all sessions resolve at once (week 1)', 'burstMs', 'ms', 0, 2, '≤ 2× bare');
  row('the same, server side (to the last resolution sent)', 'burstServerMs', 'ms', 0, 2, '≤ 2× bare');
  row('all sessions resolve at once again (week 2)', 'laterBurstMs', 'ms', 0, 2, '≤ 2× bare');
  row('the same, server side (week 2)', 'laterBurstServerMs', 'ms', 0, 2, '≤ 2× bare');
  if (opts.bots) {
    // Against the bare room's second window of the same load (it has no bots).
    row(`ack p50 while ${opts.bots} experts weigh the next week`, 'thinkingP50', 'ms', 2, 2, '≤ 2× bare');
    row(`ack p99 while ${opts.bots} experts weigh the next week`, 'thinkingP99', 'ms', 1, 1.3, '≤ 1.3× bare');
    // No target and no baseline (the bare room has no bots): how far the experts' thinking lags
    // behind the window; each burst starts once every expert has decided.
    rows.push({
      what: `load: ${opts.bots} experts still weighing when that window ended`,
      value: `${m(ours, 'thinkingLeft').toFixed(0)} searches, all ended ${(m(ours, 'thinkingDoneMs') / 1000).toFixed(1)} s later`,
      target: 'shown',
      ok: true,
    });
  }
  row('server CPU per message', 'cpuPerMsgMs', 'ms', 3, 1.2, '≤ 1.2× bare');
  // No target: where that CPU goes (Linux's thread times, in 1/100 s).
  row('…of it, main thread in JavaScript and libraries', 'mainUserPerMsgMs', 'ms', 3, undefined, 'shown');
  row('…main thread in the kernel (socket writes, disk)', 'mainSystemPerMsgMs', 'ms', 3, undefined, 'shown');
  row(`…other threads (garbage collection, checkpoints${opts.bots ? ', the bots' : ''})`, 'othersPerMsgMs', 'ms', 3, undefined, 'shown');
  // No target: the server's side of the ack latency's tail, apart from the load generator's.
  row('server event-loop delay p99 (load window)', 'loopDelayP99', 'ms', 1, undefined, 'shown');
  row('server event-loop delay, longest (load window)', 'loopDelayMax', 'ms', 1, undefined, 'shown');
  // No target: where the CPU per message goes (each frame is a socket write).
  row('frames sent per message', 'framesPerMsg', '', 1, undefined, 'shown');
  row('bytes sent per message', 'bytesPerMsg', 'B', 0, undefined, 'shown');
  if (opts.recorded) {
    // No target: the same CPU figures against the bare room that also records every message
    // before its `ok` and copies the teacher (benchLoadServer.ts): what the game adds to those.
    const split = (runs: LoadRun[]) => (['mainUserPerMsgMs', 'mainSystemPerMsgMs', 'othersPerMsgMs'] as const).map((k) => m(runs, k).toFixed(3)).join(' · ');
    row('server CPU per message vs a bare room that records and copies the teacher', 'cpuPerMsgMs', 'ms', 3, undefined, 'shown', { runs: recorded, name: '' });
    rows.push({ what: 'load: …main thread JS · kernel · other threads', value: `${split(ours)} vs ${split(recorded)} ms`, target: 'shown', ok: true });
    rows.push({ what: 'load: …frames and bytes sent per message', value: `${m(ours, 'framesPerMsg').toFixed(1)}, ${m(ours, 'bytesPerMsg').toFixed(0)} B vs ${m(recorded, 'framesPerMsg').toFixed(1)}, ${m(recorded, 'bytesPerMsg').toFixed(0)} B`, target: 'shown', ok: true });
  }
  const mb = m(ours, 'mbPerSession');
  rows.push({ what: 'load: server memory per class session', value: `${mb.toFixed(2)} MB vs bare ${m(bare, 'mbPerSession').toFixed(2)} MB (${(mb / m(bare, 'mbPerSession')).toFixed(2)}×)`, target: '≤ 1 MB', ok: mb <= 1 });
  if (process.env.BENCH_LOAD_RAW) console.log(JSON.stringify({ bare, ours, recorded }));
}
