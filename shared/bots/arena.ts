// Matches with experts at the table, for the simulator, the bench and tests: each seat is
// an expert (level, character) or one of the one-step styles. An expert is handed only
// its seat's view; before each week it may offer one deal, answered by the other side
// (a style answers by its rule, an expert by simulating with and without).
import { resolveTurn } from '../rules/resolve.ts';
import type { GameState, MatchSettings, Order, Orders, Role } from '../rules/types.ts';
import { ROLES } from '../rules/types.ts';
import { seatedRoles, validateOrder } from '../rules/validate.ts';
import { createMatch } from '../scenario/start.ts';
import { viewFor } from '../visibility.ts';
import type { Deal } from './bargain.ts';
import { acceptsByRule, evaluateDeal, proposeDeal } from './bargain.ts';
import type { BotStyle } from './index.ts';
import { chooseOrders } from './index.ts';
import type { DecisionNote } from './expert.ts';
import { expertOrders } from './expert.ts';
import type { BotLevel } from './levels.ts';
import type { Character } from './rollout.ts';

export type SeatPlayer = { kind: 'style'; style: BotStyle } | { kind: 'expert'; level: BotLevel; character?: Character; budgetWeeks?: number };

export interface ArenaOptions {
  /** Experts offer deals (default true). */
  bargain?: boolean;
  /** Wall-clock cap per decision; 0 (the default here) keeps a run reproducible on any machine. */
  capMs?: number;
}

export interface DealRecord {
  turn: number;
  deal: Deal;
  accepted: boolean;
}

export interface ArenaMatch {
  state: GameState;
  notes: DecisionNote[];
  deals: DealRecord[];
  weeksSimulated: number;
}

const seatOf = (role: Role) => ({ kind: 'role' as const, role });

export function playArena(settings: Partial<MatchSettings>, seats: Partial<Record<Role, SeatPlayer>>, opts: ArenaOptions = {}): ArenaMatch {
  let state = createMatch(settings);
  const seated = seatedRoles(state);
  const notes: DecisionNote[] = [];
  const deals: DealRecord[] = [];
  let weeksSimulated = 0;
  const capMs = opts.capMs ?? 0;
  const player = (r: Role): SeatPlayer => seats[r] ?? { kind: 'style', style: 'pragmatist' };
  // The expert's own dice come from the seat, not from the match's secret seed.
  const botSeed = (r: Role) => ROLES.indexOf(r) * 7919 + 17;
  while (state.phase !== 'ended') {
    const bound: Partial<Record<Role, Order[]>> = {};
    const accepted: Deal[] = [];
    if (opts.bargain !== false) {
      for (const r of seated) {
        const p = player(r);
        if (p.kind !== 'expert') continue;
        const offer = proposeDeal(viewFor(state, seatOf(r)), r, { level: p.level, character: p.character, seed: botSeed(r), capMs });
        if (!offer) continue;
        weeksSimulated += offer.weeks;
        const other = player(offer.deal.to);
        const yes =
          other.kind === 'style'
            ? acceptsByRule(other.style, offer.deal)
            : evaluateDeal(viewFor(state, seatOf(offer.deal.to)), offer.deal.to, offer.deal, { level: other.level, character: other.character, seed: botSeed(offer.deal.to), capMs }).accept;
        deals.push({ turn: state.turn, deal: offer.deal, accepted: yes });
        if (!yes) continue;
        accepted.push(offer.deal);
        (bound[offer.deal.from] ??= []).push(...offer.deal.give);
        (bound[offer.deal.to] ??= []).push(...offer.deal.get);
      }
    }
    const orders: Orders = {};
    for (const r of seated) {
      const p = player(r);
      const mine = bound[r] ?? [];
      if (p.kind === 'style') {
        const out: Order[] = [];
        for (const o of [...mine, ...chooseOrders(state, r, p.style)]) if (validateOrder(state, r, o, out).ok) out.push(o);
        orders[r] = out;
      } else {
        const othersBound: Partial<Record<Role, Order[]>> = {};
        // Only the deals it is party to: the others' deals are private.
        for (const d of accepted) {
          if (d.from === r) (othersBound[d.to] ??= []).push(...d.get);
          if (d.to === r) (othersBound[d.from] ??= []).push(...d.give);
        }
        const d = expertOrders(viewFor(state, seatOf(r)), r, {
          level: p.level,
          character: p.character,
          seed: botSeed(r),
          capMs,
          ...(p.budgetWeeks ? { budgetWeeks: p.budgetWeeks } : {}),
          committed: mine,
          othersBound,
        });
        weeksSimulated += d.note.weeksSimulated;
        notes.push(d.note);
        orders[r] = d.orders;
      }
    }
    state = resolveTurn(state, orders).state;
  }
  return { state, notes, deals, weeksSimulated };
}
