// What a debrief, a replay or an export reads: the state at the start and each
// resolved week with its orders, news and the state after it.
import type { GameState, NewsItem, Orders, Role, Text } from '../rules/types.ts';

export interface WeekRecord {
  turn: number;
  event?: string;
  orders: Orders;
  carriedOut: Orders;
  refused: { role: Role; order: { action: string; target?: string; option?: string }; reason: Text }[];
  news: NewsItem[];
  reports: Partial<Record<Role, Text[]>>;
  /** The engine's state after the week. */
  state: GameState;
}

export interface PlayedMatch {
  initial: GameState;
  weeks: WeekRecord[];
}
