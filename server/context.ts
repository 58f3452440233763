// Process-wide services the rooms use. Colyseus constructs rooms itself, so they reach
// the logger, the record store and the room codes here; startServer() sets them.
import type { Room } from '@colyseus/core';
import type { Logger } from './log.ts';
import type { RoomCodes } from './match/roomCode.ts';
import type { RecordStore } from './records/types.ts';

export interface ServerContext {
  log: Logger;
  records: RecordStore;
  codes: RoomCodes;
  /** This process's stable name: the owner recorded for the matches it runs. */
  serverId: string;
  restoreGraceSeconds: number;
  /** This process's match rooms (listed again in Redis after an outage: redisLink.ts). */
  rooms: Set<Room>;
}

let current: ServerContext | undefined;

export function serverContext(): ServerContext {
  if (!current) throw new Error('The server context is not set: rooms run only inside startServer().');
  return current;
}

export function setServerContext(next: ServerContext): void {
  current = next;
}
