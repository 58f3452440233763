// A record made before news items carried `changes` still replays with them: the week is
// resolved again, and its changes are used only when the engine reproduces the recorded state.
import { describe, expect, it } from 'vitest';
import { BOT_STYLES, chooseOrders, createMatch, isSeated, resolveTurn, ROLES } from '../../shared/index.ts';
import type { GameState, NewsItem, Orders } from '../../shared/index.ts';
import { replaySteps } from '../../shared/protocol/index.ts';
import type { RecordedMatch } from '../../shared/protocol/index.ts';

type Week = RecordedMatch['turns'][number];

/** A whole match as the server records it, the fourth week's event chosen by the teacher. */
function recorded(seed: number): { initial: GameState; final: GameState; turns: Week[] } {
  const initial = createMatch({ seed, turns: 8 });
  let s = initial;
  const turns: Week[] = [];
  while (s.phase !== 'ended') {
    const orders: Orders = {};
    for (const r of ROLES) if (isSeated(s, r)) orders[r] = chooseOrders(s, r, BOT_STYLES[(seed + s.turn) % BOT_STYLES.length]);
    const inject = s.turn === 4 ? 'droneIncident' : undefined;
    const res = resolveTurn(s, orders, inject ? { inject } : {});
    const news: NewsItem[] = inject ? [{ text: { key: 'news.eventInjected', params: { event: inject } }, kind: 'event', actor: 'event' }, ...res.news] : res.news;
    turns.push({ turn: s.turn, ...(res.event ? { event: res.event } : {}), ...(inject ? { injected: true } : {}), orders, carriedOut: res.carriedOut, refused: res.refused, news, reports: res.reports, bots: [], resolvedAt: 0, state: res.state });
    s = res.state;
  }
  return { initial, final: s, turns };
}

const withoutChanges = (w: Week): Week => ({ ...w, news: w.news.map(({ changes: _c, ...n }) => n) });
/** The state with its keys in another order, as PostgreSQL's jsonb may give it back. */
const reordered = (s: GameState): GameState => Object.fromEntries(Object.entries(s).reverse()) as unknown as GameState;

describe('replaying a record made before news carried changes', () => {
  it('gives every item the changes the engine attaches now', () => {
    let changes = 0;
    for (const seed of [1, 2, 3]) {
      const r = recorded(seed);
      const old = { ...r, turns: r.turns.map((w) => ({ ...withoutChanges(w), state: reordered(w.state) })) };
      const steps = replaySteps(old);
      expect(steps.slice(1).map((x) => x.news)).toEqual(r.turns.map((w) => w.news));
      changes += r.turns.flatMap((w) => w.news).filter((n) => n.changes).length;
    }
    expect(changes).toBeGreaterThan(5);
  });

  it('leaves the news as recorded when the engine does not reproduce the week', () => {
    const r = recorded(2);
    const old = { ...r, turns: r.turns.map(withoutChanges) };
    // Another generator's state before the week: its dice, so its news, would differ.
    const tampered = { ...old, initial: { ...old.initial, rng: old.initial.rng + 1 } };
    expect(replaySteps(tampered)[1].news).toEqual(old.turns[0].news);
    expect(replaySteps(old)[1].news).toEqual(r.turns[0].news);
  });
});
