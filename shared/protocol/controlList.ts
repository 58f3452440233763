// Who may send each control and in which phases, without its parameters: plain data that
// the match screen's host buttons can read without zod (the parameters and their schemas,
// built with zod, are in controls.ts, which joins them to this list).
import type { MatchPhase } from './phases.ts';
import { MATCH_PHASES, TIMED_PHASES } from './phases.ts';

/**
 * Who may send a control: 'host' = the host of an ordinary match; 'teacher' = the teacher
 * of a classroom session (who is also its host). In a classroom session only the teacher
 * sends controls, and only those whose `who` includes 'teacher'.
 */
export type Authority = 'host' | 'teacher';

export interface ControlTerms {
  description: string;
  who: readonly Authority[];
  phases: readonly MatchPhase[];
  /** Destructive: a console should ask for confirmation. */
  confirm?: boolean;
}

/** Every phase but the end: the match is still being set up or played. */
export const LIVE_PHASES = ['lobby', ...TIMED_PHASES] as const satisfies readonly MatchPhase[];

const both = ['host', 'teacher'] as const;
const teacher = ['teacher'] as const;

export const CONTROL_TERMS = {
  start: { description: 'Start the match: bots take the empty roles (if enabled) and the first briefing begins.', who: both, phases: ['lobby'] },
  pause: { description: 'Stop the clock of the current phase.', who: both, phases: TIMED_PHASES },
  resume: { description: 'Restart the clock where it stopped.', who: both, phases: TIMED_PHASES },
  extend: { description: 'Add time to the current phase.', who: both, phases: TIMED_PHASES },
  endPhase: { description: 'End the current phase now (planning goes straight to resolution).', who: both, phases: TIMED_PHASES, confirm: true },
  kick: { description: 'Remove a player, spectator or projector from the match; their seat token stops working.', who: both, phases: MATCH_PHASES, confirm: true },
  makeHost: { description: 'Hand the host role to another member.', who: ['host'], phases: MATCH_PHASES },
  settings: { description: 'Change the match options before the start.', who: both, phases: ['lobby'] },
  lock: {
    description: 'Lock the room: nobody new may join; members coming back with their seat token (and the teacher) still may.',
    who: both,
    phases: LIVE_PHASES,
  },
  unlock: { description: 'Open the room to new members again.', who: both, phases: LIVE_PHASES },
  autoBalance: {
    description: 'Even out the teams: students move from the largest team to the smallest (latest joined first) until no two differ by more than one.',
    who: teacher,
    phases: LIVE_PHASES,
  },
  move: {
    description: "Move a student to another team. During the match they leave their old team's draft and channels and join the new team's.",
    who: teacher,
    phases: LIVE_PHASES,
  },
  rename: { description: 'Give a member another nickname (made unique with a number if taken).', who: teacher, phases: LIVE_PHASES },
  injectEvent: {
    description: 'Play this event card at the next resolution instead of drawing one; it stays secret until then, when the news says the teacher chose it. Replaces a card already queued.',
    who: teacher,
    phases: LIVE_PHASES,
  },
  cancelEvent: { description: 'Take back the event card queued with injectEvent; the next event is drawn as usual.', who: teacher, phases: LIVE_PHASES },
  endMatch: {
    description: 'End the match now and score it as it stands (the week being planned is not played); everything is revealed as at a normal end.',
    who: teacher,
    phases: TIMED_PHASES,
    confirm: true,
  },
} as const satisfies Record<string, ControlTerms>;

export type ControlName = keyof typeof CONTROL_TERMS;
export const CONTROL_NAMES = Object.keys(CONTROL_TERMS) as ControlName[];

/** Whether a control can be sent in this phase. */
export const controlInPhase = (name: ControlName, phase: string): boolean => (CONTROL_TERMS[name].phases as readonly string[]).includes(phase);

/** The controls the one in charge of a match of this kind may send (in any phase). */
export const controlsFor = (classroom: boolean): ControlName[] =>
  CONTROL_NAMES.filter((c) => (CONTROL_TERMS[c].who as readonly Authority[]).includes(classroom ? 'teacher' : 'host'));
