// Property-based tests: whatever legal orders are given, the state stays valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATORS, ROLES, createMatch, legalActions, resolveTurn, validateOrder } from '../../shared/index.ts';
import type { GameState, Order, Orders, Role } from '../../shared/index.ts';

function checkValid(s: GameState): void {
  for (const r of ROLES) for (const k of INDICATORS) {
    expect(s.roles[r][k]).toBeGreaterThanOrEqual(0);
    expect(s.roles[r][k]).toBeLessThanOrEqual(100);
  }
  for (const v of [s.cohesion, s.threat]) {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(100);
  }
  expect(s.tension).toBeGreaterThanOrEqual(0);
  expect(s.tension).toBeLessThanOrEqual(10);
  expect(Math.abs(s.narrative)).toBeLessThanOrEqual(100);
  expect(JSON.parse(JSON.stringify(s))).toEqual(s);
}

/** Picks orders by index into the legal list, so every generated order is legal when drafted. */
function ordersFrom(s: GameState, picks: number[][]): Orders {
  const orders: Orders = {};
  ROLES.forEach((role, i) => {
    const drafted: Order[] = [];
    for (const p of picks[i] ?? []) {
      const legal = legalActions(s, role, drafted);
      if (!legal.length) break;
      drafted.push(legal[p % legal.length]);
    }
    orders[role] = drafted;
  });
  return orders;
}

const week = fc.array(fc.array(fc.nat(500), { maxLength: 4 }), { minLength: 4, maxLength: 4 });

describe('properties of the engine', () => {
  it('keeps every indicator in range, never throws and stays serialisable under any legal orders', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.boolean(), fc.array(week, { minLength: 1, maxLength: 16 }), (seed, mediator, weeks) => {
        let s = createMatch({ seed, mediator, turns: 16 });
        for (const picks of weeks) {
          if (s.phase === 'ended') break;
          const r = resolveTurn(s, ordersFrom(s, picks));
          expect(r.refused.filter((x) => x.reason.key.startsWith('reason.notEnoughAp'))).toEqual([]);
          s = r.state;
          checkValid(s);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses an illegal order with a reason and changes nothing because of it', () => {
    const junk = fc.record({
      action: fc.oneof(fc.constantFrom('recallAmbassador', 'closeAirspace', 'signAccord', 'conveneTalks', 'nuke'), fc.string()),
      target: fc.option(fc.oneof(fc.constantFrom('algeria', 'mali', 'aes', 'niger', 'mars'), fc.string()), { nil: undefined }),
      option: fc.option(fc.oneof(fc.constantFrom('both', 'hostile', 'icj', 'closed'), fc.string()), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.constantFrom<Role>(...ROLES), junk, (seed, role, order) => {
        const s = createMatch({ seed });
        const before = JSON.stringify(s);
        const v = validateOrder(s, role, order);
        expect(JSON.stringify(s)).toBe(before);
        if (v.ok) return;
        expect(v.code).toMatch(/^[a-zA-Z]+$/);
        expect(v.reason.key).toBe(`reason.${v.code}`);
        const withJunk = resolveTurn(s, { [role]: [order] });
        const without = resolveTurn(s, {});
        expect(withJunk.refused).toHaveLength(1);
        expect(JSON.stringify(withJunk.state)).toBe(JSON.stringify(without.state));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses orders beyond the action points', () => {
    const s = createMatch({ seed: 1, apPerTurn: 2 });
    const drafted: Order[] = [{ action: 'publishEvidence' }, { action: 'reinforceBorder' }];
    expect(validateOrder(s, 'algeria', { action: 'dismissAccusations' }, drafted)).toMatchObject({ ok: false, code: 'notEnoughAp' });
    expect(legalActions(s, 'algeria', drafted)).toEqual([]);
  });
});
