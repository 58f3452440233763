// Everything a server process reads from its environment, checked once at start with a
// clear message for each mistake. The README's configuration table lists the same.
import { hostname } from 'node:os';
import type { BotPriority } from './threadPriority.ts';
import { BOT_PRIORITIES } from './threadPriority.ts';

export interface ServerConfig {
  port: number;
  host?: string;
  /** SQLite folder; ignored when databaseUrl is set. */
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** host:port (or host/path) where clients reach this very process; needed with Redis. */
  publicAddress?: string;
  /** Stable name of this process: the owner of the matches it runs, across restarts. */
  serverId: string;
  /** Finished records older than this are removed; 0 keeps them forever. */
  retentionDays: number;
  /** Operator secret that may read and delete any match's records. */
  adminToken?: string;
  /** How long a restored match waits for its first player before it is given up. */
  restoreGraceSeconds: number;
  /** When set, /metrics asks for it as a bearer token. */
  metricsToken?: string;
  /** Threads for the expert bots' searches; 0 runs them in the event loop, in slices. */
  botThreads: number;
  /** `idle`: the bot threads use only CPU the players' event loop leaves (Linux); `normal`: they compete for it. */
  botPriority: BotPriority;
  /** Class sessions played in memory at the start, so the first resolutions run compiled code; 0: none. */
  warmUpClasses: number;
  /** Per-address limits, the cap on matches and the empty-lobby delay (server/guards.ts). */
  guards: GuardSettings;
}

/** Bounds on what one address, and all of them together, may ask of this process. */
export interface GuardSettings {
  /** Matches one address may create per window. */
  createLimit: number;
  createWindowSeconds: number;
  /** Matchmaking requests (create, join, reconnect) one address may make per window. */
  matchmakeLimit: number;
  /** Requests to /api/ one address may make per window. */
  httpLimit: number;
  /** The window of the matchmaking and HTTP limits. */
  windowSeconds: number;
  /** Matches this process runs at most (restored ones included); creating more is refused. */
  maxMatches: number;
  /** A lobby (not a classroom's) with nobody connected closes after this long. */
  emptyLobbySeconds: number;
  /** Take the client's address from X-Forwarded-For (behind a reverse proxy you run). */
  trustProxy: boolean;
}

export const DEFAULT_GUARDS: GuardSettings = {
  createLimit: 20,
  createWindowSeconds: 60,
  matchmakeLimit: 300,
  httpLimit: 300,
  windowSeconds: 60,
  maxMatches: 500,
  emptyLobbySeconds: 15,
  trustProxy: false,
};

export class ConfigError extends Error {}

/** Class sessions the start plays in memory unless WARM_UP_CLASSES says otherwise (server/match/warmUp.ts). */
export const WARM_UP_CLASSES = 40;

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, check: (n: number) => boolean, what: string): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || !check(n)) throw new ConfigError(`${name}=${raw} is not valid: expected ${what}.`);
  return n;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(`${name}=${raw} is not valid: expected ${values.join(' or ')}.`);
  return raw as T;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = number(env, 'PORT', 2567, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a port number 0–65535');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL.');
  const adminToken = env.RECORDS_ADMIN_TOKEN || undefined;
  if (adminToken && adminToken.length < 16) throw new ConfigError('RECORDS_ADMIN_TOKEN must be at least 16 characters: it may delete any record.');
  const publicAddress = env.PUBLIC_ADDRESS || (redisUrl && port ? `${hostname()}:${port}` : undefined);
  return {
    port,
    host: env.HOST || undefined,
    dataDir: env.DATA_DIR || './data',
    databaseUrl,
    redisUrl,
    publicAddress,
    serverId: env.SERVER_ID || (redisUrl ? `${hostname()}:${port}` : 'main'),
    retentionDays: number(env, 'RECORDS_RETENTION_DAYS', 0, (n) => n >= 0, 'a number of days ≥ 0 (0 keeps records forever)'),
    adminToken,
    restoreGraceSeconds: number(env, 'RESTORE_GRACE_SECONDS', 600, (n) => Number.isInteger(n) && n >= 10, 'a whole number of seconds ≥ 10'),
    metricsToken: env.METRICS_TOKEN || undefined,
    botThreads: number(env, 'BOT_THREADS', 1, (n) => Number.isInteger(n) && n >= 0 && n <= 16, 'a whole number of threads 0–16 (0 runs the bots in the event loop)'),
    botPriority: oneOf(env, 'BOT_PRIORITY', BOT_PRIORITIES, 'idle'),
    warmUpClasses: number(env, 'WARM_UP_CLASSES', WARM_UP_CLASSES, (n) => Number.isInteger(n) && n >= 0 && n <= 1000, 'a whole number of class sessions 0–1000 (0 skips the warm-up)'),
    guards: guardsFromEnv(env),
  };
}

/**
 * Limits loose enough for tests and benchmarks, which play many matches from one address;
 * the same as environment variables for the processes they spawn.
 */
export const LOOSE_GUARDS: Partial<GuardSettings> = { createLimit: 100_000, matchmakeLimit: 1_000_000, httpLimit: 1_000_000, maxMatches: 100_000 };
export const LOOSE_GUARDS_ENV: Record<string, string> = {
  MATCH_CREATE_LIMIT: '100000',
  MATCHMAKE_RATE_LIMIT: '1000000',
  HTTP_RATE_LIMIT: '1000000',
  MAX_MATCHES: '100000',
};

function guardsFromEnv(env: NodeJS.ProcessEnv): GuardSettings {
  const count = (name: string, fallback: number) => number(env, name, fallback, (n) => Number.isInteger(n) && n >= 1, 'a whole number ≥ 1');
  const trust = env.TRUST_PROXY ?? '';
  if (!['', '0', '1', 'true', 'false'].includes(trust)) throw new ConfigError(`TRUST_PROXY=${trust} is not valid: expected true or false.`);
  const d = DEFAULT_GUARDS;
  return {
    createLimit: count('MATCH_CREATE_LIMIT', d.createLimit),
    createWindowSeconds: count('MATCH_CREATE_WINDOW_SECONDS', d.createWindowSeconds),
    matchmakeLimit: count('MATCHMAKE_RATE_LIMIT', d.matchmakeLimit),
    httpLimit: count('HTTP_RATE_LIMIT', d.httpLimit),
    windowSeconds: count('RATE_WINDOW_SECONDS', d.windowSeconds),
    maxMatches: count('MAX_MATCHES', d.maxMatches),
    emptyLobbySeconds: count('EMPTY_LOBBY_SECONDS', d.emptyLobbySeconds),
    trustProxy: trust === '1' || trust === 'true',
  };
}
