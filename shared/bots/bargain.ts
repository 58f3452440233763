// Bargaining: the expert weighs a deal by playing the same hidden worlds with it and
// without it, accepts what raises its expected value, and offers the deal it gains most by
// among those the other side is likely to take (nothing escalatory in it: every style but a
// hawk takes such a deal; an expert or a person weighs it).
import { ACTION_BY_ID } from '../rules/actions/index.ts';
import { roleOf } from '../rules/geography.ts';
import { orderEffects } from '../rules/resolve.ts';
import type { Country, GameState, Order, Role } from '../rules/types.ts';
import { COUNTRIES, PARTY_ROLES } from '../rules/types.ts';
import { isSeated, legalActions, validateOrder } from '../rules/validate.ts';
import type { StateView } from '../visibility.ts';
import type { BotStyle } from './index.ts';
import { chooseOrders } from './index.ts';
import { around, finish, Search, selfStyle } from './expert.ts';
import type { BotLevel } from './levels.ts';
import { LEVELS } from './levels.ts';
import type { Character } from './rollout.ts';
import { rollout, utility } from './rollout.ts';

/** "I will do `give`, you will do `get`": the shape of a formal proposal (shared/protocol). */
export interface Deal {
  from: Role;
  to: Role;
  give: Order[];
  get: Order[];
}

export interface BargainOptions {
  level?: BotLevel;
  character?: Character;
  seed?: number;
  capMs?: number;
  /** As in ExpertOptions: the time spent so far, in ms. */
  clock?: () => number;
}

/** An order that takes no step up the ladder. */
export function calm(o: Order): boolean {
  const def = ACTION_BY_ID.get(o.action);
  if (!def) return false;
  const e = orderEffects(def, o);
  return !e.escalatory && e.tension <= 0;
}

/**
 * How the one-step styles answer a deal (the one copy of the rule: the server's bots,
 * server/match/botDiplomacy.ts, and scripts/bot.ts use it): a hawk refuses everything,
 * the others take any deal in which nothing is escalatory.
 */
export function acceptsByRule(style: BotStyle, deal: { give: readonly Order[]; get: readonly Order[] }): boolean {
  if (style === 'hawk') return false;
  return deal.get.every(calm) && deal.give.every(calm);
}

export interface DealValue {
  accept: boolean;
  /** Expected gain in the role's value from taking the deal (the same worlds played both ways). */
  gain: number;
  /** The other side's expected gain, as far as the role can tell (its objective is sampled). */
  theirGain: number;
  weeks: number;
}

const sideOf = (deal: Deal, role: Role) => (role === deal.from ? deal.give : deal.get);
const otherOf = (deal: Deal, role: Role) => (role === deal.from ? deal.to : deal.from);

function fits(s: GameState, role: Role, orders: readonly Order[]): boolean {
  const out: Order[] = [];
  for (const o of orders) {
    if (!validateOrder(s, role, o, out).ok) return false;
    out.push(o);
  }
  return true;
}

function* weigh(search: Search, deal: Deal, worlds: number, horizon: number): Generator<void, { gain: number; theirGain: number }, void> {
  const role = search.role;
  const other = otherOf(deal, role);
  const s = search.base;
  const style = selfStyle(search.character);
  const plainMine = chooseOrders(s, role, style);
  const withMine = around(s, role, sideOf(deal, role), plainMine);
  let gain = 0;
  let theirGain = 0;
  for (let i = 0; i < worlds; i++) {
    const w = search.world(i);
    const yes = rollout(w, role, withMine, horizon, style, { [other]: sideOf(deal, other) });
    const no = rollout(w, role, plainMine, horizon, style);
    search.weeks += yes.weeks + no.weeks;
    gain += (utility(yes.final, role, search.character) - utility(no.final, role, search.character)) / worlds;
    theirGain += (utility(yes.final, other, 'neutral') - utility(no.final, other, 'neutral')) / worlds;
    yield;
  }
  return { gain, theirGain };
}

function newSearch(view: StateView | GameState, role: Role, opts: BargainOptions, salt: number): Search {
  const level = opts.level ?? 'normal';
  const spec = LEVELS[level];
  return new Search(view, role, spec, level, opts.character ?? 'neutral', spec.budgetWeeks, opts.capMs ?? spec.capMs, (opts.seed ?? 0) + salt, {}, opts.clock);
}

/** Whether the role should accept a deal it is party to: only if it raises its expected value. */
export function evaluateDeal(view: StateView | GameState, role: Role, deal: Deal, opts: BargainOptions = {}): DealValue {
  return finish(dealSearch(view, role, deal, opts));
}

/** evaluateDeal, one step per pair of rollouts (for the server's slices). */
export function* dealSearch(view: StateView | GameState, role: Role, deal: Deal, opts: BargainOptions = {}): Generator<void, DealValue, void> {
  const search = newSearch(view, role, opts, 101);
  const s = search.base;
  if (s.phase === 'ended' || !fits(s, deal.from, deal.give) || !fits(s, deal.to, deal.get)) return { accept: false, gain: 0, theirGain: 0, weeks: 0 };
  const spec = LEVELS[search.level];
  const horizon = Math.min(spec.horizon, s.settings.turns - s.turn + 1);
  const { gain, theirGain } = yield* weigh(search, deal, spec.worlds, horizon);
  return { accept: gain > 0.05, gain, theirGain, weeks: search.weeks };
}

const relates = (target: string | undefined, role: Role) => target === role || ((COUNTRIES as readonly string[]).includes(target ?? '') && roleOf(target as Country) === role);

/** The deal the role would offer this week, if any is worth offering: its best expected gain among deals likely to be taken. */
export function proposeDeal(view: StateView | GameState, role: Role, opts: BargainOptions = {}): Offer | undefined {
  return finish(offerSearch(view, role, opts));
}

export interface Offer {
  deal: Deal;
  gain: number;
  theirGain: number;
  weeks: number;
}

/** proposeDeal, one step per pair of rollouts (for the server's slices). */
export function* offerSearch(view: StateView | GameState, role: Role, opts: BargainOptions = {}): Generator<void, Offer | undefined, void> {
  const search = newSearch(view, role, opts, 202);
  const s = search.base;
  if (s.phase === 'ended' || role === 'mediator') return undefined;
  const spec = LEVELS[search.level];
  const horizon = Math.min(spec.horizon, 3, s.settings.turns - s.turn + 1);
  // Screen the menu in two worlds, then weigh the most promising few in more.
  const screened: { deal: Deal; gain: number }[] = [];
  for (const to of PARTY_ROLES) {
    if (to === role || !isSeated(s, to)) continue;
    const mine = legalActions(s, role).filter((o) => calm(o) && (o.target === undefined || relates(o.target, to))).slice(0, spec.dealMenu);
    const theirCalm = legalActions(s, to).filter(calm);
    const theirs = theirCalm.filter((o) => relates(o.target, role)).slice(0, spec.dealMenu);
    // And what the other side might do toward the third role: its words and steps there spend its
    // action points and move the third role's score, which the role's value counts (its lead).
    const third = PARTY_ROLES.find((r) => r !== role && r !== to && isSeated(s, r));
    if (third && spec.dealThird) theirs.push(...theirCalm.filter((o) => relates(o.target, third)).slice(0, spec.dealThird));
    const deals: Deal[] = [];
    for (const t of theirs) {
      deals.push({ from: role, to, give: [], get: [t] });
      for (const m of mine) deals.push({ from: role, to, give: [m], get: [t] });
    }
    for (const deal of deals) {
      if (search.outOfTime()) break;
      const v = yield* weigh(search, deal, 2, Math.min(horizon, 2));
      if (v.gain > 0) screened.push({ deal, gain: v.gain });
    }
  }
  screened.sort((a, b) => b.gain - a.gain);
  let best: { deal: Deal; gain: number; theirGain: number } | undefined;
  for (const { deal } of screened.slice(0, 3)) {
    if (search.outOfTime()) break;
    const v = yield* weigh(search, deal, Math.min(spec.worlds, 6), horizon);
    // Not only deals the other side gains by too, as far as the role can tell (its objective is
    // sampled): a calm deal is taken by every style but a hawk, and asking only for those cost
    // the hard expert 7 to 19 points of wins against two pragmatists (docs/BALANCE.md).
    if (v.gain <= 0.1) continue;
    if (!best || v.gain > best.gain) best = { deal, ...v };
  }
  return best ? { ...best, weeks: search.weeks } : undefined;
}
