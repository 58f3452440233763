// The working context of one resolution: a private copy of the state that the
// rules change, the generator, and the texts produced along the way.
import { clamp, round1 } from './clamp.ts';
import type { Rng } from './random.ts';
import type { GameState, Indicator, NewsItem, PartyRole, Role, Text } from './types.ts';
import { PARTY_ROLES, ROLES } from './types.ts';

export interface Ctx {
  s: GameState;
  rng: Rng;
  news: NewsItem[];
  reports: Record<Role, Text[]>;
}

export function newCtx(s: GameState, rng: Rng): Ctx {
  const reports = {} as Record<Role, Text[]>;
  for (const r of ROLES) reports[r] = [];
  return { s, rng, news: [], reports };
}

const round = round1;

export function bump(ctx: Ctx, role: Role, indicator: Indicator, delta: number): void {
  const ind = ctx.s.roles[role];
  ind[indicator] = round(clamp(ind[indicator] + delta, 0, 100));
}

export function bumpCohesion(ctx: Ctx, delta: number): void {
  ctx.s.cohesion = round(clamp(ctx.s.cohesion + delta, 0, 100));
}

export function bumpThreat(ctx: Ctx, delta: number): void {
  ctx.s.threat = round(clamp(ctx.s.threat + delta, 0, 100));
}

/** Moves the narrative toward a role's account of the drone (Algeria's is +, the Sahel states' is −). */
export function shiftNarrative(ctx: Ctx, toward: PartyRole, amount: number): void {
  const sign = toward === 'algeria' ? 1 : -1;
  ctx.s.narrative = round(clamp(ctx.s.narrative + sign * amount, -100, 100));
}

/**
 * Moves tension by whole rungs. A rise stops at the ceiling the step belongs to:
 * diplomacy alone climbs only so far up the ladder, and only force reaches the top.
 */
export function moveTension(ctx: Ctx, by: PartyRole | null, delta: number, ceiling = 10): void {
  const s = ctx.s;
  if (delta > 0) {
    // Whoever takes an escalatory step has escalated, even where the ladder stops the step:
    // otherwise only the side whose steps reach the top rungs could ever be "last".
    if (by) {
      const i = s.escalators.indexOf(by);
      if (i >= 0) s.escalators.splice(i, 1);
      s.escalators.push(by);
    }
    if (s.tension >= ceiling) return;
    s.tension = Math.min(ceiling, s.tension + delta);
  } else if (delta < 0) {
    s.tension = Math.max(tensionFloor(s), s.tension + delta);
  }
}

/** Relations still broken hold tension up: recalled ambassadors keep it at 3, closures at 4. */
export function tensionFloor(s: GameState): number {
  for (const k in s.airspace) if (s.airspace[k] === 'closed') return 4;
  for (const k in s.borders) if (s.borders[k] === 'closed') return 4;
  for (const k in s.ambassadors) if (s.ambassadors[k] !== 'posted') return 3;
  return 0;
}

export function say(ctx: Ctx, item: NewsItem): void {
  ctx.news.push(item);
}

export function report(ctx: Ctx, role: Role, key: string, params?: Text['params']): void {
  ctx.reports[role].push(params ? { key, params } : { key });
}

export const isParty = (r: Role): r is PartyRole => (PARTY_ROLES as readonly Role[]).includes(r);
