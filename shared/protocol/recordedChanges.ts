// Records made before news items carried `changes` (shared/rules/changes.ts) are given them
// when read back, so that a replay's map shows the envoys, airspace, borders and incidents of
// an older match too. The week is resolved again from the state before it with the recorded
// orders: the engine is deterministic, and the answer is used only if it reproduces the
// recorded state exactly (the same rules, a record that kept the generator's state).
import type { GameState, NewsItem, Orders } from '../index.ts';
import { resolveTurn } from '../index.ts';
import type { TurnRecord } from './serverMessages.ts';

type Week = Pick<TurnRecord, 'orders' | 'news' | 'event' | 'injected'> & { state: GameState };

/** The week's news, each item with the changes the engine attaches to it now. */
export function newsWithChanges(before: GameState, week: Week): TurnRecord['news'] {
  if (week.news.some((n) => n.changes) || before.phase === 'ended') return week.news;
  let again;
  try {
    again = resolveTurn(before, week.orders as Orders, week.injected && week.event ? { inject: week.event } : {});
  } catch {
    return week.news;
  }
  if (canonical(again.state) !== canonical(week.state)) return week.news;
  // The server may have added items of its own (news.eventInjected): match the engine's in order.
  let next = 0;
  return week.news.map((item) => {
    const k = again.news.findIndex((n, i) => i >= next && sameItem(n, item));
    if (k < 0) return item;
    next = k + 1;
    const changes = again.news[k].changes;
    return changes ? { ...item, changes } : item;
  });
}

const sameItem = (a: NewsItem, b: TurnRecord['news'][number]) =>
  a.kind === b.kind && a.actor === b.actor && a.target === b.target && a.action === b.action && canonical(a.text) === canonical(b.text);

/** JSON with keys sorted, so that a state stored where key order is not kept (PostgreSQL's jsonb) still compares equal. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}
