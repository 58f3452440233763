// Everything a server process reads from its environment, checked once at start with a
// clear message for each mistake. The README's configuration table lists the same.
import { hostname } from 'node:os';

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
}

export class ConfigError extends Error {}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, check: (n: number) => boolean, what: string): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || !check(n)) throw new ConfigError(`${name}=${raw} is not valid: expected ${what}.`);
  return n;
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
  };
}
