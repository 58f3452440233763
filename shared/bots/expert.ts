// The expert: a planning bot that searches under uncertainty. It samples hidden worlds
// consistent with what its seat sees (the others' objectives, the drones' true positions,
// the dice), plays each candidate week forward in the same worlds with the engine and
// models of the others (determinised Monte Carlo with successive halving: many candidates
// shallowly, the best few deeply), and gives the orders with the best expected value.
// Deterministic for a given view, seed and budget; the budget counts simulated weeks.
import type { Rng } from '../rules/random.ts';
import { mixSeed, rngFrom } from '../rules/random.ts';
import type { GameState, Order, Role } from '../rules/types.ts';
import { ROLES } from '../rules/types.ts';
import { legalActions, validateOrder } from '../rules/validate.ts';
import type { StateView } from '../visibility.ts';
import type { BotStyle } from './index.ts';
import { chooseOrders } from './index.ts';
import type { SeatKnowledge, World } from './knowledge.ts';
import { knowledgeHash, sampleWorld, seatKnowledge } from './knowledge.ts';
import type { BotLevel, LevelSpec } from './levels.ts';
import { BOT_LEVELS, LEVELS } from './levels.ts';
import type { Character } from './rollout.ts';
import type { Rollout } from './rollout.ts';
import { rollout, standing, utility } from './rollout.ts';

export interface ExpertOptions {
  level?: BotLevel;
  /** The temperament it plays in ("a hawkish Mali"); neutral plays only to win. */
  character?: Character;
  /** Mixed into its own dice; the same seed, view and budget give the same decision. */
  seed?: number;
  /** Overrides the level's budget, in simulated weeks. */
  budgetWeeks?: number;
  /** Overrides the level's wall-clock cap (ms); 0 for none. */
  capMs?: number;
  /** The time the search has spent, in ms (by default wall time since it began; the server counts only its own slices). */
  clock?: () => number;
  /** Orders the role is already bound to this week (accepted deals): every candidate keeps them. */
  committed?: readonly Order[];
  /** Orders the others are bound to this week by deals the role knows of. */
  othersBound?: Partial<Record<Role, readonly Order[]>>;
}

/** What the bot expected of one of its orders: the week's change with it rather than without. */
export interface OrderNote {
  order: Order;
  /** Expected change over the week of the role's indicators, because of this order. */
  effects: Partial<Record<'security' | 'legitimacy' | 'support' | 'economy' | 'cohesion' | 'narrative', number>>;
  /** Expected tension at the end of the week with the whole plan. */
  tension: number;
  /** Expected final score with this order, minus without it. */
  scoreGain: number;
}

/** The bot's reasoning for one week, for the debrief. */
export interface DecisionNote {
  turn: number;
  role: Role;
  level: BotLevel;
  character: Character;
  /** Expected final score, and the chance of the highest score, with the chosen orders. */
  expectedScore: number;
  winChance: number;
  /** Expected tension after the week. */
  tension: number;
  orders: OrderNote[];
  /** How many order sets it weighed, in how many hidden worlds, at what cost. */
  considered: number;
  worlds: number;
  weeksSimulated: number;
  /** The wall-clock cap stopped the search before its budget. */
  cutShort: boolean;
}

export interface ExpertDecision {
  orders: Order[];
  note: DecisionNote;
}

/** One name for a set of orders, whatever their order within the week. */
export const planKey = (orders: readonly Order[]) =>
  orders
    .map((o) => `${o.action}/${o.target ?? ''}/${o.option ?? ''}`)
    .sort()
    .join('+');

/** The style its own later weeks are played with in a rollout. */
export const selfStyle = (c: Character): BotStyle => (c === 'hawk' || c === 'dove' ? c : 'pragmatist');

interface Candidate {
  orders: Order[];
  sum: number;
  n: number;
}

/** A search for one role in one week: the worlds it samples and what each evaluation cost. */
export class Search {
  readonly k: SeatKnowledge;
  readonly rng: Rng;
  readonly worlds: World[] = [];
  weeks = 0;
  cutShort = false;
  readonly clock: () => number;
  /** How its own later weeks are played in a rollout (chosen once per decision: bestFuture). */
  future: BotStyle;

  constructor(
    view: StateView | GameState,
    readonly role: Role,
    readonly spec: LevelSpec,
    readonly level: BotLevel,
    readonly character: Character,
    readonly budget: number,
    readonly capMs: number,
    seed: number,
    readonly bound: Partial<Record<Role, readonly Order[]>>,
    clock?: () => number,
  ) {
    const t0 = Date.now();
    this.clock = clock ?? (() => Date.now() - t0);
    this.future = selfStyle(character);
    this.k = seatKnowledge(view, role);
    this.rng = rngFrom(mixSeed(seed >>> 0, knowledgeHash(this.k), ROLES.indexOf(role) + 1, BOT_LEVELS.indexOf(level) + 1));
  }

  world(i: number): World {
    while (this.worlds.length <= i) this.worlds.push(sampleWorld(this.k, this.role, this.rng, this.spec.others));
    return this.worlds[i];
  }

  get base(): GameState {
    return this.world(0).state;
  }

  outOfTime(): boolean {
    if (this.capMs > 0 && this.clock() > this.capMs) this.cutShort = true;
    return this.cutShort;
  }

  /** Rollouts already played, by plan, world, horizon and future: the same inputs give the same result. */
  private readonly played = new Map<string, Played>();

  /** One rollout of `orders` in a world; only those not played before cost simulated weeks. */
  play(orders: readonly Order[], world: number, horizon: number, future = this.future): Played {
    const id = `${planKey(orders)}|${world}|${horizon}|${future}`;
    let r = this.played.get(id);
    if (!r) {
      const played = rollout(this.world(world), this.role, orders, horizon, future, this.bound);
      this.weeks += played.weeks;
      this.played.set(id, (r = summary(played, this.role, this.character)));
    }
    return r;
  }

  value(orders: readonly Order[], world: number, horizon: number, future = this.future): number {
    return this.play(orders, world, horizon, future).value;
  }
}

/**
 * What a search keeps of a rollout: its value and what the explanation reads, not its two
 * states (a normal search plays a few hundred rollouts, and thirty classes search at once).
 */
export interface Played {
  value: number;
  /** The role's score at the end of the rollout, and whether it was the highest. */
  score: number;
  won: boolean;
  /** After the first week: the tension and the indicators the explanation reports. */
  tension: number;
  after: Record<Explained, number>;
}

type Explained = (typeof EXPLAINED)[number] | 'cohesion' | 'narrative';

function summary({ final, afterWeek: a }: Rollout, role: Role, character: Character): Played {
  const o = standing(final);
  const after = {} as Record<Explained, number>;
  for (const k of EXPLAINED) after[k] = role === 'mediator' && k !== 'legitimacy' ? 0 : a.roles[role][k];
  after.cohesion = a.cohesion;
  // The narrative as the role gains by it: Algeria by a higher one, Mali and the AES by a lower one.
  after.narrative = (role === 'algeria' ? 1 : role === 'mediator' ? 0 : -1) * a.narrative;
  return { value: utility(final, role, character, o), score: o.scores[role].total, won: o.winner === role, tension: a.tension, after };
}

/** The orders of a plan that still fit after `first`: a candidate built around one order. */
export function around(s: GameState, role: Role, first: readonly Order[], fill: readonly Order[]): Order[] {
  const out: Order[] = [];
  for (const o of [...first, ...fill]) if (validateOrder(s, role, o, out).ok) out.push(o);
  return out;
}

function candidatesFor(search: Search, committed: readonly Order[]): Candidate[] {
  const s = search.base;
  const role = search.role;
  const seen = new Map<string, Candidate>();
  const add = (orders: Order[]) => {
    const k = planKey(orders);
    if (!seen.has(k)) seen.set(k, { orders, sum: 0, n: 0 });
  };
  const styles: BotStyle[] = ['pragmatist', 'dove', 'hawk'];
  const plans = styles.map((st) => chooseOrders(s, role, st));
  for (const p of plans) add(around(s, role, committed, p));
  add(around(s, role, committed, []));
  const fill = plans[0];
  for (const o of legalActions(s, role, committed)) add(around(s, role, [...committed, o], fill));
  return [...seen.values()];
}

/**
 * How it will play its own later weeks, as far as a rollout needs to know: the temperament
 * (played from this week to the horizon, in the same first worlds) that does best from here.
 * A neutral expert is not tied to one style: a Mali that can only win by pressing, or an
 * Algeria facing two hawks, plays its future weeks accordingly. A character keeps its own.
 */
export function* bestFuture(search: Search, committed: readonly Order[], horizon: number): Generator<void, BotStyle, void> {
  if (search.character !== 'neutral') return selfStyle(search.character);
  const s = search.base;
  const worlds = search.spec.futureWorlds;
  let best: BotStyle = 'pragmatist';
  let bestValue = -Infinity;
  for (const style of ['pragmatist', 'hawk', 'dove'] as const) {
    const plan = around(s, search.role, committed, chooseOrders(s, search.role, style));
    let sum = 0;
    for (let w = 0; w < worlds; w++) {
      sum += search.value(plan, w, horizon, style);
      yield;
    }
    if (sum > bestValue) {
      bestValue = sum;
      best = style;
    }
  }
  return best;
}

/** Plans made of the orders that led the first round: each pair and the three together. */
function combinations(s: GameState, role: Role, committed: readonly Order[], leaders: Candidate[]): Order[][] {
  const firsts: Order[] = [];
  for (const c of leaders) {
    const o = c.orders.find((x) => !committed.includes(x));
    if (o && !firsts.some((f) => f.action === o.action && f.target === o.target)) firsts.push(o);
    if (firsts.length === 4) break;
  }
  const out: Order[][] = [];
  for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) out.push(around(s, role, [...committed, firsts[i], firsts[j]], []));
  if (firsts.length >= 3) out.push(around(s, role, [...committed, ...firsts.slice(0, 3)], []));
  return out;
}

/** Runs a search to its end at once (a script, a test, the simulator). */
export function finish<T>(steps: Generator<void, T, void>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

export function expertOrders(view: StateView | GameState, role: Role, opts: ExpertOptions = {}): ExpertDecision {
  return finish(expertSearch(view, role, opts));
}

/**
 * The search, one step per rollout: the server runs it in slices between other work
 * (server/match/botThinking.ts), a script runs it at once; the steps are the same either way.
 */
export function* expertSearch(view: StateView | GameState, role: Role, opts: ExpertOptions = {}): Generator<void, ExpertDecision, void> {
  const level = opts.level ?? 'normal';
  const spec = LEVELS[level];
  const character = opts.character ?? 'neutral';
  const budget = opts.budgetWeeks ?? spec.budgetWeeks;
  const search = new Search(view, role, spec, level, character, budget, opts.capMs ?? spec.capMs, opts.seed ?? 0, opts.othersBound ?? {}, opts.clock);
  const committed = opts.committed ?? [];
  const s = search.base;
  const left = s.settings.turns - s.turn + 1;
  let cands = candidatesFor(search, committed);
  if (spec.futureWorlds > 0) search.future = yield* bestFuture(search, committed, Math.min(spec.horizon, left));

  // Round one: every candidate, a short look ahead, in the first few worlds.
  const shallow = Math.min(2, spec.horizon, left);
  // At least one world each; more while they fit in two fifths of the budget.
  const firstWorlds = Math.max(1, Math.min(6, Math.floor((budget * 0.4) / Math.max(1, cands.length * shallow))));
  for (let w = 0; w < firstWorlds && !search.outOfTime(); w++) {
    for (const c of cands) {
      c.sum += search.value(c.orders, w, shallow);
      c.n++;
      yield;
    }
  }
  const mean = (c: Candidate) => (c.n ? c.sum / c.n : -Infinity);
  cands.sort((a, b) => mean(b) - mean(a));

  // Round two: the finalists, to the level's horizon, in as many worlds as the budget allows,
  // each world played by every finalist (the same dice for all, so differences are the orders').
  const deep = Math.min(spec.horizon, left);
  const field = new Map<string, Order[]>();
  for (const c of cands.slice(0, spec.finalists)) field.set(planKey(c.orders), c.orders);
  for (const orders of combinations(s, role, committed, cands)) if (field.size < spec.finalists * 2) field.set(planKey(orders), orders);
  let finalists = [...field.values()].map((orders) => ({ orders, sum: 0, n: 0 }));
  let w = 0;
  while (search.weeks + finalists.length * deep <= budget && !search.outOfTime() && w < 256) {
    for (const c of finalists) {
      c.sum += search.value(c.orders, w, deep);
      c.n++;
      yield;
    }
    w++;
    // Halve the field once it has been seen in enough worlds.
    if (finalists.length > 2 && w % 8 === 0) {
      finalists.sort((a, b) => mean(b) - mean(a));
      finalists = finalists.slice(0, Math.ceil(finalists.length / 2));
    }
  }
  const pool = w > 0 ? finalists : cands;
  let best = pool[0];
  for (const c of pool) if (mean(c) > mean(best)) best = c;
  return { orders: best.orders, note: yield* explain(search, best.orders, Math.max(1, Math.min(w, EXPLAIN_WORLDS)), deep, cands.length) };
}

const EXPLAINED = ['security', 'legitimacy', 'support', 'economy'] as const;
/** Worlds the explanation plays each order's absence in (the whole plan's rollouts are reused from the search). */
const EXPLAIN_WORLDS = 4;

/** For the debrief: what the chosen plan was expected to do, and each order's part in it. */
function* explain(search: Search, plan: Order[], worlds: number, horizon: number, considered: number): Generator<void, DecisionNote, void> {
  const role = search.role;
  const s0 = search.base;
  const run = function* (orders: readonly Order[]) {
    const out = { score: 0, win: 0, tension: 0, after: {} as Record<string, number> };
    for (let i = 0; i < worlds; i++) {
      const r = search.play(orders, i, horizon);
      out.score += r.score / worlds;
      out.win += (r.won ? 1 : 0) / worlds;
      out.tension += r.tension / worlds;
      for (const k of EXPLAINED) out.after[k] = (out.after[k] ?? 0) + r.after[k] / worlds;
      if (role === 'mali' || role === 'aes') out.after.cohesion = (out.after.cohesion ?? 0) + r.after.cohesion / worlds;
      out.after.narrative = (out.after.narrative ?? 0) + r.after.narrative / worlds;
      yield;
    }
    return out;
  };
  const whole = yield* run(plan);
  const orders: OrderNote[] = [];
  for (const order of plan) {
    const without = yield* run(plan.filter((o) => o !== order));
    const effects: OrderNote['effects'] = {};
    for (const [k, v] of Object.entries(whole.after)) {
      const d = Math.round((v - without.after[k]) * 10) / 10;
      if (Math.abs(d) >= 0.5) effects[k as keyof OrderNote['effects']] = d;
    }
    orders.push({ order, effects, tension: Math.round(whole.tension * 10) / 10, scoreGain: Math.round((whole.score - without.score) * 10) / 10 });
  }
  return {
    turn: s0.turn,
    role,
    level: search.level,
    character: search.character,
    expectedScore: Math.round(whole.score * 10) / 10,
    winChance: Math.round(whole.win * 100) / 100,
    tension: Math.round(whole.tension * 10) / 10,
    orders,
    considered,
    worlds: search.worlds.length,
    weeksSimulated: search.weeks,
    cutShort: search.cutShort,
  };
}
