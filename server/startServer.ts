// One process, one port: Express for HTTP and the Colyseus WebSocket transport on the
// same http.Server. Used by server/main.ts and by the integration tests (port 0 = any free port).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LobbyRoom, matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { LIMITS, ROOM_NAMES } from '../shared/protocol/index.ts';
import { setServerContext } from './context.ts';
import { createHttpApp } from './http/app.ts';
import type { Logger } from './log.ts';
import { colyseusLogger, createLogger, logSettingsFromEnv } from './log.ts';
import { MatchRoom } from './match/MatchRoom.ts';
import { MemoryRecordStore } from './records/memory.ts';
import type { RecordStore } from './records/types.ts';

export interface StartOptions {
  port?: number;
  /** Interface to bind; default all (127.0.0.1 in tests). */
  host?: string;
  log?: Logger;
  records?: RecordStore;
  /** Let Colyseus handle SIGTERM/SIGINT (dispose rooms, then exit). Off in tests. */
  handleSignals?: boolean;
}

export interface RunningServer {
  port: number;
  records: RecordStore;
  close(): Promise<void>;
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? createLogger(logSettingsFromEnv());
  const records = opts.records ?? new MemoryRecordStore();
  setServerContext({ log, records });

  const httpServer = http.createServer(createHttpApp(log));
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: httpServer, maxPayload: LIMITS.frameBytes }),
    greet: false,
    gracefullyShutdown: opts.handleSignals ?? false,
    logger: colyseusLogger(log),
  });
  gameServer.define(ROOM_NAMES.lobby, LobbyRoom);
  gameServer.define(ROOM_NAMES.match, MatchRoom).enableRealtimeListing();
  await gameServer.listen(opts.port ?? 2567, opts.host);
  const port = (httpServer.address() as AddressInfo).port;
  log.info('server.listening', { port, host: opts.host ?? '*' });

  let closing: Promise<void> | undefined;
  return {
    port,
    records,
    close: () =>
      (closing ??= (async () => {
        await gameServer.gracefullyShutdown(false);
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => (httpServer.listening ? httpServer.close(() => resolve()) : resolve()));
        log.info('server.closed', { port, rooms: matchMaker.stats.local.roomCount });
      })()),
  };
}
