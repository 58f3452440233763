// The bots' searches as plain data, so that they can run wherever there is a core to spare:
// in this thread between messages (botThinking.ts), or in a bot thread (botThreads.ts).
// A search is what the bot weighs and from which seat's view; `stepsOf` turns it into the
// generator of steps. The same search gives the same result wherever it runs.
import type { BotLevel, BotStyle, Character, ExpertDecision, Offer, Order, Role, StateView } from '../../shared/index.ts';
import { expertSearch, offerSearch } from '../../shared/index.ts';
import type { DealOnTable } from './botDiplomacy.ts';
import { answerSearch } from './botDiplomacy.ts';
import type { Thought } from './botThinking.ts';
import { think } from './botThinking.ts';

export type Search = (
  /** The role's orders for the week, keeping the orders of the deals that bind it. */
  | { kind: 'decide'; view: StateView; role: Role; level: BotLevel; character: Character; seed: number; committed: Order[]; othersBound: Partial<Record<Role, Order[]>> }
  /** The one deal the role's bot may offer this week, if any is worth it. */
  | { kind: 'offer'; view: StateView; role: Role; level: BotLevel; character: Character; seed: number }
  /** Whether the addressee of a deal accepts it. */
  | { kind: 'answer'; view: StateView; style: BotStyle; level: BotLevel; deal: DealOnTable }
) & {
  /** Overrides the level's wall-clock cap (0: none), so that a test's outcome does not depend on the machine's speed. */
  capMs?: number;
};

export type Outcome<S extends Search> = S extends { kind: 'decide' } ? ExpertDecision : S extends { kind: 'offer' } ? Offer | undefined : boolean;

/** Starts a search somewhere; its Thought resolves with the outcome, or undefined if cancelled. */
export type Thinker = <S extends Search>(search: S) => Thought<Outcome<S>>;

/** The search's steps; `clock` is the time it has spent so far (its cap counts that). */
export function stepsOf<S extends Search>(search: S, clock?: () => number): Generator<void, Outcome<S>, void> {
  // The compiler cannot follow `kind` into Outcome<S>: the switch below is what pairs them.
  return stepsOfAny(search, clock) as Generator<void, Outcome<S>, void>;
}

function stepsOfAny(s: Search, clock?: () => number): Generator<void, unknown, void> {
  switch (s.kind) {
    case 'decide':
      return expertSearch(s.view, s.role, { level: s.level, character: s.character, seed: s.seed, committed: s.committed, othersBound: s.othersBound, capMs: s.capMs, clock });
    case 'offer':
      return offerSearch(s.view, s.role, { level: s.level, character: s.character, seed: s.seed, capMs: s.capMs, clock });
    case 'answer':
      return answerSearch(s.style, s.level, s.view, s.deal, { capMs: s.capMs, clock });
  }
}

/** Searches in this thread, in slices between messages. */
export const thinkHere: Thinker = (search) => think((clock) => stepsOf(search, clock));
