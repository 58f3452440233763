// Bots: they read the state like a player, weigh the legal orders with a style,
// and choose. Deterministic for a given match seed, week and role; they never
// draw from the engine's own generator.
import { ACTION_BY_ID } from '../rules/actions/index.ts';
import { orderEffects } from '../rules/resolve.ts';
import { mixSeed, rngFrom } from '../rules/random.ts';
import type { GameState, Order, Role } from '../rules/types.ts';
import { ROLES } from '../rules/types.ts';
import { legalActions } from '../rules/validate.ts';
import { situational } from './situational.ts';

import { BOT_STYLES, type BotStyle } from './styles.ts';

export { BOT_STYLES, type BotStyle } from './styles.ts';

/** How much each style values escalation and the indicators it protects. */
const TEMPERAMENT: Record<Exclude<BotStyle, 'random'>, { escalate: number; deescalate: number; noise: number }> = {
  hawk: { escalate: 2.2, deescalate: -1.2, noise: 2.5 },
  dove: { escalate: -2.5, deescalate: 2.2, noise: 2.5 },
  pragmatist: { escalate: 0.2, deescalate: 0.6, noise: 2 },
};

const WORTH: Record<string, number> = { security: 0.3, legitimacy: 0.25, support: 0.3, economy: 0.25, cohesion: 0.2, narrative: 0.15, threat: -0.15 };

export function chooseOrders(s: GameState, role: Role, style: BotStyle): Order[] {
  const rng = rngFrom(mixSeed(s.settings.seed, s.turn, ROLES.indexOf(role) + 1, BOT_STYLES.indexOf(style) + 11));
  // Legality does not depend on the other orders of the week except through AP and
  // duplicates, so one pass over the legal orders serves the whole week.
  const options = legalActions(s, role).map((o) => ({
    o,
    cost: ACTION_BY_ID.get(o.action)!.cost,
    v: style === 'random' ? 0 : value(s, role, style, o) + rng.next() * TEMPERAMENT[style].noise,
    taken: false,
  }));
  const drafted: Order[] = [];
  let ap = s.settings.apPerTurn;
  while (ap > 0) {
    const open = options.filter((c) => !c.taken && c.cost <= ap);
    if (!open.length) break;
    let pick: (typeof options)[number] | undefined;
    if (style === 'random') {
      // One slot in four the random bot stands pat, as a distracted player would.
      if (rng.next() < 0.25) {
        ap -= 1;
        continue;
      }
      pick = open[Math.floor(rng.next() * open.length)];
    } else {
      let best = 0;
      for (const c of open) {
        // Several orders of one kind in a week read as obsession, not policy.
        const v = c.v - (drafted.some((d) => d.action === c.o.action) ? 1.5 : 0);
        if (v > best) {
          best = v;
          pick = c;
        }
      }
      if (!pick) break;
    }
    ap -= pick.cost;
    drafted.push(pick.o);
    for (const c of options) if (c.o.action === pick.o.action && c.o.target === pick.o.target) c.taken = true;
  }
  return drafted;
}

/** The part of an order's worth that follows from the catalogue alone, cached per style and order. */
const BASE_VALUE = { hawk: new WeakMap<Order, number>(), dove: new WeakMap<Order, number>(), pragmatist: new WeakMap<Order, number>() };

function baseValue(style: Exclude<BotStyle, 'random'>, o: Order): number {
  let v = BASE_VALUE[style].get(o);
  if (v !== undefined) return v;
  const t = TEMPERAMENT[style];
  const { effects, tension, escalatory } = orderEffects(ACTION_BY_ID.get(o.action)!, o);
  v = 0;
  for (const e of effects) {
    const w = WORTH[e.what] ?? 0;
    v += e.on === 'target' ? -w * e.delta * 0.5 : w * e.delta;
  }
  if (escalatory || tension > 0) v += t.escalate;
  if (tension < 0) v += t.deescalate;
  BASE_VALUE[style].set(o, v);
  return v;
}

function value(s: GameState, role: Role, style: Exclude<BotStyle, 'random'>, o: Order): number {
  return baseValue(style, o) + situational(s, role, style, o);
}
