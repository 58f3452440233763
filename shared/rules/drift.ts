// The weekly drift of the indicators: what closures cost, what the armed groups take,
// how support rallies or sours, and who is hurting (for ripeness).
import type { Ctx } from './context.ts';
import { bump, bumpCohesion, bumpThreat } from './context.ts';
import { quarrel } from './events.ts';
import type { GameState, RoleIndicators } from './types.ts';
import { PARTY_ROLES } from './types.ts';

export function weeklyDrift(ctx: Ctx, before: GameState, tensionBefore: number): void {
  const s = ctx.s;
  // Jihadist groups grow while the neighbours quarrel and shrink under joint pressure.
  const patrols = s.agreements.filter((g) => g.kind === 'patrols').length;
  bumpThreat(ctx, 1.5 + 0.45 * quarrel(s) - 2 * patrols);

  bump(ctx, 'mali', 'security', -s.threat / 22);
  bump(ctx, 'aes', 'security', -s.threat / 26);
  bump(ctx, 'algeria', 'security', -s.threat / 60 + patrols);
  if (patrols) for (const r of ['mali', 'aes'] as const) if (s.agreements.some((g) => g.kind === 'patrols' && g.parties.includes(r))) bump(ctx, r, 'security', 1);

  // Closures cost both sides, the landlocked side more.
  const closed = (k: string) => s.airspace[k] === 'closed';
  if (closed('algeria>mali')) { bump(ctx, 'mali', 'economy', -1.5); bump(ctx, 'algeria', 'economy', -0.5); }
  if (closed('mali>algeria')) { bump(ctx, 'algeria', 'economy', -0.5); bump(ctx, 'mali', 'economy', -0.5); }
  if (closed('algeria>niger') || closed('algeria>burkina')) bump(ctx, 'aes', 'economy', -1);
  if (closed('niger>algeria') || closed('burkina>algeria')) bump(ctx, 'algeria', 'economy', -0.5);
  const border = (k: string) => (s.borders[k] === 'closed' ? 1 : s.borders[k] === 'restricted' ? 0.5 : 0);
  bump(ctx, 'mali', 'economy', -2 * border('algeria-mali'));
  bump(ctx, 'algeria', 'economy', -1 * (border('algeria-mali') + border('algeria-niger')));
  bump(ctx, 'aes', 'economy', -1.5 * border('algeria-niger'));
  if (s.agreements.some((g) => g.kind === 'energy')) { bump(ctx, 'algeria', 'economy', 1); bump(ctx, 'aes', 'economy', 1.5); }

  for (const r of PARTY_ROLES) {
    const ind = s.roles[r];
    // Opinion and standing fade back toward the ordinary when nothing feeds them.
    bump(ctx, r, 'support', (50 - ind.support) * 0.06);
    bump(ctx, r, 'legitimacy', (50 - ind.legitimacy) * 0.06);
    // Early in a crisis the public rallies; hardship wears that away.
    if (s.tension >= 3 && s.tension <= 6) bump(ctx, r, 'support', 0.5);
    if (ind.economy < 40) bump(ctx, r, 'support', -1);
    if (ind.security < 35) bump(ctx, r, 'support', -1);
  }
  // The world's belief about the drone shapes each side's standing.
  bump(ctx, 'algeria', 'legitimacy', s.narrative / 60);
  bump(ctx, 'mali', 'legitimacy', -s.narrative / 60);
  bump(ctx, 'aes', 'legitimacy', -s.narrative / 90);
  // The bloc holds together under outside pressure, frays in hardship, and drifts back to its habits.
  bumpCohesion(ctx, (55 - s.cohesion) * 0.1);
  if (s.tension >= 5) bumpCohesion(ctx, 1);
  if (s.roles.aes.economy < 35) bumpCohesion(ctx, -1);
  if (s.settings.mediator) bump(ctx, 'mediator', 'legitimacy', (tensionBefore - s.tension) * 2 - 0.5);

  for (const r of PARTY_ROLES) s.hurting[r] = hurtThisWeek(before.roles[r], s.roles[r]) ? s.hurting[r] + 1 : 0;
}

function hurtThisWeek(a: RoleIndicators, b: RoleIndicators): boolean {
  return b.economy + b.security < a.economy + a.security;
}

