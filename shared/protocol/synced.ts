// The synced room state as plain data, the way a client decodes it (`room.state.toJSON()`):
// the one declaration of its shape. The server's schema (server/match/schema.ts) is pinned
// to it by the compiler, and the server fills it from `syncedOf(match)` (projection.ts).
import type { Role } from '../index.ts';

export interface SyncedSeat {
  role: Role;
  /** The team marked its orders ready this week (bots always are). */
  ready: boolean;
  /** A bot plays the role now. */
  bot: boolean;
  players: number;
  connected: number;
  /** playerId of the captain: the earliest member still connected. */
  captain: string;
}

export interface SyncedPlayer {
  id: string;
  nickname: string;
  role: string;
  connected: boolean;
}

/** The options everyone may know (not the seed). */
export interface SyncedOptions {
  public: boolean;
  title: string;
  turns: number;
  planningSeconds: number;
  briefingSeconds: number;
  resolutionSeconds: number;
  apPerTurn: number;
  mediator: boolean;
  bots: boolean;
  botTakeover: boolean;
  takeoverGraceSeconds: number;
  botStyle: string;
  botLevel: string;
  captainOnly: boolean;
  revealPrivate: boolean;
  classroom: boolean;
  knowledgeCheck: boolean;
}

export interface Synced {
  code: string;
  phase: string;
  turn: number;
  deadline: number;
  paused: boolean;
  remaining: number;
  host: string;
  hostName: string;
  options: SyncedOptions;
  seats: SyncedSeat[];
  players: SyncedPlayer[];
  /** Connected spectators, not counting projectors. */
  spectatorCount: number;
  /** Projectors connected to a classroom session (0 elsewhere). */
  projectorCount: number;
  /** A locked room takes no newcomers (returning seats still come back). */
  locked: boolean;
}
