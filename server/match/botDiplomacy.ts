// How a bot answers a proposal: it never takes a step up the ladder for someone else.
// A hawk answers no to everything; the other styles say yes to deals in which nothing
// asked of them (or offered to them) is escalatory.
import type { BotStyle, Order } from '../../shared/index.ts';
import { ACTION_BY_ID, orderEffects } from '../../shared/index.ts';

const calm = (o: Order): boolean => {
  const def = ACTION_BY_ID.get(o.action);
  if (!def) return false;
  const e = orderEffects(def, o);
  return !e.escalatory && e.tension <= 0;
};

export function botAccepts(style: BotStyle, deal: { give: readonly Order[]; get: readonly Order[] }): boolean {
  if (style === 'hawk') return false;
  return deal.get.every(calm) && deal.give.every(calm);
}
