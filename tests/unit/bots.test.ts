import { describe, expect, it } from 'vitest';
import { BOT_STYLES, chooseOrders, createMatch, resolveTurn, validateOrder } from '../../shared/index.ts';
import type { Order, Orders } from '../../shared/index.ts';
import { simulate, tallyFiles } from '../../scripts/simulate.ts';

describe('bots', () => {
  it.each(BOT_STYLES)('%s only gives legal orders within its budget, deterministically', (style) => {
    let s = createMatch({ seed: 21, mediator: true });
    while (s.phase !== 'ended') {
      const orders: Orders = {};
      for (const role of ['algeria', 'mali', 'aes', 'mediator'] as const) {
        const chosen = chooseOrders(s, role, style);
        expect(chooseOrders(s, role, style)).toEqual(chosen);
        const drafted: Order[] = [];
        for (const o of chosen) {
          expect(validateOrder(s, role, o, drafted), JSON.stringify(o)).toEqual({ ok: true });
          drafted.push(o);
        }
        orders[role] = chosen;
      }
      s = resolveTurn(s, orders).state;
    }
    expect(s.outcome).toBeDefined();
  });

  it('plays styles that differ: hawks escalate more than doves', () => {
    const hawks = simulate(60, 1, 'hawk');
    const doves = simulate(60, 1, 'dove');
    expect(hawks.outcomes.conflict).toBeGreaterThan(doves.outcomes.conflict);
    expect(doves.outcomes.settlement).toBeGreaterThan(hawks.outcomes.settlement);
  });
});

describe('the simulator report', () => {
  it('has every field the balance targets are read from', () => {
    const r = simulate(40, 3, 'mixed');
    expect(r.matches).toBe(40);
    expect(r.turnsPerSecond).toBeGreaterThan(0);
    expect(r.outcomes.conflict + r.outcomes.settlement + r.outcomes.turnLimit).toBeCloseTo(1, 5);
    expect(Object.keys(r.winRate).sort()).toEqual(['aes', 'algeria', 'mali']);
    expect(Object.values(r.actionShare).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(r.meanTurns).toBeGreaterThan(1);
  });
});

describe('the simulator command line', () => {
  it('tallies the files named after --tally, not the value of an option after them', () => {
    expect(tallyFiles(['node', 'simulate.ts', '--tally', 'a.jsonl', 'b.jsonl', '--level', 'hard'])).toEqual(['a.jsonl', 'b.jsonl']);
    expect(tallyFiles(['node', 'simulate.ts', '--level', 'hard', '--tally', 'a.jsonl'])).toEqual(['a.jsonl']);
    expect(() => tallyFiles(['node', 'simulate.ts', '--tally', '--level', 'hard'])).toThrow(/--tally needs/);
  });
});
