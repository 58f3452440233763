// The narrow, read-only faces of a match that its helpers take instead of the whole
// Match: the projection and the listing read `MatchModel`, timers and bots use
// `MatchClock`. Match implements them; nothing here imports Match, so server/match/
// has no import cycle through them.
import type { Thinker } from './botSearch.ts';
import type { GameState, Order, Role } from '../../shared/index.ts';
import type { Memo, StudentActivity } from '../../shared/protocol/index.ts';
import type { ChatMessage, MatchOptions, MatchPhase, Proposal, TurnRecord } from '../../shared/protocol/index.ts';
import type { Member } from './members.ts';
import type { CheckAnswer, CheckStage, DrawnChecks } from '../../shared/check/index.ts';

/** Who is in the match, as the projection reads it. */
export interface MembersModel {
  list(): readonly Member[];
  byId(playerId: string): Member | undefined;
  ofRole(role: Role): Member[];
  connectedOfRole(role: Role): Member[];
  captain(role: Role): Member | undefined;
  team(role: Role): { players: Member[]; connected: Member[]; captain: Member | undefined };
  players(): Member[];
  watchers(): Member[];
  connectedSpectators(): Member[];
  connectedProjectors(): Member[];
  teacher(): Member | undefined;
}

/** The teams' drafts, as the projection reads them. */
export interface DraftsModel {
  list(role: Role): readonly { order: { action: string; target?: string; option?: string }; proposal?: number }[];
  spent(role: Role): number;
  isReady(role: Role): boolean;
  /** Who made the role's last change this week (a nickname, "bot", "proposal N"). */
  editedBy(role: Role): string | undefined;
  /** Bumped on every change of the role's draft or ready flag: the projection's cache key. */
  version(role: Role): number;
}

/** What the bots at the table read of the match, and the few things they do to it. */
export interface BotTable {
  readonly code: string;
  readonly log: { debug(event: string, fields?: Record<string, unknown>): void; info(event: string, fields?: Record<string, unknown>): void; error(event: string, fields?: Record<string, unknown>): void };
  readonly options: MatchOptions;
  readonly engine: GameState;
  readonly phase: MatchPhase;
  readonly inGame: boolean;
  readonly proposals: { all(): readonly Proposal[] };
  readonly members: Pick<MembersModel, 'ofRole' | 'connectedOfRole'>;
  readonly drafts: { isReady(role: Role): boolean; orders(role: Role): { action: string; target?: string; option?: string }[]; list(role: Role): readonly { order: { action: string; target?: string; option?: string }; proposal?: number }[] };
  readonly timers: { later(ms: number, fn: () => void): { clear(): void } };
  /** Starts a bot's search where the server runs them (botThreads.ts). */
  readonly think: Thinker;
  notifyAll(key: string, params?: Record<string, string | number>): void;
  changed(): void;
  checkAllReady(): void;
  /** A bot offers a deal to a role people play (made, recorded and sent like a person's proposal). */
  offerDeal(from: Role, to: Role, give: Order[], get: Order[]): void;
}

/** Everything an output is derived from; read-only. */
export interface MatchModel {
  readonly code: string;
  readonly matchId: string;
  readonly options: MatchOptions;
  readonly seed: number;
  readonly engine: GameState;
  readonly phase: MatchPhase;
  readonly hostId: string;
  readonly locked: boolean;
  readonly pendingEvent: string | undefined;
  readonly endedEarly: boolean;
  readonly clockState: { deadline: number; paused: boolean; remaining: number };
  readonly members: MembersModel;
  readonly drafts: DraftsModel;
  readonly turns: readonly TurnRecord[];
  chatLog(): readonly ChatMessage[];
  proposalLog(): readonly Proposal[];
  participation(): StudentActivity[];
  /** Goes up whenever a participation count does. */
  readonly participationVersion: number;
  readonly memos: { readonly revealed: boolean; of(role: Role): Memo; all(): Memo[] };
  readonly checks: { drawn(seed: number): DrawnChecks; all(): readonly CheckAnswer[]; of(playerId: string, stage: CheckStage): Record<string, string> };
  botHolds(role: Role): boolean;
  /** A bot holds the role and is still weighing its orders for the week (its seat is not ready yet). */
  botThinking(role: Role): boolean;
  seatedRoles(): readonly Role[];
}
