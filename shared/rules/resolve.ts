// One week's resolution: a pure function of the state and everyone's orders.
// Fixed order: diplomatic, economic, security, the world (courts, investigations, talks)
// and the week's event, the indicators' drift, the end check.
import { ACTION_BY_ID, ACTIONS } from './actions/index.ts';
import type { ActionDef, Effect } from './actions/def.ts';
import { news } from './actions/helpers.ts';
import type { Ctx } from './context.ts';
import { bump, bumpCohesion, bumpThreat, isParty, moveTension, newCtx, report, say, shiftNarrative } from './context.ts';
import { relationChanges, relationsOf } from './changes.ts';
import { cloneState } from './clone.ts';
import { weeklyDrift } from './drift.ts';
import { playEvent } from './events.ts';
import { roleOf, speakerOf } from './geography.ts';
import { rngFrom } from './random.ts';
import { endCheck, scoreMatch } from './score.ts';
import type { Country, GameState, NewsItem, Order, Orders, PartyRole, Role, TurnResult } from './types.ts';
import { ROLES } from './types.ts';
import { validateOrder } from './validate.ts';
import { worldReacts } from './world.ts';

/** Diplomacy (and mediation) first, then economic measures, then security. */
const PHASE_OF: Record<ActionDef['category'], number> = { diplomatic: 0, mediation: 0, economic: 1, security: 2 };

export interface ResolveOptions {
  /** An event card to play instead of drawing one (a teacher's injection). */
  inject?: string;
}

export function resolveTurn(prev: GameState, orders: Orders, opts: ResolveOptions = {}): TurnResult {
  if (prev.phase === 'ended') throw new Error('The match is over: no more turns can be resolved.');
  const s = cloneState(prev);
  const rng = rngFrom(s.rng);
  const ctx = newCtx(s, rng);
  const tensionBefore = s.tension;
  s.escalators = [];
  const refused: TurnResult['refused'] = [];
  const carriedOut: Orders = {};

  // Orders must have been legal as a set when they were drafted: AP, duplicates, shape.
  const phases: { role: Role; order: Order; def: ActionDef }[][] = [[], [], []];
  for (const role of ROLES) {
    const list = orders[role] ?? [];
    if (!Array.isArray(list)) continue;
    const kept: Order[] = [];
    for (const order of list) {
      const v = validateOrder(prev, role, order, kept);
      if (!v.ok) {
        refused.push({ role, order, reason: v.reason });
        continue;
      }
      kept.push(order);
      const def = ACTION_BY_ID.get(order.action)!;
      phases[PHASE_OF[def.category]].push({ role, order, def });
    }
  }

  for (const phase of phases) {
    for (const { role, order, def } of phase) {
      // An earlier order this week may have changed what is possible.
      const still = def.check?.(s, role, order);
      if (still) {
        const reason = { key: `reason.${still.code}`, params: still.params ?? {} };
        refused.push({ role, order, reason });
        report(ctx, role, 'report.orderFailed', { action: order.action });
        continue;
      }
      carryOut(ctx, role, order, def);
      (carriedOut[role] ??= []).push(order);
    }
  }

  worldReacts(ctx);
  const event = playEvent(ctx, opts.inject);
  weeklyDrift(ctx, prev, tensionBefore);
  // A calm week cools the ladder by a rung.
  if (s.tension === tensionBefore && s.escalators.length === 0) moveTension(ctx, null, -1);

  const end = endCheck(s);
  if (end) {
    // Orders of a week are simultaneous: a party pushed last only if it alone escalated in the
    // final week; when several did, nobody is singled out.
    const last = s.escalators.length === 1 ? s.escalators[0] : undefined;
    s.outcome = scoreMatch(s, end, end === 'conflict' ? last : undefined);
    s.phase = 'ended';
    news(ctx, 'end', `news.end.${end}`, { turn: s.turn, winner: s.outcome.winner }, 'world');
  } else {
    s.turn += 1;
  }
  s.rng = rng.state();
  return { state: s, news: ctx.news, reports: ctx.reports, carriedOut, refused, event };
}

function variantOf(def: ActionDef, order: Order) {
  const key = order.option ?? def.options?.[0];
  return key ? def.variants?.[key] : undefined;
}

/** The declared effects, tension step and escalation flag for this order (options may change them). */
export function orderEffects(def: ActionDef, order: Order): { effects: Effect[]; tension: number; escalatory: boolean } {
  const v = variantOf(def, order);
  return { effects: v?.effects ?? def.effects, tension: v?.tension ?? def.tension, escalatory: v?.escalatory ?? def.escalatory };
}

function targetRole(def: ActionDef, order: Order): Role | undefined {
  if (def.target === 'role') return order.target as Role;
  if (def.target === 'country') return roleOf(order.target as Country);
  return undefined;
}

function carryOut(ctx: Ctx, role: Role, order: Order, def: ActionDef): void {
  const { effects, tension, escalatory } = orderEffects(def, order);
  if (def.automatic !== false) {
    const target = targetRole(def, order);
    for (const e of effects) applyEffect(ctx, role, target, e);
    moveTension(ctx, escalatory && isParty(role) ? (role as PartyRole) : null, tension, def.ceiling ?? 10);
  }
  const params = orderParams(role, order, def);
  if (def.visibility !== 'public') {
    report(ctx, role, REPORT_KEY[def.id], params);
    def.apply?.(ctx, role, order);
    return;
  }
  const item: NewsItem = { kind: def.category, text: { key: NEWS_KEY[def.id], params }, actor: role, action: def.id };
  if (order.target) item.target = order.target;
  say(ctx, item);
  if (!def.apply) return;
  // The item tells what the order changed in the relations, for the map to show as is.
  const before = relationsOf(ctx.s);
  def.apply(ctx, role, order);
  const changes = relationChanges(before, ctx.s);
  if (changes.length) item.changes = changes;
}

// Each action's message keys, spelled once rather than built anew for every order.
const NEWS_KEY: Record<string, string> = Object.fromEntries(ACTIONS.map((d) => [d.id, `news.action.${d.id}`]));
const REPORT_KEY: Record<string, string> = Object.fromEntries(ACTIONS.map((d) => [d.id, `report.action.${d.id}`]));

/**
 * The message parameters of a carried-out order: who speaks (and how many, for relations),
 * the target and the option. Built as one literal in that key order (the news is compared
 * byte for byte), not by spreading speakerOf's answer, which was the week's slowest line.
 */
function orderParams(role: Role, order: Order, def: ActionDef): Record<string, string | number> {
  const acts = def.memberOption ? 'relations' : def.id === 'restrictBorder' || def.id === 'reopenBorder' ? 'border' : 'other';
  const who = speakerOf(role, order.option, acts);
  const target = order.target ?? '';
  const option = order.option ?? '';
  return who.count === undefined ? { actor: who.actor, target, option } : { actor: who.actor, count: who.count, target, option };
}

function applyEffect(ctx: Ctx, role: Role, target: Role | undefined, e: Effect): void {
  const who = e.on === 'target' ? target : role;
  if (e.what === 'cohesion') return bumpCohesion(ctx, e.delta);
  if (e.what === 'threat') return bumpThreat(ctx, e.delta);
  if (!who) return;
  if (e.what === 'narrative') {
    // Mali and the AES speak for one account from two seats: the AES's words count half, as its
    // drift does, so that the account with two voices does not move opinion twice as fast.
    if (isParty(who)) shiftNarrative(ctx, who, who === 'aes' ? e.delta / 2 : e.delta);
    return;
  }
  bump(ctx, who, e.what, e.delta);
}
