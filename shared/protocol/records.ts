// Recorded matches over HTTP (GET /api/records…): the record's shape, and the two ways a
// client reads it back: as the debrief's PlayedMatch (charts, CSV, prompts) and as the
// steps of a replay (the start, then each week with its news and the state after it).
import { z } from 'zod';
import type { GameState, Orders } from '../index.ts';
import { endEarly } from '../index.ts';
import type { PlayedMatch } from '../debrief/types.ts';
import { ChatMessageSchema, DraftEntrySchema, ProposalSchema, TurnRecordSchema } from './serverMessages.ts';
import type { TurnRecord } from './serverMessages.ts';
import { RoleSchema, SeatSchema } from './common.ts';
import { CheckResultsSchema, CheckStageSchema } from './check.ts';
import { MemoSchema } from './memo.ts';
import { newsWithChanges } from './recordedChanges.ts';
import { GradesSchema } from '../grades/grades.ts';
import { StudentActivitySchema } from './participation.ts';

const GameStateSchema = z.custom<GameState>((v) => typeof v === 'object' && v !== null && 'turn' in v && 'roles' in v, 'an engine state');

export const MATCH_ENDS = ['finished', 'abandoned'] as const;

export const MatchSummarySchema = z.object({
  matchId: z.string(),
  code: z.string(),
  title: z.string(),
  public: z.boolean(),
  createdAt: z.number(),
  startedAt: z.number().optional(),
  endedAt: z.number().optional(),
  end: z.enum(MATCH_ENDS).optional(),
  /** The teacher ended it before its last week. */
  endedEarly: z.boolean().optional(),
  turns: z.int(),
  turnsPlayed: z.int(),
  outcome: z.object({ kind: z.string(), winner: z.string().optional() }).optional(),
});
export type MatchSummary = z.infer<typeof MatchSummarySchema>;

export const RecordedWeekSchema = TurnRecordSchema.extend({
  resolvedAt: z.number(),
  /** The engine's state after this week. */
  state: GameStateSchema,
});
export type RecordedWeek = z.infer<typeof RecordedWeekSchema>;

export const SEAT_CHANGES = ['joined', 'seated', 'renamed', 'left', 'kicked'] as const;

export const RecordedMatchSchema = z.object({
  header: z.object({
    matchId: z.string(),
    code: z.string(),
    createdAt: z.number(),
    /** MatchOptions as chosen (records older than classroom sessions lack `classroom`). */
    options: z.record(z.string(), z.unknown()),
    seed: z.int(),
  }),
  /** The engine's state when the match started. */
  initial: GameStateSchema.optional(),
  startedAt: z.number().optional(),
  endedAt: z.number().optional(),
  end: z.enum(MATCH_ENDS).optional(),
  outcome: z.unknown().optional(),
  /** The engine's state at the end (after the last week, or as the teacher stopped it). */
  final: GameStateSchema.optional(),
  endedEarly: z.boolean().optional(),
  seats: z.array(z.object({ playerId: z.string(), nickname: z.string(), seat: SeatSchema, at: z.number(), change: z.enum(SEAT_CHANGES) })),
  /** Full record only: every accepted change of a team's draft. */
  drafts: z
    .array(z.object({ turn: z.int(), role: RoleSchema, at: z.number(), by: z.string(), entries: z.array(DraftEntrySchema), ready: z.boolean() }))
    .optional(),
  turns: z.array(RecordedWeekSchema),
  chat: z.array(ChatMessageSchema),
  proposals: z.array(ProposalSchema),
  /** The knowledge check's results for the class (no names), when the class took it. */
  checks: CheckResultsSchema.shape.tally.optional(),
  /** Full record only: the teacher's rubric and marks. */
  grades: GradesSchema.optional(),
  /** Full record only: what each student did (a class session), counted at the end. */
  participation: z.array(StudentActivitySchema).optional(),
  /** The team memos: in the full record, and in the public one once the teacher revealed them. */
  memos: z.array(MemoSchema).optional(),
  /** When the teacher showed the memos to the class. */
  memosRevealedAt: z.number().optional(),
  /** Full record only: each student's latest choice per question of the knowledge check. */
  checkAnswers: z
    .array(z.object({ playerId: z.string(), stage: CheckStageSchema, question: z.string(), choice: z.string(), at: z.number() }))
    .optional(),
});
export type RecordedMatch = z.infer<typeof RecordedMatchSchema>;

/** GET /api/records/:matchId */
export const RecordResponseSchema = z.object({ record: RecordedMatchSchema, full: z.boolean() });

/** GET /api/records/:matchId/export.json: the record as a file. */
export const RecordExportSchema = z.object({
  format: z.literal('sahel-standoff/match-record'),
  version: z.literal(1),
  exportedAt: z.number(),
  full: z.boolean(),
  record: RecordedMatchSchema,
});
export type RecordExport = z.infer<typeof RecordExportSchema>;

type ReadableRecord = Pick<RecordedMatch, 'initial' | 'final' | 'turns'>;

/**
 * The states a debrief or a replay shows: each week's state after it, except that a
 * match the teacher stopped early ends (phase and outcome) on its last played week.
 */
function weekStates(r: ReadableRecord): { initial: GameState; after: GameState[] } | undefined {
  if (!r.initial) return undefined;
  const after = r.turns.map((w) => w.state);
  const final = r.final ?? (after.at(-1) ?? r.initial);
  if (final.phase === 'ended') {
    if (after.length && after[after.length - 1].phase !== 'ended') after[after.length - 1] = endsAs(after[after.length - 1], final);
  }
  return { initial: after.length === 0 && final.phase === 'ended' ? endsAs(r.initial, final) : r.initial, after };
}

/** The state of a week with the end the match came to (endEarly adds only phase and outcome). */
const endsAs = (s: GameState, final: GameState): GameState => ({ ...endEarly(s), ...(final.outcome ? { outcome: final.outcome } : {}) });

/** The record as the debrief's builders read it (matchCsv, indicatorSeries, historyRows…); undefined before the start. */
export function playedMatch(r: ReadableRecord): PlayedMatch | undefined {
  const states = weekStates(r);
  if (!states) return undefined;
  return {
    initial: states.initial,
    weeks: r.turns.map((w, i) => ({
      turn: w.turn,
      ...(w.event ? { event: w.event } : {}),
      orders: w.orders as Orders,
      carriedOut: w.carriedOut as Orders,
      refused: w.refused,
      news: w.news as PlayedMatch['weeks'][number]['news'],
      reports: w.reports,
      state: states.after[i],
    })),
  };
}

export interface ReplayStep {
  /** 0: the start of the match; k: week k has just been resolved. */
  turn: number;
  event?: string;
  injected?: boolean;
  news: TurnRecord['news'];
  /** What each role drafted and what was carried out: all of it (a record is read after the end). */
  orders: TurnRecord['orders'];
  carriedOut: TurnRecord['carriedOut'];
  refused: TurnRecord['refused'];
  reports: TurnRecord['reports'];
  bots: TurnRecord['bots'];
  /** The engine's state after this step; the last step of an ended match carries the outcome. */
  state: GameState;
}

/** A replay, step by step: play, pause, step and jump are indexes into this list. */
export function replaySteps(r: ReadableRecord): ReplayStep[] {
  const states = weekStates(r);
  if (!states) return [];
  const start: ReplayStep = { turn: 0, news: [], orders: {}, carriedOut: {}, refused: [], reports: {}, bots: [], state: states.initial };
  return [
    start,
    ...r.turns.map((w, i) => ({
      turn: w.turn,
      ...(w.event ? { event: w.event } : {}),
      ...(w.injected ? { injected: true } : {}),
      news: newsWithChanges(i === 0 ? r.initial! : r.turns[i - 1].state, w),
      orders: w.orders,
      carriedOut: w.carriedOut,
      refused: w.refused,
      reports: w.reports,
      bots: w.bots,
      state: states.after[i],
    })),
  ];
}
