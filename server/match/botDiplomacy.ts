// How a bot at the table answers a deal, one rule for the server and the bot script: the
// one-step styles by their rule (shared/bots/bargain.ts `acceptsByRule`: a hawk refuses
// everything, the others take any deal with nothing escalatory in it), the expert by
// playing the week with and without the deal from the addressee's view alone.
import type { BotLevel, BotStyle, Character, Order, Role, StateView } from '../../shared/index.ts';
import { acceptsByRule, dealSearch, ROLES } from '../../shared/index.ts';

/** The expert's character from the match's bot style: the mixed style plays only to win. */
export const characterOf = (style: BotStyle): Character => (style === 'random' ? 'neutral' : style);

/** The expert's own dice: from its role (and, inside the search, what its seat sees), never from the match's secret seed. */
export const expertSeed = (role: Role): number => 1009 * (ROLES.indexOf(role) + 1);

export interface DealOnTable {
  from: Role;
  to: Role;
  give: Order[];
  get: Order[];
}

/** Whether the bot playing `deal.to` accepts: at once by rule, or after the expert's weighing (one step per pair of rollouts). */
export function* answerSearch(style: BotStyle, level: BotLevel | undefined, view: StateView, deal: DealOnTable, opts: { clock?: () => number; capMs?: number } = {}): Generator<void, boolean, void> {
  if (!level) return acceptsByRule(style, deal);
  const v = yield* dealSearch(view, deal.to, deal, { level, character: characterOf(style), seed: expertSeed(deal.to), ...opts });
  return v.accept;
}
