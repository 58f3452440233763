// The match record: everything needed to replay, export, audit or restore a match.
// Rooms write through MatchLog (calls return at once; a store writes them in order);
// everything is read back through RecordStore. Two stores implement both interfaces
// with one schema: SQLite (embedded default) and PostgreSQL (DATABASE_URL).
import type { GameState, Outcome, Role, Seat } from '../../shared/index.ts';
import type { CheckAnswer } from '../../shared/check/index.ts';
import type { ActivityCounts, Memo, StudentActivity } from '../../shared/protocol/index.ts';
import type { Grades } from '../../shared/grades/index.ts';
import type { ChatMessage, DraftEntry, MatchOptions, MatchPhase, Proposal, TurnRecord } from '../../shared/protocol/index.ts';
import type { StoreHealth } from './health.ts';

export type { StoreHealth } from './health.ts';

export interface MatchHeader {
  /** Unique for all time; the room code is reused once a match is over. */
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
  /** joined, changed seat (or team, moved by the teacher), renamed by the teacher, left, kicked. */
  change: 'joined' | 'seated' | 'renamed' | 'left' | 'kicked';
}

/** A team's draft after one accepted change (an order added, removed, replaced, a deal, ready). */
export interface DraftChange {
  turn: number;
  role: Role;
  at: number;
  /** A nickname, "bot", or "proposal N". */
  by: string;
  entries: DraftEntry[];
  ready: boolean;
  /**
   * What the change counts in a student's participation (none for bots, deals and the
   * teacher): kept in the log so that a restore counts it again without a live snapshot.
   */
  student?: StudentDraftChange;
}

/** A student's own draft change: an edit (with the orders it added) or a ready mark. */
export type StudentDraftChange = { playerId: string; kind: 'edit'; ordersAdded: number } | { playerId: string; kind: 'ready' };

export interface TurnEntry extends TurnRecord {
  resolvedAt: number;
  /** The engine's state after this week, to replay or audit from any week. */
  state: GameState;
}

/** Who sits where, kept for crash recovery. The seat token itself is never stored, only its hash. */
export interface StoredMember {
  playerId: string;
  tokenHash: string;
  nickname: string;
  seat: Seat;
  order: number;
  /** A projector: a spectator's seat, counted apart. */
  projector?: boolean;
}

/**
 * What the logs do not hold of an unfinished match, rewritten after every accepted change
 * the logs cannot give back. Engine state, chat, proposals and resolved weeks come back
 * from their own logs; so do draft changes made after the snapshot (`draftSeq`), with what
 * each counts for its student, and a week resolved after it (the phase, clock and
 * presence that follow from the resolution).
 */
export interface LiveSnapshot {
  phase: MatchPhase;
  /** The engine's week when saved: if the logs have a later week, the snapshot predates a resolution. */
  turn: number;
  /** The phase clock: ms left (when saved), and whether the host had paused it. */
  clock: { timed: boolean; paused: boolean; leftMs: number };
  hostId: string;
  members: StoredMember[];
  joined: number;
  /** Each team's draft, ready flag and last editor (`by`, absent in older snapshots). */
  drafts: { role: Role; entries: DraftEntry[]; ready: boolean; by?: string }[];
  /** Roles a bot holds. */
  bots: Role[];
  /** Nobody new may join (absent in snapshots older than the lock). */
  locked?: boolean;
  /** The event card the teacher queued for the next resolution. */
  pendingEvent?: string;
  /** The knowledge check's answers so far (absent in snapshots older than the check). */
  checks?: CheckAnswer[];
  /** What each student did so far, by playerId. */
  activity?: Record<string, ActivityCounts>;
  /** Who was connected: at a resolution after the snapshot, they count as present in the new week. */
  connected?: string[];
  /** How many draft log lines the snapshot includes (set by the store as it writes it); later ones are replayed on restore. */
  draftSeq?: number;
  savedAt: number;
}

export type MatchEnd = 'finished' | 'abandoned';

export interface MatchRecord {
  header: MatchHeader;
  /** The engine's state when the match started (settings final by then). */
  initial?: GameState;
  startedAt?: number;
  endedAt?: number;
  end?: MatchEnd;
  outcome?: Outcome;
  /** The engine's state at the end: after the last week, or as the teacher stopped the match. */
  final?: GameState;
  /** The teacher ended the match before its last week (endMatch). */
  endedEarly?: boolean;
  seats: SeatRecord[];
  drafts: DraftChange[];
  turns: TurnEntry[];
  chat: ChatMessage[];
  proposals: Proposal[];
  /** The knowledge check's answers: each student's latest choice per question. */
  checkAnswers?: CheckAnswer[];
  /** The team memos written after the end (a class session). */
  memos?: Memo[];
  /** When the teacher showed the memos to the class. */
  memosRevealedAt?: number;
  /** What each student did, counted at the end (a class session). */
  participation?: StudentActivity[];
  /** The teacher's rubric and marks (a class session). */
  grades?: Grades;
}

/** One line of the list of recorded matches. */
export interface MatchSummary {
  matchId: string;
  code: string;
  title: string;
  public: boolean;
  createdAt: number;
  startedAt?: number;
  endedAt?: number;
  end?: MatchEnd;
  turns: number;
  turnsPlayed: number;
  endedEarly?: boolean;
  outcome?: { kind: string; winner?: string };
}

/** An unfinished match as its records hold it, ready to be restored into a room. */
export interface StoredMatch {
  header: MatchHeader;
  owner: string;
  initial?: GameState;
  startedAt?: number;
  live?: LiveSnapshot;
  chat: ChatMessage[];
  proposals: Proposal[];
  turns: TurnEntry[];
  /** The draft changes logged after the live snapshot, in order, each with what it counted. */
  draftsAfter: DraftChange[];
  /** How many seat and draft log lines exist, so that a resumed log numbers on from there. */
  seatCount: number;
  draftCount: number;
}

export interface MatchLog {
  readonly matchId: string;
  /** Whether the store can write now (its writes wait, never drop, while it cannot). */
  readonly health: StoreHealth;
  /** The hash of the creator's seat token: the secret that may delete this match's records. */
  creator(tokenHash: string): void;
  /** Options (and the seed) may change in the lobby until the start. */
  options(options: MatchOptions, seed: number): void;
  started(initial: GameState, at: number): void;
  seat(entry: SeatRecord): void;
  draft(change: DraftChange): void;
  chat(message: ChatMessage): void;
  /** A new proposal or a new status of one (same id). */
  proposal(proposal: Proposal): void;
  turn(entry: TurnEntry): void;
  /** A student's answer to the knowledge check (replaces their earlier choice for that question). */
  checkAnswer(answer: CheckAnswer): void;
  /** A team's memo as it now stands (replaces the team's earlier one). */
  memo(memo: Memo): void;
  /** The teacher showed the memos to the class. */
  memosRevealed(at: number): void;
  /** What each student did, as the match ended (replaces any earlier count). */
  participation(students: StudentActivity[]): void;
  /**
   * Replaces the live snapshot. It is built when written (once per batch of writes, however
   * many changes came before) when given as a function; unwritten snapshots are coalesced.
   */
  live(snapshot: LiveSnapshot | (() => LiveSnapshot)): void;
  /**
   * The match is over: the live snapshot goes, the record stays. Only the first call counts.
   * `final` is the engine's last state, and whether the teacher stopped the match early.
   */
  ended(at: number, end: MatchEnd, outcome?: Outcome, final?: { state: GameState; early: boolean }): void;
  /** Undefined when every call so far is written; otherwise resolves when they are. */
  settled(): Promise<void> | undefined;
}

export interface SummaryQuery {
  /** finished (default), abandoned, or all ended matches. */
  status?: MatchEnd | 'ended';
  /** Only public matches (the open replay list). */
  publicOnly?: boolean;
  /** Only matches created with this seat-token hash (any status, unfinished too). */
  creatorHash?: string;
  /** Ended (or for creatorHash, created) strictly before this time; for paging. */
  before?: number;
  limit?: number;
}

export type DeleteResult = 'deleted' | 'notFound' | 'inProgress';

export interface RecordStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Whether writes go through now; a write that fails makes it false until it is retried successfully. */
  readonly health: StoreHealth;
  /** A new match, owned (run) by the server `owner`. */
  open(header: MatchHeader, owner: string): MatchLog;
  /** The log of a match restored from its records, numbering on from what is stored. */
  resume(stored: StoredMatch): MatchLog;
  get(matchId: string): Promise<MatchRecord | undefined>;
  /** Most recent first. */
  summaries(query?: SummaryQuery): Promise<MatchSummary[]>;
  creatorHash(matchId: string): Promise<string | undefined>;
  /** Unfinished matches (no end yet), optionally only those owned by `owner`, or only the one `matchId`. */
  unfinished(owner?: string, matchId?: string): Promise<StoredMatch[]>;
  /** Unfinished matches whose owner is not `except` and has not been alive (heartbeat) since `aliveSince`. */
  orphans(except: string, aliveSince: number): Promise<{ matchId: string; code: string; owner: string; aliveAt?: number }[]>;
  /**
   * Take over an unfinished match still owned by `from`; false if another server took it
   * first. With `staleBefore`, only if `from` has not been alive (heartbeat) since then, checked
   * in the same statement: a process that renewed its lease keeps its matches.
   */
  adopt(matchId: string, from: string, to: string, staleBefore?: number): Promise<boolean>;
  /** Whether an unfinished match holds this room code. */
  codeInUse(code: string): Promise<boolean>;
  delete(matchId: string): Promise<DeleteResult>;
  /**
   * One student's data out of an ended match's record: their check answers, participation
   * and marks go; their nickname is blanked wherever it appears and their chat messages are
   * emptied. The match itself (orders, weeks, the team memo's text) stays.
   */
  forgetStudent(matchId: string, playerId: string): Promise<DeleteResult | 'unknownStudent'>;
  /** The teacher's rubric and marks replace the match's earlier ones; false if there is no such match. */
  setGrades(matchId: string, grades: Grades): Promise<boolean>;
  /** Ended matches (finished or abandoned) that ended before `cutoff`; returns how many. Unfinished ones are never removed. */
  removeOlderThan(cutoff: number): Promise<number>;
  heartbeat(serverId: string, at: number): Promise<void>;
  lastHeartbeat(serverId: string): Promise<number | undefined>;
  schemaVersion(): Promise<number>;
  /** Resolves when every write queued so far is done. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
