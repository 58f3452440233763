// The week's resolution: gather every role's orders (drafts, or the bot's), run the
// engine once (with the teacher's event card if one is queued) and return the full
// week (with the expert bots' reasoning, revealed in the record); the match applies it (Match.applyWeek) and each seat is sent the part it may see.
import type { DecisionNote, GameState, NewsItem, Order, Orders, Role } from '../../shared/index.ts';
import { resolveTurn } from '../../shared/index.ts';
import type { TurnRecord } from '../../shared/protocol/index.ts';

/** What the resolution reads of the match. */
export interface WeekInput {
  readonly engine: GameState;
  seatedRoles(): readonly Role[];
  readonly drafts: { orders(role: Role): Order[] };
  readonly bots: { playsAtResolution(role: Role): boolean; ordersFor(role: Role): Order[]; noteFor(role: Role): DecisionNote | undefined };
}

export interface WeekResult {
  week: TurnRecord;
  state: GameState;
  ended: boolean;
}

/** The news says, just before the card's own news, that the teacher chose this week's event. */
function withInjection(news: NewsItem[], card: string): NewsItem[] {
  const told: NewsItem = { text: { key: 'news.eventInjected', params: { event: card } }, kind: 'event', actor: 'event' };
  const at = news.findIndex((n) => n.actor === 'event');
  return at < 0 ? [...news, told] : [...news.slice(0, at), told, ...news.slice(at)];
}

export function playWeek(m: WeekInput, injected: string | undefined): WeekResult {
  const before = m.engine;
  const orders: Orders = {};
  const bots: Role[] = [];
  const botNotes: DecisionNote[] = [];
  for (const role of m.seatedRoles()) {
    if (m.bots.playsAtResolution(role)) {
      orders[role] = m.bots.ordersFor(role);
      bots.push(role);
      const note = m.bots.noteFor(role);
      if (note) botNotes.push(note);
    } else {
      orders[role] = m.drafts.orders(role);
    }
  }
  const result = resolveTurn(before, orders, injected ? { inject: injected } : {});
  const week: TurnRecord = {
    turn: before.turn,
    ...(result.event ? { event: result.event } : {}),
    ...(injected ? { injected: true } : {}),
    orders,
    carriedOut: result.carriedOut,
    refused: result.refused,
    news: injected ? withInjection(result.news, injected) : result.news,
    reports: result.reports,
    bots,
    ...(botNotes.length ? { botNotes } : {}),
  };
  return { week, state: result.state, ended: result.state.phase === 'ended' };
}
