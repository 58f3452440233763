// Playing a hidden world forward with the engine: the expert's candidate orders this week,
// the others as modelled, then everyone by model until the horizon or the end; and the
// value of where that leaves the expert's role.
import { resolveTurn } from '../rules/resolve.ts';
import { scoreMatch } from '../rules/score.ts';
import type { GameState, Order, Orders, Outcome, Role } from '../rules/types.ts';
import { ROLES } from '../rules/types.ts';
import { isSeated, validateOrder } from '../rules/validate.ts';
import type { BotStyle } from './index.ts';
import { chooseOrders } from './index.ts';
import type { World } from './knowledge.ts';

/** A temperament the expert can play in: it weighs its objectives by it. */
export type Character = 'neutral' | 'hawk' | 'dove' | 'pragmatist';

/** The scores as they would stand if the match ended now (or as they stand, if it has ended). */
export function standing(s: GameState): Outcome {
  return s.outcome ?? scoreMatch(s, 'turnLimit');
}

const seatedOthers = (s: GameState, role: Role) => ROLES.filter((r) => r !== role && isSeated(s, r));

/** The role's score minus the best of the other seated roles' (a match is won by the highest). */
export function lead(s: GameState, role: Role, o: Outcome = standing(s)): number {
  let best = -Infinity;
  for (const r of seatedOthers(s, role)) best = Math.max(best, o.scores[r].total);
  return o.scores[role].total - best;
}

/**
 * What a position is worth to the role: above all its lead over the best of the others
 * (a match is won by the highest score), then its own score; a character adds its taste.
 * `o` is the position's standing, when the caller has it already.
 */
export function utility(s: GameState, role: Role, character: Character, o: Outcome = standing(s)): number {
  const mine = o.scores[role].total;
  const margin = lead(s, role, o);
  // The chance of the highest score, smoothed (a lead of 4 points is worth about three quarters of a
  // win), plus a little of its own score to break ties. A wider curve (margin / 8, 0.2 of its score)
  // measured worse against pragmatists: 30% and 10% as Algeria and Mali in 10 matches each.
  let u = 12 / (1 + Math.exp(-margin / 4)) + 0.1 * mine;
  if (character === 'hawk') u += 0.8 * s.tension - (o.kind === 'settlement' ? 4 : 0);
  if (character === 'dove') u -= 0.8 * s.tension - (o.kind === 'settlement' ? 4 : 0);
  return u;
}

/** The orders a modelled role gives: those it is bound to (a deal), then its style's choice where they fit. */
export function withFill(s: GameState, role: Role, bound: readonly Order[], style: BotStyle): Order[] {
  const out: Order[] = [];
  for (const o of bound) if (validateOrder(s, role, o, out).ok) out.push(o);
  for (const o of chooseOrders(s, role, style)) if (validateOrder(s, role, o, out).ok) out.push(o);
  return out;
}

export interface Rollout {
  /** The state after the first week, for the explanation. */
  afterWeek: GameState;
  final: GameState;
  weeks: number;
}

/**
 * Plays the world forward: the role gives `mine` this week; the others give what they are
 * bound to plus their model's choice; later weeks are played by everyone's model.
 */
export function rollout(world: World, role: Role, mine: readonly Order[], horizon: number, self: BotStyle, bound: Partial<Record<Role, readonly Order[]>> = {}): Rollout {
  let s = world.state;
  let afterWeek = s;
  let weeks = 0;
  while (s.phase !== 'ended' && weeks < horizon) {
    const orders: Orders = {};
    for (const r of ROLES) {
      if (!isSeated(s, r)) continue;
      if (r === role) orders[r] = weeks === 0 ? [...mine] : chooseOrders(s, r, self);
      else orders[r] = weeks === 0 && bound[r]?.length ? withFill(s, r, bound[r]!, world.styles[r]!) : chooseOrders(s, r, world.styles[r]!);
    }
    s = resolveTurn(s, orders).state;
    weeks++;
    if (weeks === 1) afterWeek = s;
  }
  return { afterWeek, final: s, weeks };
}
