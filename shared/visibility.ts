// The one place that decides what a seat may see of the engine's state.
// Secrets: each role's objective, where each drone incident really happened, and the seed
// and the generator's state (from which a client could recompute objectives, foresee the dice
// or redraw the truth). After the end, everything is shown.
import type { GameState, Incident, Role, Seat } from './rules/types.ts';
import { cloneState } from './rules/clone.ts';
import { ROLES } from './rules/types.ts';

/** An incident as a seat sees it: both claims, and the truth only once the match is over. */
export type IncidentView = Omit<Incident, 'truth'> & { truth?: number };

export type StateView = Omit<GameState, 'objectives' | 'rng' | 'incidents'> & {
  objectives: Partial<Record<Role, string>>;
  rng: number;
  incidents: IncidentView[];
};

export function viewFor(s: GameState, seat: Seat): StateView {
  if (s.phase === 'ended') return cloneState(s);
  const own = seat.kind === 'role' ? seat.role : undefined;
  const sees = (r: Role) => seat.kind === 'teacher' || r === own;
  const objectives: Partial<Record<Role, string>> = {};
  for (const r of ROLES) if (sees(r)) objectives[r] = s.objectives[r];
  // The engine's own copy (rules/clone.ts): what no rule edits in place is shared, so a view,
  // like a resolved state, is read-only. Each secret is replaced by a new object, never edited.
  return {
    ...cloneState(s),
    objectives,
    incidents: s.incidents.map(({ truth: _hidden, ...claims }) => claims),
    rng: 0,
    settings: { ...s.settings, seed: 0 },
  };
}

/** Which seats may see a role's secrets (orders before resolution, private reports, objective). */
export function seesRoleSecrets(seat: Seat, role: Role): boolean {
  return seat.kind === 'teacher' || (seat.kind === 'role' && seat.role === role);
}
