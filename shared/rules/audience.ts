// Audience costs: a public stance binds. Backing down costs domestic support,
// more the longer the stance stood and more if it was voiced with hostility.
import type { Ctx } from './context.ts';
import { bump, report } from './context.ts';
import type { PartyRole, Role } from './types.ts';

export function commit(ctx: Ctx, role: Role, stance: string, hostile = false): void {
  const s = ctx.s;
  const existing = s.commitments.find((c) => c.role === role && c.stance === stance);
  if (existing) {
    existing.hostile = existing.hostile || hostile;
    return;
  }
  s.commitments.push({ role: role as PartyRole, stance, sinceTurn: s.turn, hostile });
}

/** The domestic support a role would lose by backing down from a stance now. */
export function backDownCost(ctx: Pick<Ctx, 's'>, role: Role, stance: string): number {
  const c = ctx.s.commitments.find((x) => x.role === role && x.stance === stance);
  if (!c) return 0;
  const weeks = Math.max(0, ctx.s.turn - c.sinceTurn);
  return Math.min(8, 1 + weeks) + (c.hostile ? 2 : 0);
}

export function backDown(ctx: Ctx, role: Role, stance: string): void {
  const cost = backDownCost(ctx, role, stance);
  if (!cost) return;
  const c = ctx.s.commitments.find((x) => x.role === role && x.stance === stance)!;
  ctx.s.commitments = ctx.s.commitments.filter((x) => x !== c);
  bump(ctx, role, 'support', -cost);
  report(ctx, role, 'report.audienceCost', { cost, count: Math.max(0, ctx.s.turn - c.sinceTurn) });
}
