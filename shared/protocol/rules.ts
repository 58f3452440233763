// Protocol rules that both the server and the clients apply, written once: how long a
// phase lasts, who may mark a team ready, when a control makes sense, what a draft costs,
// and the close codes the server disconnects with. The server enforces them; clients use
// them to show only what would be accepted.
import type { Order } from '../index.ts';
import { ACTION_BY_ID } from '../index.ts';
import type { ControlName } from './controlList.ts';
import type { ErrorCode } from './errors.ts';
import type { MatchPhase } from './phases.ts';

/**
 * WebSocket close codes: 4000 a consented leave (Colyseus'), 4003 kicked, 4005 the seat was
 * taken by a newer connection with its token, 4012 the server is restarting (join again
 * with the seat token once it is back).
 */
export const CLOSE_CODES = { consented: 4000, kicked: 4003, replaced: 4005, serverRestarting: 4012 } as const;

/** The option that sets a timed phase's length, in seconds. */
const PHASE_LENGTH = { briefing: 'briefingSeconds', planning: 'planningSeconds', resolution: 'resolutionSeconds' } as const;

/** How long a phase lasts with these options (seconds); undefined for the untimed ones (lobby, ended). */
export function phaseSeconds(options: { briefingSeconds: number; planningSeconds: number; resolutionSeconds: number }, phase: MatchPhase | string): number | undefined {
  const key = PHASE_LENGTH[phase as keyof typeof PHASE_LENGTH];
  return key ? options[key] : undefined;
}

/** With `captainOnly`, only the team's captain may send `ready` (else `notCaptain`). */
export const mayMarkReady = (options: { captainOnly: boolean }, captainId: string | undefined, playerId: string | undefined): boolean =>
  !options.captainOnly || (captainId !== undefined && captainId === playerId);

/** Action points the orders cost, from the engine's catalogue. */
export const draftCost = (orders: readonly Order[]): number => orders.reduce((n, o) => n + (ACTION_BY_ID.get(o.action)?.cost ?? 0), 0);

/** What a control's own precondition reads of the match. */
export interface ControlSituation {
  paused: boolean;
  locked: boolean;
  pendingEvent?: string;
}

/**
 * Controls that only make sense in some situations, and the refusal when they do not (the
 * server checks these after the controls table's who, phase and parameters; a console
 * leaves out what would be refused).
 */
export const CONTROL_PRECONDITIONS: Partial<Record<ControlName, { holds: (s: ControlSituation) => boolean; refusal: ErrorCode }>> = {
  pause: { holds: (s) => !s.paused, refusal: 'paused' },
  resume: { holds: (s) => s.paused, refusal: 'notPaused' },
  lock: { holds: (s) => !s.locked, refusal: 'alreadyLocked' },
  unlock: { holds: (s) => s.locked, refusal: 'notLocked' },
  cancelEvent: { holds: (s) => s.pendingEvent !== undefined, refusal: 'noEventQueued' },
};

/** Whether a control's own precondition holds (controls without one always do). */
export const controlApplies = (name: ControlName, s: ControlSituation): boolean => CONTROL_PRECONDITIONS[name]?.holds(s) ?? true;
