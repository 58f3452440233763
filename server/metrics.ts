// What an operator can watch, as Prometheus metrics (prom-client), served at /metrics.
// The hot path only increments counters whose label children are made once here (one map
// lookup and an addition per message); gauges of matches and connections are counted
// when Prometheus scrapes, from the process's live matches. See docs/OPERATIONS.md.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ErrorCode } from '../shared/protocol/index.ts';
import { CLIENT_MESSAGE_TYPES, ERROR_CODES, MATCH_PHASES } from '../shared/protocol/index.ts';
import type { LiveMatch } from './context.ts';

export const registry = new Registry();
// Event-loop lag (nodejs_eventloop_lag_*), heap, GC, handles, CPU, as prom-client measures them.
collectDefaultMetrics({ register: registry });

/** The live matches the gauges count; set by startServer. */
let liveMatches: () => Iterable<LiveMatch> = () => [];
export function countLiveMatches(source: () => Iterable<LiveMatch>): void {
  liveMatches = source;
}

new Gauge({
  name: 'sahel_matches',
  help: 'Matches this process runs, by phase.',
  labelNames: ['phase'],
  registers: [registry],
  collect() {
    const counts = new Map<string, number>(MATCH_PHASES.map((p) => [p, 0]));
    for (const m of liveMatches()) counts.set(m.phase, (counts.get(m.phase) ?? 0) + 1);
    for (const [phase, n] of counts) this.set({ phase }, n);
  },
});

new Gauge({
  name: 'sahel_connections',
  help: 'WebSocket connections to match rooms (players, spectators, projectors, teachers).',
  registers: [registry],
  collect() {
    let n = 0;
    for (const m of liveMatches()) n += m.connections;
    this.set(n);
  },
});

/**
 * Counts kept as plain numbers on the hot path (an increment, nothing allocated) and
 * handed to their Prometheus counters only when scraped.
 */
const inCounts: Record<string, number> = Object.fromEntries([...CLIENT_MESSAGE_TYPES, 'unknown'].map((t) => [t, 0]));
const refusedCounts: Record<string, number> = Object.fromEntries(ERROR_CODES.map((c) => [c, 0]));
const tally = { out: 0, sharedBytes: 0, invalidFrames: 0, created: 0 };

/** A counter whose values are copied from `read` at each scrape (with its labels, if any). */
function tallied(name: string, help: string, read: () => number | Record<string, number>, label?: string): void {
  new Counter({
    name,
    help,
    labelNames: label ? [label] : [],
    registers: [registry],
    collect() {
      this.reset();
      const v = read();
      if (typeof v === 'number') this.inc(v);
      else for (const [k, n] of Object.entries(v)) this.inc({ [label!]: k }, n);
    },
  });
}

tallied('sahel_messages_in_total', 'Messages received from clients, by type (types not in the protocol as "unknown").', () => inCounts, 'type');
tallied('sahel_messages_out_total', 'Messages sent to clients (one per recipient).', () => tally.out);
tallied('sahel_shared_bytes_out_total', 'Bytes of the messages encoded once for several members (views, drafts, events), per recipient.', () => tally.sharedBytes);
tallied('sahel_refusals_total', 'Refused messages, creates, joins and requests, by error code.', () => refusedCounts, 'code');
tallied('sahel_invalid_frames_total', 'Connections closed with 4002 for a frame that is not the Colyseus protocol.', () => tally.invalidFrames);
tallied('sahel_matches_created_total', 'Matches created by clients (restored ones not counted).', () => tally.created);

const resolution = new Histogram({
  name: 'sahel_resolution_seconds',
  help: "Time the engine took to resolve a week (the room's event loop is busy meanwhile).",
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers: [registry],
});

const recordWrite = new Histogram({
  name: 'sahel_record_write_seconds',
  help: 'Time to write one batch of match records (a SQLite transaction, or a PostgreSQL round trip).',
  labelNames: ['store'],
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

const checkpoint = new Histogram({
  name: 'sahel_record_checkpoint_seconds',
  help: "Time SQLite's checkpoint thread took to copy the WAL into the database file and sync it (off the event loop).",
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

const redisCommands = new Histogram({
  name: 'sahel_redis_command_seconds',
  help: 'Redis round trips of the presence (matchmaking, room codes, lobby), when REDIS_URL is set.',
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers: [registry],
});

/** Off while the start's warm-up plays matches nobody plays (server/match/warmUp.ts). */
let counting = true;

/** Runs `work` without counting its messages, refusals or resolutions. */
export function uncounted(work: () => void): void {
  counting = false;
  try {
    work();
  } finally {
    counting = true;
  }
}

export const metrics = {
  messageIn(type: unknown): void {
    if (!counting) return;
    if (typeof type === 'string' && Object.prototype.hasOwnProperty.call(inCounts, type)) inCounts[type]!++;
    else inCounts.unknown!++;
  },
  messageOut(): void {
    tally.out++;
  },
  sharedOut(bytes: number): void {
    tally.out++;
    tally.sharedBytes += bytes;
  },
  refused(code: ErrorCode): void {
    if (!counting) return;
    refusedCounts[code]!++;
  },
  invalidFrame(): void {
    tally.invalidFrames++;
  },
  matchCreated(): void {
    tally.created++;
  },
  /** Seconds since `start` (process.hrtime.bigint()) into the resolution histogram. */
  resolved(start: bigint): void {
    if (!counting) return;
    resolution.observe(Number(process.hrtime.bigint() - start) / 1e9);
  },
  recordWritten(store: string, start: bigint): void {
    recordWrite.observe({ store }, Number(process.hrtime.bigint() - start) / 1e9);
  },
  checkpointed(start: bigint): void {
    checkpoint.observe(Number(process.hrtime.bigint() - start) / 1e9);
  },
  redisRoundTrip(start: bigint): void {
    redisCommands.observe(Number(process.hrtime.bigint() - start) / 1e9);
  },
};

/**
 * Time every command an ioredis client sends (the presence's publisher and subscriber):
 * `sendCommand` is wrapped once, and each command's promise observes its round trip.
 */
export function timeRedis(client: unknown): void {
  const c = client as { sendCommand?: (cmd: { promise?: Promise<unknown> }, ...rest: unknown[]) => unknown } | undefined;
  const send = c?.sendCommand;
  if (!c || typeof send !== 'function') return;
  c.sendCommand = function (this: unknown, cmd, ...rest) {
    const start = process.hrtime.bigint();
    const result = send.call(this, cmd, ...rest);
    cmd?.promise?.then(
      () => metrics.redisRoundTrip(start),
      () => metrics.redisRoundTrip(start),
    );
    return result;
  };
}
