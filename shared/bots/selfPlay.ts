// Bots playing a whole match against each other, for the simulator, tests and bench.
import { resolveTurn } from '../rules/resolve.ts';
import { mixSeed, rngFrom } from '../rules/random.ts';
import type { GameState, MatchSettings, Orders, Role, TurnResult } from '../rules/types.ts';
import { seatedRoles } from '../rules/validate.ts';
import { createMatch } from '../scenario/start.ts';
import type { BotStyle } from './index.ts';
import { BOT_STYLES, chooseOrders } from './index.ts';

export type StyleChoice = BotStyle | 'mixed';

export interface PlayedMatch {
  state: GameState;
  styles: Partial<Record<Role, BotStyle>>;
  turns: TurnResult[];
}

/** For "mixed", each seat's style is drawn from the seed; otherwise every seat plays the one style. */
export function stylesFor(seed: number, choice: StyleChoice, roles: readonly Role[]): Partial<Record<Role, BotStyle>> {
  const out: Partial<Record<Role, BotStyle>> = {};
  const rng = rngFrom(mixSeed(seed, 7919));
  for (const r of roles) out[r] = choice === 'mixed' ? BOT_STYLES[Math.floor(rng.next() * BOT_STYLES.length)] : choice;
  return out;
}

export function playMatch(settings: Partial<MatchSettings>, choice: StyleChoice, keepTurns = false): PlayedMatch {
  let state = createMatch(settings);
  const seated = seatedRoles(state);
  const styles = stylesFor(state.settings.seed, choice, seated);
  const turns: TurnResult[] = [];
  while (state.phase !== 'ended') {
    const orders: Orders = {};
    for (const r of seated) orders[r] = chooseOrders(state, r, styles[r]!);
    const result = resolveTurn(state, orders);
    if (keepTurns) turns.push(result);
    else turns.length = 0, turns.push(result);
    state = result.state;
  }
  return { state, styles, turns };
}
