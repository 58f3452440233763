// The server side of the load rows of `npm run bench` (benchLoad.ts), in a process of its
// own so that its CPU and memory figures are its alone: either this game's server
// (`sahel`: startServer, SQLite records in a temp folder, as in production) or a bare
// Colyseus 0.16 room (`bare`) that answers `ok` and echoes each message to the sender's
// team, the least any server of this kind does (or, as `recorded`, the same room that also
// writes each message to SQLite before answering and copies the teacher). It talks to the
// bench in JSON lines over stdin/stdout, not Node's IPC channel: with one, @colyseus/core's
// @pm2/io thinks it runs under PM2 and turns on its own metrics, which would load both
// servers alike but falsely.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { configFromEnv, LOOSE_GUARDS } from '../server/config.ts';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import http from 'node:http';
import { createInterface } from 'node:readline';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@colyseus/core';
import { matchMaker, Protocol, Room, Server } from '@colyseus/core';
import WebSocket from 'ws';
import Database from 'better-sqlite3';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { heapAfterGc } from '../server/heap.ts';
import { corkFor, inOneWrite } from '../server/match/corks.ts';
import { createLogger } from '../server/log.ts';
import { startServer } from '../server/startServer.ts';

/** `recorded`: the bare room that also records each message and copies the teacher (`--load-baseline-recorded`). */
export type ServerKind = 'bare' | 'recorded' | 'sahel';

/** The bare room: a team per client (given on join), `ok` to the sender, the message echoed to its team. */
class BareRoom extends Room {
  private teams = new Map<string, string>();
  private seq = 0;
  override onCreate(): void {
    this.onMessage('*', (client: Client, type, payload: unknown) => {
      const p = (payload ?? {}) as { rid?: string };
      if (type === 'resolve') {
        // The all-at-once burst: every client gets the week's "resolution".
        this.broadcast('resolution', { turn: (payload as { turn: number }).turn, news: [], ended: false });
        return;
      }
      const team = this.teams.get(client.sessionId);
      const answer = () => {
        for (const c of this.clients) {
          const theirs = this.teams.get(c.sessionId);
          if (c !== client && (theirs === team || (records && theirs === 'teacher'))) {
            corkFor(c);
            c.send(type as string, payload);
          }
        }
        corkFor(client);
        if (p.rid !== undefined) client.send('ok', { type, rid: p.rid });
      };
      if (records) records.write(this.roomId, ++this.seq, JSON.stringify({ from: client.sessionId, type, payload }), answer);
      else answer();
    });
  }
  override onJoin(client: Client, options: { team?: string }): void {
    this.teams.set(client.sessionId, options.team ?? 'none');
    client.send('welcome', { seat: { kind: 'role', role: options.team ?? 'none' } });
  }
  override onLeave(client: Client): void {
    this.teams.delete(client.sessionId);
  }
}

/**
 * For `recorded`: what the protocol and a classroom ask of any server here, on the bare room.
 * Each message is written to SQLite (WAL, synchronous=NORMAL, as the records are) in one
 * transaction per turn of the event loop, and its echo and `ok` wait for that write (what one
 * write released leaves in one socket write per client); the teacher gets a copy of every
 * team's messages. No target: this server's CPU per message beside it shows what the game
 * itself adds to these two.
 */
let records: { write: (room: string, seq: number, body: string, then: () => void) => void } | undefined;

function recordsIn(dir: string): typeof records {
  const db = new Database(join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE messages (room TEXT NOT NULL, seq INTEGER NOT NULL, at BIGINT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (room, seq))');
  const insert = db.prepare('INSERT INTO messages (room, seq, at, body) VALUES (?, ?, ?, ?)');
  let queued: { room: string; seq: number; at: number; body: string; then: () => void }[] = [];
  const writeAll = db.transaction((rows: typeof queued) => {
    for (const r of rows) insert.run(r.room, r.seq, r.at, r.body);
  });
  return {
    write(room, seq, body, then) {
      if (!queued.length)
        setImmediate(() => {
          const rows = queued;
          queued = [];
          writeAll(rows);
          // What a batch sends leaves in one socket write per client, as this server's does (corks.ts).
          inOneWrite(() => {
            for (const r of rows) r.then();
          });
        });
      queued.push({ room, seq, at: Date.now(), body, then });
    },
  };
}

/** The server's port, its close, and the heap it keeps outside the main thread (the bots' threads). */
async function start(kind: ServerKind): Promise<{ port: number; close: () => Promise<void>; otherHeaps: () => Promise<number>; botsThinking: () => number }> {
  if (kind === 'sahel') {
    const dir = mkdtempSync(join(tmpdir(), 'sahel-bench-load-'));
    // BENCH_LOAD_LOG=warn (or info…) shows the server's own log on stderr.
    const level = (process.env.BENCH_LOAD_LOG ?? 'silent') as 'silent';
    const log = createLogger({ level, pretty: true, write: (line) => process.stderr.write(line + '\n') });
    // BOT_THREADS, BOT_PRIORITY and WARM_UP_CLASSES as for `npm start` (0: the bots think in the event loop; no warm-up; to compare).
    const { botThreads, botPriority, warmUpClasses } = configFromEnv();
    const server = await startServer({ port: 0, host: '127.0.0.1', log, dataDir: dir, handleSignals: false, guards: LOOSE_GUARDS, botThreads, botPriority, warmUpClasses });
    return {
      port: server.port,
      close: async () => {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      },
      otherHeaps: () => server.botThreads.heapUsed(),
      botsThinking: () => server.botThreads.running,
    };
  }
  const dir = kind === 'recorded' ? mkdtempSync(join(tmpdir(), 'sahel-bench-bare-')) : undefined;
  if (dir) records = recordsIn(dir);
  const httpServer = http.createServer();
  const gameServer = new Server({ transport: new WebSocketTransport({ server: httpServer }), greet: false, gracefullyShutdown: false, logger: { debug() {}, info() {}, warn() {}, error() {} } as never });
  gameServer.define('bare', BareRoom);
  await gameServer.listen(0, '127.0.0.1');
  return {
    port: (httpServer.address() as AddressInfo).port,
    close: async () => {
      await gameServer.gracefullyShutdown(false);
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    otherHeaps: async () => 0,
    botsThinking: () => 0,
  };
}

/**
 * How long the event loop was held, since the last stats: a message that arrives meanwhile
 * waits at least that long before the server even reads it. The server's own share of the
 * clients' ack latency, apart from the load generator's.
 */
const loopDelay = monitorEventLoopDelay({ resolution: 1 });

/**
 * The burst as the server sees it: from the bench's mark to the last `resolution` frame
 * either server hands to a socket (ws' send). The clients' own figure adds the load
 * generator's work: two threads decode every frame of thousands of clients, and this
 * server sends each client more after its resolution (its new view, draft and state).
 */
const RESOLUTION = Buffer.concat([Buffer.from([Protocol.ROOM_DATA, 0xa0 | 'resolution'.length]), Buffer.from('resolution')]);
/** Read in place: this runs for every frame either server sends, and must cost them next to nothing. */
function isResolution(data: Uint8Array): boolean {
  if (data.byteLength < RESOLUTION.length) return false;
  for (let i = 0; i < RESOLUTION.length; i++) if (data[i] !== RESOLUTION[i]) return false;
  return true;
}
const burst = { from: undefined as number | undefined, last: 0, frames: 0 };
/** Every frame and byte either server handed to its sockets (what a message costs on the wire). */
const wire = { frames: 0, bytes: 0 };
function watchResolutions(): void {
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, data: unknown, ...rest: unknown[]) {
    wire.frames++;
    if (data instanceof Uint8Array) wire.bytes += data.byteLength;
    if (burst.from !== undefined && data instanceof Uint8Array && isResolution(data)) {
      burst.last = performance.now();
      burst.frames++;
    }
    return (send as (...a: unknown[]) => void).call(this, data, ...rest);
  } as typeof send;
}

function burstMark(step: 'start' | 'stop'): { ms: number; frames: number } | undefined {
  if (step === 'start') {
    Object.assign(burst, { from: performance.now(), last: 0, frames: 0 });
    return undefined;
  }
  const out = { ms: burst.frames ? burst.last - burst.from! : NaN, frames: burst.frames };
  burst.from = undefined;
  return out;
}

/** CPU time so far by thread, in ms: the main thread's user and system time, and all other threads' (Linux only; NaN elsewhere). */
export interface ThreadCpu {
  mainUser: number;
  mainSystem: number;
  others: number;
}

/**
 * Read from /proc: the other threads are V8's (garbage collection, compiling), libuv's and
 * worker threads (the records' checkpoints). Linux counts thread times in 1/100 s.
 */
function threadCpu(): ThreadCpu {
  const split = { mainUser: 0, mainSystem: 0, others: 0 };
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      } catch {
        continue; // the thread ended meanwhile
      }
      // Fields after the command's closing bracket: utime and stime are the 12th and 13th.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const [user, system] = [Number(f[11]) * 10, Number(f[12]) * 10];
      if (tid === String(process.pid)) {
        split.mainUser += user;
        split.mainSystem += system;
      } else split.others += user + system;
    }
  } catch {
    return { mainUser: NaN, mainSystem: NaN, others: NaN };
  }
  return split;
}

/** With BENCH_LOAD_PROFILE=dir: a CPU profile of the load window alone, written to dir. */
let session: Session | undefined;
async function profiler(step: 'start' | 'stop'): Promise<void> {
  const dir = process.env.BENCH_LOAD_PROFILE;
  if (!dir) return;
  const post = (method: string) => new Promise<unknown>((resolve, reject) => session!.post(method, (err, res) => (err ? reject(err) : resolve(res))));
  if (step === 'start') {
    session = new Session();
    session.connect();
    await post('Profiler.enable');
    // Finer than the default millisecond: a burst lasts tens of them.
    await new Promise<void>((resolve, reject) => session!.post('Profiler.setSamplingInterval', { interval: 100 }, (err) => (err ? reject(err) : resolve())));
    await post('Profiler.start');
    return;
  }
  if (!session) return;
  const { profile } = (await post('Profiler.stop')) as { profile: unknown };
  writeFileSync(join(dir, `load-${process.pid}.cpuprofile`), JSON.stringify(profile));
}

const reply = (m: unknown) => process.stdout.write(`${MARK}${JSON.stringify(m)}\n`);
export const MARK = '@bench ';

if (process.argv[1]?.endsWith('benchLoadServer.ts') && process.argv[2]) {
  const kind = process.argv[2] as ServerKind;
  const server = await start(kind);
  if (process.env.BENCH_LOAD_PROFILE) mkdirSync(process.env.BENCH_LOAD_PROFILE, { recursive: true });
  loopDelay.enable();
  watchResolutions();
  createInterface({ input: process.stdin }).on('line', (line) => {
    const req = JSON.parse(line) as { id: number; cmd: 'stats' | 'bots' | 'close'; gc?: boolean; profile?: 'start' | 'stop'; burst?: 'start' | 'stop' };
    void (async () => {
      if (req.profile) await profiler(req.profile);
      const served = req.burst && burstMark(req.burst);
      if (req.cmd === 'stats') {
        const cpu = process.cpuUsage();
        // The bots' threads hold the searches' worlds: they count as the server's memory too.
        const heap = req.gc ? (await heapAfterGc()) + (await server.otherHeaps()) : 0;
        reply({ id: req.id, result: { cpuMs: (cpu.user + cpu.system) / 1000, threads: threadCpu(), heap, rooms: matchMaker.stats.local.roomCount, ccu: matchMaker.stats.local.ccu, loopDelayP99: loopDelay.percentile(99) / 1e6, loopDelayMax: loopDelay.max / 1e6, frames: wire.frames, bytes: wire.bytes, ...(served ? { burst: served } : {}) } });
        loopDelay.reset();
      } else if (req.cmd === 'bots') {
        // Polled while the bench waits for the experts: no stats read, nothing reset.
        reply({ id: req.id, result: server.botsThinking() });
      } else {
        await server.close();
        reply({ id: req.id, result: {} });
        process.exit(0);
      }
    })();
  });
  reply({ ready: true, port: server.port });
}
