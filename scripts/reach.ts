// How far a row of the strength table lies within reach (docs/BALANCE.md): one role planned
// by a search far heavier than the expert's, the others one style. Two such planners, neither
// fit for play:
// - `styles`: told what the others are (no seat is told even that), not the dice, the others'
//   cards or the incidents' truth: its hidden worlds are drawn from its seat's view alone;
// - `everything`: plays the true state, dice and cards included. A win it finds is a line the
//   rules offer; one only it finds hangs on dice nobody at the table can see.
// Each week it weighs every order set it may give, each played to the end with its own later
// weeks in each one-step style (the best counts), and gives the best. Greedy, week by week.
import { BOT_STYLES, chooseOrders } from '../shared/bots/index.ts';
import { planKey } from '../shared/bots/expert.ts';
import type { BotStyle } from '../shared/bots/index.ts';
import { knowledgeHash, sampleWorld, seatKnowledge } from '../shared/bots/knowledge.ts';
import type { World } from '../shared/bots/knowledge.ts';
import { lead, rollout, utility } from '../shared/bots/rollout.ts';
import { resolveTurn } from '../shared/rules/resolve.ts';
import { mixSeed, rngFrom } from '../shared/rules/random.ts';
import type { GameState, Order, Orders, OutcomeKind, PartyRole } from '../shared/rules/types.ts';
import { PARTY_ROLES } from '../shared/rules/types.ts';
import { legalActions } from '../shared/rules/validate.ts';
import { createMatch } from '../shared/scenario/start.ts';
import { viewFor } from '../shared/visibility.ts';

export type Knows = 'styles' | 'everything';

export interface ReachOptions {
  role: PartyRole;
  /** The style of both other roles. */
  against: BotStyle;
  knows: Knows;
  /** `styles`: hidden worlds each finalist is weighed in, and how many order sets become finalists. */
  worlds?: number;
  finalists?: number;
}

export interface ReachMatch {
  seed: number;
  winner: PartyRole;
  kind: OutcomeKind;
  /** The role's score minus the best other's. */
  margin: number;
  line: Order[][];
}

/** Its later weeks are played in each temperament (a distracted player's is no plan). */
const LATER: readonly BotStyle[] = BOT_STYLES.filter((st) => st !== 'random');

/** Every set of orders the role may give this week (the order within a week aside), the empty one first. */
export function orderSets(s: GameState, role: PartyRole): Order[][] {
  const out: Order[][] = [[]];
  const seen = new Set<string>(['']);
  const grow = (cur: Order[]) => {
    for (const o of legalActions(s, role, cur)) {
      const next = [...cur, o];
      const k = planKey(next);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(next);
      grow(next);
    }
  };
  grow([]);
  return out;
}

/** The value of giving `mine` in a world: the best of its later styles, to the end of the match. */
function bestLater(world: World, role: PartyRole, mine: readonly Order[], value: (s: GameState) => number, later = LATER): number {
  let best = -Infinity;
  for (const style of later) best = Math.max(best, value(rollout(world, role, mine, Infinity, style).final));
  return best;
}

/** The orders the planner gives this week. */
export function reachWeek(state: GameState, opts: ReachOptions): Order[] {
  const { role, against } = opts;
  if (opts.knows === 'everything') {
    const world: World = { state, styles: Object.fromEntries(PARTY_ROLES.filter((r) => r !== role).map((r) => [r, against])) };
    let best: Order[] = [];
    let bestValue = -Infinity;
    for (const c of orderSets(state, role)) {
      const v = bestLater(world, role, c, (s) => lead(s, role));
      if (v > bestValue) [best, bestValue] = [c, v];
    }
    return best;
  }
  // From the seat's view only, with its own dice: the true seed never reaches this branch.
  const k = seatKnowledge(viewFor(state, { kind: 'role', role }), role);
  const rng = rngFrom(mixSeed(knowledgeHash(k), PARTY_ROLES.indexOf(role) + 1, 41));
  const worlds = Array.from({ length: opts.worlds ?? 8 }, () => sampleWorld(k, role, rng, { kind: 'style', style: against }));
  const value = (s: GameState) => utility(s, role, 'neutral');
  // Screened in one world with two later styles, then the finalists in every world.
  const screened = orderSets(worlds[0].state, role).map((c) => ({ c, v: bestLater(worlds[0], role, c, value, ['hawk', 'pragmatist']) }));
  screened.sort((a, b) => b.v - a.v);
  let best: Order[] = screened[0].c;
  let bestValue = -Infinity;
  for (const { c } of screened.slice(0, opts.finalists ?? 20)) {
    let v = 0;
    for (const w of worlds) v += bestLater(w, role, c, value);
    if (v > bestValue) [best, bestValue] = [c, v];
  }
  return best;
}

/**
 * One match of the row: the planner in its role, both others `against`; from its first week,
 * or from `from` (a match under way: the line then starts at its week).
 */
export function reachMatch(seed: number, opts: ReachOptions, from: GameState = createMatch({ seed })): ReachMatch {
  let s = from;
  const line: Order[][] = [];
  while (s.phase !== 'ended') {
    const mine = reachWeek(s, opts);
    line.push(mine);
    const orders: Orders = {};
    for (const r of PARTY_ROLES) orders[r] = r === opts.role ? mine : chooseOrders(s, r, opts.against);
    s = resolveTurn(s, orders).state;
  }
  const o = s.outcome!;
  return { seed, winner: o.winner as PartyRole, kind: o.kind, margin: Math.round(lead(s, opts.role) * 10) / 10, line };
}
