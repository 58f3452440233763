// One process, one port: Express for HTTP and the Colyseus WebSocket transport on the
// same http.Server. Used by server/main.ts and by the integration tests (port 0 = any free port).
//
// Start: open the records (migrations run), restore every unfinished match this process
// owns under its own code, then listen. Stop (SIGTERM or close()): refuse new matches,
// save and close every room (clients get close code 4012), flush the records.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Presence } from '@colyseus/core';
import { LobbyRoom, LocalPresence, matchMaker, Server } from '@colyseus/core';
import { LIMITS, ROOM_NAMES } from '../shared/protocol/index.ts';
import type { GuardSettings } from './config.ts';
import { DEFAULT_GUARDS } from './config.ts';
import { attachedRooms, setServerContext } from './context.ts';
import { Guards } from './guards.ts';
import type { LiveMatch } from './context.ts';
import { countLiveMatches, metrics, timeRedis } from './metrics.ts';
import { createHttpApp } from './http/app.ts';
import type { Logger } from './log.ts';
import { colyseusLogger, createLogger, logSettingsFromEnv } from './log.ts';
import type { BotThreads } from './match/botThreads.ts';
import { openBotThreads } from './match/botThreads.ts';
import type { BotPriority } from './threadPriority.ts';
import { warmUp } from './match/warmUp.ts';
import { MatchRoom } from './match/MatchRoom.ts';
import { RoomCodes } from './match/roomCode.ts';
import { SpreadPingTransport } from './pings.ts';
import { openRecordStore } from './records/open.ts';
import { startUpkeep } from './records/upkeep.ts';
import type { RecordStore } from './records/types.ts';
import { restoreMatches } from './restoreMatches.ts';
import { startTakeover } from './takeover.ts';

export interface StartOptions {
  port?: number;
  /** Interface to bind; default all (127.0.0.1 in tests). */
  host?: string;
  log?: Logger;
  /** A store the caller opened (and will close); otherwise one is opened from dataDir/databaseUrl. */
  records?: RecordStore;
  /** SQLite folder. Without it and without databaseUrl the records live in memory only. */
  dataDir?: string;
  databaseUrl?: string;
  /** Share matchmaking and presence with other processes through Redis. */
  redisUrl?: string;
  /** host:port where clients reach this process (needed with Redis). */
  publicAddress?: string;
  /** Stable name of this process (owner of its matches across restarts); default "main". */
  serverId?: string;
  /** Remove ended records older than this many days; 0 or absent keeps them. */
  retentionDays?: number;
  /** Operator secret that may read and delete any match's records. */
  adminToken?: string;
  restoreGraceSeconds?: number;
  /** When set, /metrics answers only with `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** Per-address limits, the cap on matches, the empty-lobby delay (defaults: DEFAULT_GUARDS). */
  guards?: Partial<GuardSettings>;
  /** Threads for the expert bots' searches (default 1); 0 runs them in the event loop, in slices. */
  botThreads?: number;
  /** The bot threads' scheduling priority (default `idle`: only CPU nobody else wants). */
  botPriority?: BotPriority;
  /** Class sessions played in memory before listening, so the first resolutions run compiled code (default 40; 0: none). */
  warmUpClasses?: number;
  /** Let Colyseus handle SIGTERM/SIGINT (save and close rooms, flush, exit 0). Off in tests. */
  handleSignals?: boolean;
}

export interface RunningServer {
  port: number;
  records: RecordStore;
  /** Codes of the matches restored at start. */
  restored: string[];
  /** Where the bots think (the load bench reads the threads' heaps). */
  botThreads: BotThreads;
  close(): Promise<void>;
}

/** Redis' clients, loaded only by a process that uses Redis (they weigh on every idle one), once Redis answers. */
async function connectRedis(url: string, log: Logger) {
  const [{ checkRedis }, { redisLink }] = await Promise.all([import('./redisCheck.ts'), import('./redisLink.ts')]);
  await checkRedis(url);
  return redisLink(url, log);
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? createLogger(logSettingsFromEnv());
  const redis = opts.redisUrl ? await connectRedis(opts.redisUrl, log) : undefined;
  const ownsRecords = !opts.records;
  const records = opts.records ?? (await openRecordStore({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl }, log));
  const serverId = opts.serverId ?? 'main';
  const guardSettings: GuardSettings = { ...DEFAULT_GUARDS, ...opts.guards };
  const guards = new Guards(guardSettings, log, (code) => metrics.refused(code));
  const live = new Set<LiveMatch>();
  countLiveMatches(() => live);
  const presence: Presence = redis ? redis.presence : new LocalPresence();
  // Redis round trips of the presence, for /metrics.
  for (const client of [(presence as { pub?: unknown }).pub, (presence as { sub?: unknown }).sub]) timeRedis(client);
  const codes = new RoomCodes(presence, (code) => records.codeInUse(code));
  const bots = openBotThreads(opts.botThreads ?? 1, log, undefined, opts.botPriority);
  setServerContext({
    log,
    records,
    codes,
    serverId,
    restoreGraceSeconds: opts.restoreGraceSeconds ?? 600,
    guards: guardSettings,
    live,
    think: bots.think,
  });

  let shuttingDown = false;
  const httpServer = http.createServer(
    createHttpApp(log, { records, adminToken: opts.adminToken, host: opts.host, shuttingDown: () => shuttingDown, guards, metricsToken: opts.metricsToken, redisReady: redis?.ready }),
  );
  const gameServer = new Server({
    transport: new SpreadPingTransport({ server: httpServer, maxPayload: LIMITS.frameBytes }),
    presence,
    ...(redis ? { driver: redis.driver, publicAddress: opts.publicAddress } : {}),
    greet: false,
    gracefullyShutdown: opts.handleSignals ?? false,
    logger: colyseusLogger(log),
  });
  // After Colyseus attached its matchmaking route, so that the limits run before it.
  guards.guardMatchmaking(httpServer);
  gameServer.define(ROOM_NAMES.lobby, LobbyRoom);
  gameServer.define(ROOM_NAMES.match, MatchRoom).enableRealtimeListing();

  // A warm-up that fails says so and the server starts all the same: it only saves time.
  await warmUp(log, opts.warmUpClasses).catch((error: unknown) => log.warn('server.warmUpFailed', { error }));
  // Before listening, so that a returning player finds the room waiting. Without Redis this
  // process is the only one, and takes every unfinished match whoever ran it.
  const restored = await restoreMatches(records, { serverId, adoptAll: !opts.redisUrl, log });
  const upkeep = startUpkeep(records, { serverId, retentionDays: opts.retentionDays ?? 0, log });

  gameServer.onBeforeShutdown(async () => {
    shuttingDown = true;
    upkeep.stop();
    redis?.stop();
    takeover?.stop();
    log.info('server.shuttingDown', { rooms: matchMaker.stats.local.roomCount });
  });
  gameServer.onShutdown(async () => {
    // Bounded: records that cannot write must not keep the process from stopping (nothing unwritten was acknowledged).
    await flushAtMost(records, 10_000, log);
    await upkeep.idle();
    await bots.close();
    if (ownsRecords) await records.close();
    log.info('server.closed', { port, restoredNextTime: true });
  });

  await gameServer.listen(opts.port ?? 2567, opts.host);
  const port = (httpServer.address() as AddressInfo).port;
  redis?.start(() => attachedRooms(live), codes);
  // With Redis, processes share the records: a dead one's matches are taken over (takeover.ts).
  const takeover = redis ? startTakeover(records, { serverId, presence, log }) : undefined;
  log.info('server.listening', { port, host: opts.host ?? '*', serverId, records: records.kind, redis: Boolean(opts.redisUrl), restored: restored.length });

  let closing: Promise<void> | undefined;
  return {
    port,
    records,
    restored,
    botThreads: bots,
    close: () =>
      (closing ??= (async () => {
        await gameServer.gracefullyShutdown(false);
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => (httpServer.listening ? httpServer.close(() => resolve()) : resolve()));
      })()),
  };
}

async function flushAtMost(records: RecordStore, ms: number, log: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([records.flush().then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), ms)))]);
  clearTimeout(timer);
  if (timedOut) log.error('records.flushTimedOut', { waitedMs: ms, error: records.health.lastError });
}
