// A fingerprint of everything the engine decides over many seeded matches: every week's
// orders, resulting state, news, reports, refusals and event, plus what legalActions and
// validateOrder answer on the way. golden.test.ts compares it with a recorded hash, so that
// a speed-up that changes any result, however small, is caught.
// When a rule changes ON PURPOSE, print the new hash and record it in golden.test.ts:
//   npx tsx tests/unit/goldenMatches.ts
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { BOT_STYLES, chooseOrders } from '../../shared/bots/index.ts';
import { ACTIONS } from '../../shared/rules/actions/index.ts';
import { mixSeed, rngFrom } from '../../shared/rules/random.ts';
import { resolveTurn } from '../../shared/rules/resolve.ts';
import { EVENTS } from '../../shared/rules/events.ts';
import type { GameState, MatchSettings, Order, Orders, TurnResult } from '../../shared/rules/types.ts';
import { ROLES } from '../../shared/rules/types.ts';
import { isSeated, legalActions, validateOrder } from '../../shared/rules/validate.ts';
import { createMatch } from '../../shared/scenario/start.ts';

/** Varied settings, so that every length, AP budget, seat count and mode is played. */
function settingsFor(i: number): Partial<MatchSettings> {
  if (i % 7 === 0) return { seed: i, mode: 'history', apPerTurn: 5, turns: 8, mediator: i % 2 === 0 };
  return { seed: i, turns: 4 + (i % 13), apPerTurn: 1 + (i % 6), mediator: i % 3 === 0 };
}

/**
 * Bot matches, and every fifth one with noisy orders instead: random legal orders, some junk
 * the engine must refuse, and now and then a teacher's injected event card.
 */
function playGolden(i: number, feed: (s: string) => void): void {
  let state: GameState = createMatch(settingsFor(i));
  const seated = ROLES.filter((r) => isSeated(state, r));
  const noisy = i % 5 === 4;
  const rng = rngFrom(mixSeed(i, 4242));
  const styleOf = (k: number) => BOT_STYLES[(i + k) % BOT_STYLES.length];
  const played: { result: TurnResult; json: string }[] = [];
  while (state.phase !== 'ended') {
    const orders: Orders = {};
    seated.forEach((r, k) => {
      const legal = legalActions(state, r);
      feed(JSON.stringify(legal));
      if (!noisy) {
        orders[r] = chooseOrders(state, r, styleOf(k));
        return;
      }
      const list: Order[] = [];
      for (let n = Math.floor(rng.next() * 5); n > 0; n--) {
        const pick = rng.next();
        if (pick < 0.1) list.push({ action: ACTIONS[Math.floor(rng.next() * ACTIONS.length)].id, target: 'mali', option: 'x' });
        else if (pick < 0.15) list.push({ action: 'noSuchAction' });
        else if (legal.length) list.push(legal[Math.floor(rng.next() * legal.length)]);
      }
      for (let j = 0; j < list.length; j++) feed(JSON.stringify(validateOrder(state, r, list[j], list.slice(0, j))));
      orders[r] = list;
    });
    const inject = noisy && rng.next() < 0.2 ? EVENTS[Math.floor(rng.next() * EVENTS.length)].id : undefined;
    feed(JSON.stringify(orders));
    const result = resolveTurn(state, orders, inject ? { inject } : {});
    const json = JSON.stringify(result);
    feed(json);
    played.push({ result, json });
    state = result.state;
  }
  // Weeks may share unchanged parts of the state: no later week may have changed an earlier one.
  for (const { result, json } of played) if (JSON.stringify(result) !== json) throw new Error(`match ${i}: a later week changed week ${result.state.turn}'s result`);
}

export function goldenHash(matches = 300): string {
  const h = createHash('sha256');
  for (let i = 0; i < matches; i++) playGolden(i, (s) => h.update(s).update('\n'));
  return h.digest('hex');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(goldenHash());
