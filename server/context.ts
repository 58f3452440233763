// Process-wide services the rooms use. Colyseus constructs rooms itself, so they reach
// the logger, the record store and the room codes here; startServer() sets them.
import type { Room } from '@colyseus/core';
import type { GuardSettings } from './config.ts';
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
  /** The cap on matches and the empty-lobby delay (and the per-address limits, applied in guards.ts). */
  guards: GuardSettings;
  /** The matches this process runs now: counted against `guards.maxMatches`, and read by /metrics. */
  live: Set<LiveMatch>;
  /** This process's match rooms (listed again in Redis after an outage: redisLink.ts). */
  rooms: Set<Room>;
}

/** What the process (the cap, the metrics) reads of a running match. */
export interface LiveMatch {
  readonly phase: string;
  readonly connections: number;
}

let current: ServerContext | undefined;

export function serverContext(): ServerContext {
  if (!current) throw new Error('The server context is not set: rooms run only inside startServer().');
  return current;
}

export function setServerContext(next: ServerContext): void {
  current = next;
}
