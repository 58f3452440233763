// The reach planners of docs/BALANCE.md (scripts/reach.ts): they weigh every order set the
// role may give; the one told only the others' styles decides from its seat's view; the one
// told everything finds the best its search can see. Run in the match's last week, where a
// rollout is one week long, and once three weeks from the end.
import { describe, expect, it } from 'vitest';
import type { GameState, Order, Orders } from '../../shared/index.ts';
import { chooseOrders, createMatch, resolveTurn, validateOrder } from '../../shared/index.ts';
import type { BotStyle } from '../../shared/bots/index.ts';
import { lead, rollout } from '../../shared/bots/rollout.ts';
import { PARTY_ROLES } from '../../shared/rules/types.ts';
import { orderSets, reachMatch, reachWeek } from '../../scripts/reach.ts';
import { planKey } from '../../shared/bots/expert.ts';
import { decoy } from './helpers.ts';

/** A match played by pragmatists until `left` weeks remain (seed 4 ends neither early nor in conflict). */
function weeksLeft(seed: number, left: number): GameState {
  let s = createMatch({ seed });
  while (s.turn < s.settings.turns - left + 1) {
    const orders: Orders = {};
    for (const r of PARTY_ROLES) orders[r] = chooseOrders(s, r, 'pragmatist');
    s = resolveTurn(s, orders).state;
  }
  return s;
}

describe('the reach planners (scripts/reach.ts)', () => {
  const s = weeksLeft(4, 1);

  it('start from the last week of an open match', () => {
    expect(s.phase).not.toBe('ended');
    expect(s.turn).toBe(s.settings.turns);
  });

  it('weigh every order set once: each legal as a whole, none twice, every style\'s plan among them', () => {
    const sets = orderSets(s, 'algeria');
    const keys = sets.map(planKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const set of sets) {
      const out: Order[] = [];
      for (const o of set) {
        expect(validateOrder(s, 'algeria', o, out).ok).toBe(true);
        out.push(o);
      }
    }
    expect(keys).toContain('');
    for (const style of ['hawk', 'dove', 'pragmatist'] as BotStyle[]) expect(keys).toContain(planKey(chooseOrders(s, 'algeria', style)));
    // Three action points: sets of three orders are there, not only pairs.
    expect(sets.some((x) => x.length === 3)).toBe(true);
  });

  it('told only the styles, decides the same when every secret of the others is a decoy', () => {
    for (const role of PARTY_ROLES) {
      const fake = decoy(s, role);
      const other = PARTY_ROLES.find((r) => r !== role)!;
      expect(fake.objectives[other]).not.toBe(s.objectives[other]);
      const opts = { role, against: 'pragmatist' as const, knows: 'styles' as const, worlds: 2, finalists: 4 };
      expect(reachWeek(fake, opts)).toEqual(reachWeek(s, opts));
    }
  });

  it('told only the styles, decides the same with decoy secrets three weeks from the end, where the others\' cards still weigh', () => {
    // A state where they do: handing the planner the true objectives while it weighs its
    // finalists changes Algeria's choice here (it did not in the last week above).
    const early = weeksLeft(5, 3);
    const opts = { role: 'algeria' as const, against: 'pragmatist' as const, knows: 'styles' as const, worlds: 2, finalists: 4 };
    expect(reachWeek(decoy(early, 'algeria'), opts)).toEqual(reachWeek(early, opts));
  }, 120_000);

  it('told everything, does at least as well as any one-step style would in its place', () => {
    const margin = (mine: readonly Order[]) => lead(rollout({ state: s, styles: { mali: 'hawk', aes: 'hawk' } }, 'algeria', mine, Infinity, 'pragmatist').final, 'algeria');
    const chosen = margin(reachWeek(s, { role: 'algeria', against: 'hawk', knows: 'everything' }));
    for (const style of ['hawk', 'dove', 'pragmatist'] as BotStyle[]) expect(chosen).toBeGreaterThanOrEqual(margin(chooseOrders(s, 'algeria', style)));
    expect(chosen).toBeGreaterThan(margin([]));
  });

  it('prints a line that, played again through the engine against the same bots, ends the same way', () => {
    for (const knows of ['styles', 'everything'] as const) {
      const opts = { role: 'mali' as const, against: 'hawk' as const, knows, worlds: 2, finalists: 4 };
      // What `simulate --reach` prints, read back as a person replaying it would.
      const printed = JSON.parse(JSON.stringify(reachMatch(4, opts, s))) as ReturnType<typeof reachMatch>;
      expect(printed.line).toHaveLength(1);
      let state = s;
      for (const mine of printed.line) {
        const orders: Orders = {};
        for (const r of PARTY_ROLES) orders[r] = r === 'mali' ? mine : chooseOrders(state, r, 'hawk');
        state = resolveTurn(state, orders).state;
      }
      expect(state.phase).toBe('ended');
      expect(state.outcome).toMatchObject({ winner: printed.winner, kind: printed.kind });
      expect(Math.round(lead(state, 'mali') * 10) / 10).toBe(printed.margin);
    }
  });
});
