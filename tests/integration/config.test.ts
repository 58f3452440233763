// A server started with a wrong setting stops at once with a message naming it, rather
// than starting half-configured or waiting forever.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, DEFAULT_GUARDS } from '../../server/config.ts';
import { checkRedis } from '../../server/redisCheck.ts';

/** A port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('configuration', () => {
  it('names each bad variable', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ PORT: '99999' }, /^PORT=99999/],
      [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL/],
      [{ REDIS_URL: 'http://x' }, /^REDIS_URL/],
      [{ RECORDS_ADMIN_TOKEN: 'short' }, /^RECORDS_ADMIN_TOKEN/],
      [{ RESTORE_GRACE_SECONDS: '2' }, /^RESTORE_GRACE_SECONDS=2/],
      [{ MATCH_CREATE_LIMIT: '0' }, /^MATCH_CREATE_LIMIT=0/],
      [{ MAX_MATCHES: 'many' }, /^MAX_MATCHES=many/],
      [{ HTTP_RATE_LIMIT: '1.5' }, /^HTTP_RATE_LIMIT=1.5/],
      [{ TRUST_PROXY: 'yes' }, /^TRUST_PROXY=yes/],
      [{ BOT_THREADS: '-1' }, /^BOT_THREADS=-1/],
      [{ BOT_THREADS: '2.5' }, /^BOT_THREADS=2.5/],
      [{ BOT_PRIORITY: 'high' }, /^BOT_PRIORITY=high is not valid: expected idle or normal/],
      [{ WARM_UP_CLASSES: '-3' }, /^WARM_UP_CLASSES=-3/],
      [{ WARM_UP_CLASSES: 'all' }, /^WARM_UP_CLASSES=all/],
    ];
    for (const [env, message] of bad) expect(() => configFromEnv(env), JSON.stringify(env)).toThrow(message);
    expect(configFromEnv({})).toMatchObject({ port: 2567, dataDir: './data', serverId: 'main', retentionDays: 0, botThreads: 1, botPriority: 'idle', warmUpClasses: 40, guards: DEFAULT_GUARDS });
    expect(configFromEnv({ BOT_THREADS: '0' }).botThreads).toBe(0);
    expect(configFromEnv({ BOT_PRIORITY: 'normal' }).botPriority).toBe('normal');
    expect(configFromEnv({ WARM_UP_CLASSES: '0' }).warmUpClasses).toBe(0);
    expect(configFromEnv({ MATCH_CREATE_LIMIT: '3', EMPTY_LOBBY_SECONDS: '5', TRUST_PROXY: 'true' }).guards).toMatchObject({ createLimit: 3, emptyLobbySeconds: 5, trustProxy: true });
  });

  it('refuses a REDIS_URL where no Redis answers, by name (before, startup waited forever)', async () => {
    const port = await closedPort();
    const failure = await checkRedis(`redis://127.0.0.1:${port}`, 2000).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toMatch(new RegExp(`^REDIS_URL: no Redis answers at 127\\.0\\.0\\.1:${port} \\(.*ECONNREFUSED`));
  });
});
