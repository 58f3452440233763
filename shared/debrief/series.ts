// The indicators week by week, for the debrief's charts: week 0 is the start.
import type { GameState, Indicator, PartyRole, Role } from '../rules/types.ts';
import { INDICATORS } from '../rules/types.ts';
import type { PlayedMatch } from './types.ts';

export interface Series {
  weeks: number[];
  /** Per role and indicator, one value per week. */
  roles: Record<Role, Record<Indicator, number[]>>;
  cohesion: number[];
  tension: number[];
  narrative: number[];
  threat: number[];
}

export function indicatorSeries(match: PlayedMatch): Series {
  const states: GameState[] = [match.initial, ...match.weeks.map((w) => w.state)];
  const roles = {} as Series['roles'];
  for (const role of Object.keys(match.initial.roles) as Role[]) {
    roles[role] = {} as Record<Indicator, number[]>;
    for (const k of INDICATORS) roles[role][k] = states.map((s) => s.roles[role][k]);
  }
  return {
    weeks: states.map((_, i) => i),
    roles,
    cohesion: states.map((s) => s.cohesion),
    tension: states.map((s) => s.tension),
    narrative: states.map((s) => s.narrative),
    threat: states.map((s) => s.threat),
  };
}

/** The change of each indicator of a role in its last week, for "number and change" displays. */
export function lastChange(before: GameState, after: GameState, role: PartyRole): Record<Indicator, number> {
  const out = {} as Record<Indicator, number>;
  for (const k of INDICATORS) out[k] = Math.round((after.roles[role][k] - before.roles[role][k]) * 10) / 10;
  return out;
}
