// Test helpers: resolve a week with chosen orders and a fixed quiet event, so that
// differences come from the orders alone.
import { createMatch, OBJECTIVES, resolveTurn } from '../../shared/index.ts';
import type { GameState, Order, Orders, Role, TurnResult } from '../../shared/index.ts';

export function fresh(over: Partial<GameState> = {}, settings: Partial<GameState['settings']> = {}): GameState {
  return { ...createMatch({ seed: 42, ...settings }), ...over };
}

export function quietWeek(s: GameState, orders: Orders): TurnResult {
  return resolveTurn(s, orders, { inject: 'quietWeek' });
}

export function one(s: GameState, role: Role, order: Order): TurnResult {
  return quietWeek(s, { [role]: [order] });
}

/** The same match with every secret the role may not see replaced: objectives, truths, seed, dice. */
export function decoy(s: GameState, role: Role): GameState {
  const objectives = { ...s.objectives };
  for (const r of Object.keys(objectives) as Role[]) {
    if (r === role) continue;
    const deck = OBJECTIVES.filter((o) => o.role === r && o.id !== objectives[r]);
    objectives[r] = deck[s.turn % deck.length].id;
  }
  return {
    ...s,
    objectives,
    incidents: s.incidents.map((i) => ({ ...i, truth: -i.truth * 3 + 1 })),
    settings: { ...s.settings, seed: s.settings.seed + 977 },
    rng: (s.rng ^ 0x5bd1e995) >>> 0,
  };
}
