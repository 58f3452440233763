// The week's resolution: gather every role's orders (drafts, or the bot's), run the
// engine once (with the teacher's event card if one is queued), keep the full record,
// and send each seat the part it may see.
import type { NewsItem, Orders, Role } from '../../shared/index.ts';
import { resolveTurn } from '../../shared/index.ts';
import type { TurnRecord } from '../../shared/protocol/index.ts';
import { resolutionFor } from './audience.ts';
import type { Match } from './Match.ts';
import { publishConsole, publishProposal, publishViews } from './publish.ts';

/** The news says, just before the card's own news, that the teacher chose this week's event. */
function withInjection(news: NewsItem[], card: string): NewsItem[] {
  const told: NewsItem = { text: { key: 'news.eventInjected', params: { event: card } }, kind: 'event', actor: 'event' };
  const at = news.findIndex((n) => n.actor === 'event');
  return at < 0 ? [...news, told] : [...news.slice(0, at), told, ...news.slice(at)];
}

/** Returns whether the match ended with this week. */
export function resolveWeek(m: Match): boolean {
  const before = m.engine;
  const orders: Orders = {};
  const bots: Role[] = [];
  for (const role of m.seatedRoles()) {
    if (m.bots.playsAtResolution(role)) {
      orders[role] = m.bots.ordersFor(role);
      bots.push(role);
    } else {
      orders[role] = m.drafts.orders(role);
    }
  }
  const injected = m.pendingEvent;
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
  };
  const notes = m.bots.takeNotes();
  if (notes.length) week.botNotes = notes;
  m.engine = result.state;
  m.pendingEvent = undefined;
  publishConsole(m);
  m.turns.push(week);
  m.record.turn({ ...week, resolvedAt: m.port.now(), state: result.state });
  m.drafts.reset();
  for (const p of m.proposals.expirePending()) {
    m.record.proposal(p);
    publishProposal(m, p);
  }
  const ended = result.state.phase === 'ended';
  for (const member of m.members.list()) m.send(member, 'resolution', resolutionFor(member.seat, week, ended));
  publishViews(m);
  m.log.info('turn.resolved', { code: m.code, turn: week.turn, card: week.event, bots, ended, refused: week.refused.length });
  return ended;
}
