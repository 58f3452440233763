// REDIS_URL is checked before the presence and driver are built: ioredis retries an
// unreachable server forever, which would leave `npm start` hanging without a word.
import { Redis } from 'ioredis';
import { ConfigError } from './config.ts';

/** Resolves once Redis answers a PING; a ConfigError naming the address otherwise. */
export async function checkRedis(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let cause: Error | undefined;
  client.on('error', (e: Error) => (cause ??= e)); // reported below, once
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const where = new URL(url);
    throw new ConfigError(`REDIS_URL: no Redis answers at ${where.hostname}:${where.port || 6379} (${(cause ?? (error as Error)).message}). Start Redis, correct REDIS_URL, or unset it to run a single process.`);
  } finally {
    client.disconnect();
  }
}
