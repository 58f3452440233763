// Playing a week the way a client would: the shared bot's choice from the seat's own view.
import type { BotStyle, GameState, Order, Role } from '../../shared/index.ts';
import { chooseOrders, validateOrder } from '../../shared/index.ts';
import type { TestClient } from './harness.ts';

export function botOrders(c: TestClient, style: BotStyle = 'pragmatist'): Order[] {
  const state = c.view as unknown as GameState;
  const role = c.role as Role;
  const kept: Order[] = [];
  for (const o of chooseOrders(state, role, style)) if (validateOrder(state, role, o, kept).ok) kept.push(o);
  return kept;
}

/** Wait for the planning phase of `turn` with the seat's view of that week. */
export function planningOf(c: TestClient, turn: number): Promise<true> {
  return c.until(`planning of week ${turn}`, () => c.state.phase === 'planning' && c.state.turn === turn && c.view?.turn === turn);
}

export async function draftAndReady(c: TestClient, orders: Order[]): Promise<void> {
  await c.must('draft.set', { orders });
  await c.must('ready', { ready: true });
}
