// Host controls, declared as data (name, description, parameters, who, when) so that a
// console can be generated from the table and the server checks every call against it.
import { z } from 'zod';
import type { MatchPhase } from './phases.ts';
import { MATCH_PHASES, TIMED_PHASES } from './phases.ts';
import { MatchOptionsPatchSchema } from './options.ts';

/** Who may send a control. Classroom sessions will add 'teacher'. */
export type Authority = 'host';

export interface ControlSpec {
  description: string;
  params: z.ZodType;
  who: readonly Authority[];
  phases: readonly MatchPhase[];
  /** Destructive: a console should ask for confirmation. */
  confirm?: boolean;
}

const none = z.strictObject({});
const playerRef = z.strictObject({ playerId: z.string().min(1).max(32) });

export const CONTROLS = {
  start: {
    description: 'Start the match: bots take the empty roles (if enabled) and the first briefing begins.',
    params: none,
    who: ['host'],
    phases: ['lobby'],
  },
  pause: { description: 'Stop the clock of the current phase.', params: none, who: ['host'], phases: TIMED_PHASES },
  resume: { description: 'Restart the clock where it stopped.', params: none, who: ['host'], phases: TIMED_PHASES },
  extend: {
    description: 'Add time to the current phase.',
    params: z.strictObject({ seconds: z.int().min(5).max(3600) }),
    who: ['host'],
    phases: TIMED_PHASES,
  },
  endPhase: {
    description: 'End the current phase now (planning goes straight to resolution).',
    params: none,
    who: ['host'],
    phases: TIMED_PHASES,
    confirm: true,
  },
  kick: {
    description: 'Remove a player or spectator from the match; their seat token stops working.',
    params: playerRef,
    who: ['host'],
    phases: MATCH_PHASES,
    confirm: true,
  },
  makeHost: { description: 'Hand the host role to another member.', params: playerRef, who: ['host'], phases: MATCH_PHASES },
  settings: {
    description: 'Change the match options before the start.',
    params: z.strictObject({ options: MatchOptionsPatchSchema }),
    who: ['host'],
    phases: ['lobby'],
  },
} as const satisfies Record<string, ControlSpec>;

export type ControlName = keyof typeof CONTROLS;
export const CONTROL_NAMES = Object.keys(CONTROLS) as ControlName[];
export type ControlParams<N extends ControlName> = z.infer<(typeof CONTROLS)[N]['params']>;
