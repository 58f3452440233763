// Process-wide services the rooms use. Colyseus constructs rooms itself, so they reach
// the logger, the record store and the room codes here; startServer() sets them.
import type { Room } from '@colyseus/core';
import type { GuardSettings } from './config.ts';
import type { Logger } from './log.ts';
import type { Thinker } from './match/botSearch.ts';
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
  /**
   * The matches this process runs now, from the moment a create is let past the cap: counted
   * against `guards.maxMatches`, read by /metrics, and (once attached) listed again in Redis
   * after an outage (redisLink.ts).
   */
  live: Set<LiveMatch>;
  /** Where the bots' searches run: the bot threads, or this thread (BOT_THREADS=0). */
  think: Thinker;
}

/** What the process reads of a running match (read when counted, never copied). */
export interface LiveMatch {
  readonly phase: string;
  readonly connections: number;
  /** The room, once its match is attached (a create still claiming its code has none yet). */
  readonly room: Room | undefined;
}

/** The attached match rooms among the live matches. */
export function* attachedRooms(live: Iterable<LiveMatch>): Iterable<Room> {
  for (const m of live) if (m.room) yield m.room;
}

let current: ServerContext | undefined;

export function serverContext(): ServerContext {
  if (!current) throw new Error('The server context is not set: rooms run only inside startServer().');
  return current;
}

export function setServerContext(next: ServerContext): void {
  current = next;
}
