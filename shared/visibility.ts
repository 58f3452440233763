// The one place that decides what a seat may see of the engine's state.
// Secrets: each role's objective, covert operations not yet detected, and the seed and
// the generator's state (from which a client could recompute objectives and foresee the dice).
import type { GameState, Role, Seat } from './rules/types.ts';
import { ROLES } from './rules/types.ts';

export type StateView = Omit<GameState, 'objectives' | 'rng'> & {
  objectives: Partial<Record<Role, string>>;
  rng: number;
};

export function viewFor(s: GameState, seat: Seat): StateView {
  if (s.phase === 'ended') return structuredCloneState(s);
  const own = seat.kind === 'role' ? seat.role : undefined;
  const sees = (r: Role) => seat.kind === 'teacher' || r === own;
  const objectives: Partial<Record<Role, string>> = {};
  for (const r of ROLES) if (sees(r)) objectives[r] = s.objectives[r];
  const view = structuredCloneState(s);
  view.objectives = objectives;
  view.covert = view.covert.filter((c) => c.detected || sees(c.role));
  view.rng = 0;
  view.settings.seed = 0;
  return view;
}

/** Which seats may see a role's secrets (orders before resolution, private reports, objective). */
export function seesRoleSecrets(seat: Seat, role: Role): boolean {
  return seat.kind === 'teacher' || (seat.kind === 'role' && seat.role === role);
}

function structuredCloneState(s: GameState): StateView {
  return JSON.parse(JSON.stringify(s)) as StateView;
}
