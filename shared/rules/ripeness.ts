// Ripeness: a mutually hurting stalemate makes talks work. Each week in a row in which a
// side's economy and security both fell adds to the chance that mediation moves.
import type { GameState, PartyRole, Role } from './types.ts';

export function ripeness(s: GameState, a: Role, b: Role): number {
  const h = (r: Role) => (r === 'mediator' ? 0 : s.hurting[r as PartyRole]);
  const onTable = s.offers.some((o) => o.kind === 'accord') ? 0.15 : 0;
  return Math.min(0.45, 0.12 * Math.min(h(a), h(b)) + onTable);
}
