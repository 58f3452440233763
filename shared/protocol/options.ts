// Options of a match (chosen at creation, changed by the host in the lobby) and of a join.
import { z } from 'zod';
import { BotLevelSchema, BotStyleSchema, humanText, RoleSchema } from './common.ts';
import { LIMITS } from './limits.ts';

const optionFields = {
  /** Listed in the lobby; a private match is joined by its code only. */
  public: z.boolean(),
  title: z.string().max(LIMITS.titleChars).transform((s) => s.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').trim()),
  turns: z.int().min(4).max(16),
  planningSeconds: z.int().min(1).max(3600),
  briefingSeconds: z.int().min(0).max(600),
  resolutionSeconds: z.int().min(0).max(600),
  apPerTurn: z.int().min(1).max(6),
  mediator: z.boolean(),
  /** Bots take the roles nobody holds when the match starts. */
  bots: z.boolean(),
  /** A bot plays a role whose players have all been gone for the grace period. */
  botTakeover: z.boolean(),
  takeoverGraceSeconds: z.int().min(1).max(600),
  botStyle: BotStyleSchema,
  /** How well bots play: the one-step bots (basic) or the expert at a level; the style is then its character. */
  botLevel: BotLevelSchema,
  /** Only a team's captain (its earliest member still connected) may mark it ready. */
  captainOnly: z.boolean(),
  /** At the end, everyone may read the private and team channels and the proposals. */
  revealPrivate: z.boolean(),
  /** The engine's seed; never sent to clients before the end. Random when absent. */
  seed: z.int().min(0).max(2 ** 31 - 1),
  /**
   * A classroom session: its creator is the teacher (not a player) who runs it from the
   * console; students are placed in teams by the server. Chosen at creation only.
   */
  classroom: z.boolean(),
  /** A classroom session: students answer a short knowledge check before the start and after the end. */
  knowledgeCheck: z.boolean(),
};

export const MatchOptionsPatchSchema = z.strictObject(optionFields).partial();
export type MatchOptionsPatch = z.infer<typeof MatchOptionsPatchSchema>;

/** What the `settings` control may change: every option but `classroom`, which is fixed at creation. */
export const SettingsPatchSchema = MatchOptionsPatchSchema.omit({ classroom: true });

export type MatchOptions = Required<Omit<MatchOptionsPatch, 'seed'>> & { seed?: number };

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  public: true,
  title: '',
  turns: 8,
  planningSeconds: 240,
  briefingSeconds: 12,
  resolutionSeconds: 6,
  apPerTurn: 3,
  mediator: false,
  bots: true,
  botTakeover: true,
  takeoverGraceSeconds: 45,
  botStyle: 'pragmatist',
  botLevel: 'basic',
  captainOnly: false,
  revealPrivate: false,
  classroom: false,
  knowledgeCheck: false,
};

/** A class is not listed in the open lobby unless the teacher says so (`public: true`). */
export const CLASSROOM_DEFAULTS: MatchOptions = { ...DEFAULT_MATCH_OPTIONS, classroom: true, public: false, knowledgeCheck: true };

/** The options of a new match: the creator's choices over the defaults of its kind. */
export const creationOptions = (patch: MatchOptionsPatch): MatchOptions => withDefaults(patch, patch.classroom ? CLASSROOM_DEFAULTS : DEFAULT_MATCH_OPTIONS);

export const MATCH_OPTION_NAMES = Object.keys(optionFields) as (keyof MatchOptionsPatch)[];

export function withDefaults(patch: MatchOptionsPatch, base: MatchOptions = DEFAULT_MATCH_OPTIONS): MatchOptions {
  const out: MatchOptions = { ...base };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * Who joins, and as what. `seatToken` (from `welcome`) returns a member to their seat;
 * `teacherToken` returns the teacher to the console of a classroom session; `projector`
 * is a read-only screen for the class that sees what spectators see.
 */
export const JoinOptionsSchema = z.strictObject({
  nickname: humanText(LIMITS.nicknameChars).optional(),
  role: z.union([RoleSchema, z.literal('auto')]).optional(),
  spectate: z.boolean().optional(),
  projector: z.boolean().optional(),
  seatToken: z.string().min(8).max(64).optional(),
  teacherToken: z.string().min(8).max(64).optional(),
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

/** Creating a match: its options and the creator's join options in one object. */
export const CreateOptionsSchema = MatchOptionsPatchSchema.extend(JoinOptionsSchema.shape);
export type CreateOptions = z.infer<typeof CreateOptionsSchema>;
