// The controls of whoever runs a match (the host of an ordinary match, the teacher of a
// classroom session), declared as data (name, description, parameters, who, when) so
// that a console can be generated from the table and the server checks every call
// against it. Parameters are declared as typed fields; their zod schema is built from
// the fields, so what a console renders and what the server accepts cannot drift apart.
import { z } from 'zod';
import { EVENTS } from '../index.ts';
import { humanText, RoleSchema } from './common.ts';
import { LIMITS } from './limits.ts';
import type { MatchPhase } from './phases.ts';
import { MATCH_PHASES, TIMED_PHASES } from './phases.ts';
import { SettingsPatchSchema } from './options.ts';

/**
 * Who may send a control: 'host' = the host of an ordinary match; 'teacher' = the teacher
 * of a classroom session (who is also its host). In a classroom session only the teacher
 * sends controls, and only those whose `who` includes 'teacher'.
 */
export type Authority = 'host' | 'teacher';

/** The event cards a teacher may inject, by id (EVENTS in shared/rules/events.ts). */
export const EVENT_CARD_IDS = EVENTS.map((e) => e.id) as [string, ...string[]];

/**
 * What a console shows for one parameter:
 * - int: a number input or stepper within [min, max] (`unit: 'seconds'` for durations);
 * - playerId: pick a member of the match (students from `state.players`, spectators and
 *   projectors from the teacher's `console` message);
 * - role: pick one of the match's seated roles (`state.seats[].role`);
 * - nickname: a text box, 1–24 characters;
 * - eventCard: pick one of `values` (event card ids; title key `events.<id>.title`);
 * - options: the match options form (`MatchOptionsPatch` without `classroom`; see options.ts).
 */
export type ParamKind = 'int' | 'playerId' | 'role' | 'nickname' | 'eventCard' | 'options';

export interface ParamField<S extends z.ZodType = z.ZodType> {
  kind: ParamKind;
  schema: S;
  min?: number;
  max?: number;
  unit?: 'seconds';
  /** The allowed values of an enumerated field. */
  values?: readonly string[];
}

/** Building blocks for the table's fields. */
export const field = {
  int: (min: number, max: number, unit?: 'seconds'): ParamField<z.ZodInt> => ({ kind: 'int', min, max, ...(unit ? { unit } : {}), schema: z.int().min(min).max(max) }),
  playerId: (): ParamField<z.ZodString> => ({ kind: 'playerId', schema: z.string().min(1).max(32) }),
  role: (): ParamField<typeof RoleSchema> => ({ kind: 'role', values: RoleSchema.options, schema: RoleSchema }),
  nickname: () => ({ kind: 'nickname' as const, max: LIMITS.nicknameChars, schema: humanText(LIMITS.nicknameChars) }),
  eventCard: () => ({ kind: 'eventCard' as const, values: EVENT_CARD_IDS, schema: z.enum(EVENT_CARD_IDS) }),
  options: () => ({ kind: 'options' as const, schema: SettingsPatchSchema }),
};

type Fields = Record<string, ParamField>;
type ParamsOf<F extends Fields> = z.ZodObject<{ [K in keyof F]: F[K]['schema'] }, z.core.$strict>;

/** The strict zod object of a control's fields: unknown parameters are refused. */
function paramsOf<F extends Fields>(fields: F): ParamsOf<F> {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.schema]));
  return z.strictObject(shape) as unknown as ParamsOf<F>;
}

export interface ControlSpec {
  description: string;
  /** The parameters, for a console to render (in this order). */
  fields: Fields;
  /** The parameters' schema, built from `fields`; the server checks every call with it. */
  params: z.ZodType;
  who: readonly Authority[];
  phases: readonly MatchPhase[];
  /** Destructive: a console should ask for confirmation. */
  confirm?: boolean;
}

/** Every phase but the end: the match is still being set up or played. */
export const LIVE_PHASES = ['lobby', ...TIMED_PHASES] as const satisfies readonly MatchPhase[];

const both = ['host', 'teacher'] as const;
const teacher = ['teacher'] as const;

function control<F extends Fields>(spec: Omit<ControlSpec, 'fields' | 'params'> & { fields: F }) {
  return { ...spec, params: paramsOf(spec.fields) };
}

export const CONTROLS = {
  start: control({
    description: 'Start the match: bots take the empty roles (if enabled) and the first briefing begins.',
    fields: {},
    who: both,
    phases: ['lobby'],
  }),
  pause: control({ description: 'Stop the clock of the current phase.', fields: {}, who: both, phases: TIMED_PHASES }),
  resume: control({ description: 'Restart the clock where it stopped.', fields: {}, who: both, phases: TIMED_PHASES }),
  extend: control({
    description: 'Add time to the current phase.',
    fields: { seconds: field.int(5, 3600, 'seconds') },
    who: both,
    phases: TIMED_PHASES,
  }),
  endPhase: control({
    description: 'End the current phase now (planning goes straight to resolution).',
    fields: {},
    who: both,
    phases: TIMED_PHASES,
    confirm: true,
  }),
  kick: control({
    description: 'Remove a player, spectator or projector from the match; their seat token stops working.',
    fields: { playerId: field.playerId() },
    who: both,
    phases: MATCH_PHASES,
    confirm: true,
  }),
  makeHost: control({ description: 'Hand the host role to another member.', fields: { playerId: field.playerId() }, who: ['host'], phases: MATCH_PHASES }),
  settings: control({
    description: 'Change the match options before the start.',
    fields: { options: field.options() },
    who: both,
    phases: ['lobby'],
  }),
  lock: control({
    description: 'Lock the room: nobody new may join; members coming back with their seat token (and the teacher) still may.',
    fields: {},
    who: both,
    phases: LIVE_PHASES,
  }),
  unlock: control({ description: 'Open the room to new members again.', fields: {}, who: both, phases: LIVE_PHASES }),
  autoBalance: control({
    description: 'Even out the teams: students move from the largest team to the smallest (latest joined first) until no two differ by more than one.',
    fields: {},
    who: teacher,
    phases: LIVE_PHASES,
  }),
  move: control({
    description: "Move a student to another team. During the match they leave their old team's draft and channels and join the new team's.",
    fields: { playerId: field.playerId(), role: field.role() },
    who: teacher,
    phases: LIVE_PHASES,
  }),
  rename: control({
    description: 'Give a member another nickname (made unique with a number if taken).',
    fields: { playerId: field.playerId(), nickname: field.nickname() },
    who: teacher,
    phases: LIVE_PHASES,
  }),
  injectEvent: control({
    description: "Play this event card at the next resolution instead of drawing one; it stays secret until then, when the news says the teacher chose it. Replaces a card already queued.",
    fields: { card: field.eventCard() },
    who: teacher,
    phases: LIVE_PHASES,
  }),
  cancelEvent: control({ description: 'Take back the event card queued with injectEvent; the next event is drawn as usual.', fields: {}, who: teacher, phases: LIVE_PHASES }),
  endMatch: control({
    description: 'End the match now and score it as it stands (the week being planned is not played); everything is revealed as at a normal end.',
    fields: {},
    who: teacher,
    phases: TIMED_PHASES,
    confirm: true,
  }),
  revealMemos: control({
    description: "Show every team's memo to the whole class (students, projector and the public debrief); the memos can no longer change.",
    fields: {},
    who: teacher,
    phases: ['ended'],
    confirm: true,
  }),
} as const satisfies Record<string, ControlSpec>;

export type ControlName = keyof typeof CONTROLS;
export const CONTROL_NAMES = Object.keys(CONTROLS) as ControlName[];
export type ControlParams<N extends ControlName> = z.infer<(typeof CONTROLS)[N]['params']>;

/** The controls the one in charge of a match of this kind may send (in any phase). */
export const controlsFor = (classroom: boolean): ControlName[] =>
  CONTROL_NAMES.filter((c) => (CONTROLS[c].who as readonly Authority[]).includes(classroom ? 'teacher' : 'host'));
