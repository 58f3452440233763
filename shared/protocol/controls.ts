// The controls of whoever runs a match (the host of an ordinary match, the teacher of a
// classroom session), declared as data (name, description, parameters, who, when) so
// that a console can be generated from the table and the server checks every call
// against it. Who and when are in controlList.ts (no zod there, for the match screen);
// parameters are declared here as typed fields, and their zod schema is built from the
// fields, so what a console renders and what the server accepts cannot drift apart.
import { z } from 'zod';
import { EVENTS } from '../index.ts';
import { humanText, RoleSchema } from './common.ts';
import { LIMITS } from './limits.ts';
import { CONTROL_TERMS, type ControlName, type ControlTerms } from './controlList.ts';
import { SettingsPatchSchema } from './options.ts';

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

export interface ControlSpec extends ControlTerms {
  /** The parameters, for a console to render (in this order). */
  fields: Fields;
  /** The parameters' schema, built from `fields`; the server checks every call with it. */
  params: z.ZodType;
}

function control<F extends Fields>(name: ControlName, fields: F): ControlTerms & { fields: F; params: ParamsOf<F> } {
  return { ...CONTROL_TERMS[name], fields, params: paramsOf(fields) };
}

export const CONTROLS = {
  start: control('start', {}),
  pause: control('pause', {}),
  resume: control('resume', {}),
  extend: control('extend', { seconds: field.int(5, 3600, 'seconds') }),
  endPhase: control('endPhase', {}),
  kick: control('kick', { playerId: field.playerId() }),
  makeHost: control('makeHost', { playerId: field.playerId() }),
  settings: control('settings', { options: field.options() }),
  lock: control('lock', {}),
  unlock: control('unlock', {}),
  autoBalance: control('autoBalance', {}),
  move: control('move', { playerId: field.playerId(), role: field.role() }),
  rename: control('rename', { playerId: field.playerId(), nickname: field.nickname() }),
  injectEvent: control('injectEvent', { card: field.eventCard() }),
  cancelEvent: control('cancelEvent', {}),
  endMatch: control('endMatch', {}),
} as const satisfies Record<ControlName, ControlSpec>;

export type ControlParams<N extends ControlName> = z.infer<(typeof CONTROLS)[N]['params']>;
