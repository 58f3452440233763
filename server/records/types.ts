// The match record: everything needed to replay, export or audit a match. Rooms write
// to it through MatchLog; a store decides where it lives (memory now; SQLite or
// PostgreSQL later, behind the same two interfaces).
import type { GameState, Outcome, Seat } from '../../shared/index.ts';
import type { ChatMessage, MatchOptions, Proposal, TurnRecord } from '../../shared/protocol/index.ts';

export interface MatchHeader {
  /** Unique for all time; the room code is reused once a room is gone. */
  matchId: string;
  code: string;
  createdAt: number;
  options: MatchOptions;
  seed: number;
}

export interface SeatRecord {
  playerId: string;
  nickname: string;
  seat: Seat;
  at: number;
  /** joined, changed seat, left, kicked. */
  change: 'joined' | 'seated' | 'left' | 'kicked';
}

export interface TurnEntry extends TurnRecord {
  resolvedAt: number;
  /** The engine's state after this week, to replay or audit from any week. */
  state: GameState;
}

export interface MatchRecord {
  header: MatchHeader;
  /** The engine's state when the match started (settings final by then). */
  initial?: GameState;
  startedAt?: number;
  endedAt?: number;
  end?: 'finished' | 'abandoned';
  outcome?: Outcome;
  seats: SeatRecord[];
  turns: TurnEntry[];
  chat: ChatMessage[];
  proposals: Proposal[];
}

export interface MatchLog {
  /** Options (and the seed) may change in the lobby until the start. */
  options(options: MatchOptions, seed: number): void;
  started(initial: GameState, at: number): void;
  seat(entry: SeatRecord): void;
  chat(message: ChatMessage): void;
  /** A new proposal or a new status of one (same id). */
  proposal(proposal: Proposal): void;
  turn(entry: TurnEntry): void;
  ended(at: number, end: 'finished' | 'abandoned', outcome?: Outcome): void;
  read(): MatchRecord;
}

export interface RecordStore {
  open(header: MatchHeader): MatchLog;
  get(matchId: string): MatchRecord | undefined;
  /** Most recent first. */
  list(): MatchRecord[];
}
