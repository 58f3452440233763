// Redis for presence and matchmaking (REDIS_URL), made to live through outages of any
// length and through processes starting together:
// - ioredis ≥ 5.8.2 sends CLIENT SETINFO as it connects, which can land after a SUBSCRIBE
//   and fail with "Connection in subscriber mode" (ioredis#2037): the process channel
//   was then never subscribed, and another process's start-up health check dropped this
//   one from matchmaking. Client info is not sent.
// - A command waits for at most one reconnection instead of twenty (ioredis' default ends
//   in MaxRetriesPerRequestError after half a minute): HTTP answers quickly during an outage.
// - The driver shares one HGETALL among concurrent room queries and forgets it when it
//   resolves, but not when it fails: every later query got the same failure until a
//   restart. A failed one is forgotten too.
// - While Redis is away, or after it comes back empty (restarted without persistence), or
//   after another process dropped this one: every few seconds, and as soon as Redis is
//   back, this process's load, room listings and room codes are written again.
import type { Room } from '@colyseus/core';
import { matchMaker } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import type { Redis, RedisOptions } from 'ioredis';
import type { Logger } from './log.ts';
import type { RoomCodes } from './match/roomCode.ts';

export const REPAIR_MS = 5_000;

export function redisOptions(url: string): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    db: Number(u.pathname.slice(1) || 0),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    disableClientInfo: true,
    maxRetriesPerRequest: 1,
    // Reconnect forever, at least every second, so that service resumes soon after Redis does.
    retryStrategy: (times: number) => Math.min(times * 100, 1000),
  };
}

type RoomQueries = { _concurrentRoomCacheRequest?: Promise<unknown>; _roomCacheRequestByName: Record<string, Promise<unknown> | undefined>; getRooms(name?: string): Promise<unknown> };

/** The Redis driver, with a failed room query forgotten instead of handed to every later caller. */
function sturdyDriver(options: RedisOptions): RedisDriver {
  const driver = new RedisDriver(options);
  const d = driver as unknown as RoomQueries;
  const getRooms = d.getRooms.bind(driver);
  d.getRooms = (name?: string) => {
    const shared = d._concurrentRoomCacheRequest;
    const request = getRooms(name);
    const raw = d._concurrentRoomCacheRequest ?? shared;
    request.catch(() => {
      if (d._roomCacheRequestByName[String(name)] === request) delete d._roomCacheRequestByName[String(name)];
      if (d._concurrentRoomCacheRequest === raw) d._concurrentRoomCacheRequest = undefined;
    });
    return request;
  };
  return driver;
}

export interface RedisLink {
  presence: RedisPresence;
  driver: RedisDriver;
  /** All connections to Redis are up. */
  ready(): boolean;
  /** Starts the repairs (once the matchmaker runs). */
  start(rooms: () => Iterable<Room>, codes: RoomCodes): void;
  stop(): void;
}

export function redisLink(url: string, log: Logger): RedisLink {
  const options = redisOptions(url);
  const presence = new RedisPresence(options);
  const driver = sturdyDriver(options);
  const p = presence as unknown as { pub: Redis; sub: Redis };
  const clients = { pub: p.pub, sub: p.sub, driver: (driver as unknown as { _client: Redis })._client };
  let down = false;
  let repair: (() => void) | undefined;
  for (const [name, client] of Object.entries(clients)) {
    // Logged once per outage (ioredis would print every failed reconnection as unhandled).
    client.on('error', (error: Error) => {
      if (down) return;
      down = true;
      log.warn('redis.down', { client: name, error: error.message });
    });
    client.on('ready', () => {
      if (!down || !ready()) return;
      down = false;
      log.info('redis.back', {});
      repair?.();
    });
  }
  const ready = () => Object.values(clients).every((c) => c.status === 'ready');
  let timer: NodeJS.Timeout | undefined;
  return {
    presence,
    driver,
    ready,
    start: (rooms, codes) => {
      let running = false;
      repair = () => {
        if (running || !ready() || matchMaker.state !== matchMaker.MatchMakerState.READY) return;
        running = true;
        void rejoin(rooms, codes, driver, log).finally(() => (running = false));
      };
      timer = setInterval(repair, REPAIR_MS);
      timer.unref();
    },
    stop: () => clearInterval(timer),
  };
}

/** This process back in matchmaking: its load, and each of its rooms' listing and code. */
async function rejoin(rooms: () => Iterable<Room>, codes: RoomCodes, driver: RedisDriver, log: Logger): Promise<void> {
  try {
    await matchMaker.stats.persist(true);
    for (const room of rooms()) {
      if (await driver.has(room.roomId)) continue;
      await room.listing.save();
      await codes.reclaim(room.roomId);
      log.info('redis.roomRelisted', { code: room.roomId });
    }
  } catch (error) {
    log.warn('redis.repairFailed', { error: (error as Error).message });
  }
}
