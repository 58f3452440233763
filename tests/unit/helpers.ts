// Test helpers: resolve a week with chosen orders and a fixed quiet event, so that
// differences come from the orders alone.
import { createMatch, resolveTurn } from '../../shared/index.ts';
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
