import { describe, expect, it } from 'vitest';
import { chooseOrders, createMatch, resolveTurn } from '../../shared/index.ts';
import type { Orders } from '../../shared/index.ts';
import { playMatch } from '../../shared/bots/selfPlay.ts';

describe('determinism', () => {
  it('gives byte-identical states for the same seed and orders', () => {
    const orders: Orders = {
      algeria: [{ action: 'closeAirspace', target: 'mali' }, { action: 'airDefenceAlert', option: 'raise' }],
      mali: [{ action: 'droneMission', option: 'aggressive' }, { action: 'accuseTerrorism', target: 'algeria' }],
      aes: [{ action: 'blocSolidarity' }],
    };
    const run = () => {
      let s = createMatch({ seed: 7 });
      const log: string[] = [];
      for (let i = 0; i < 5 && s.phase !== 'ended'; i++) {
        const r = resolveTurn(s, i === 0 ? orders : {});
        log.push(JSON.stringify(r));
        s = r.state;
      }
      return log.join('\n');
    };
    expect(run()).toBe(run());
  });

  it('plays identical bot matches from the same seed, and different ones from other seeds', () => {
    const a = playMatch({ seed: 99 }, 'mixed', true);
    const b = playMatch({ seed: 99 }, 'mixed', true);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const others = [100, 101, 102].map((seed) => JSON.stringify(playMatch({ seed }, 'mixed').state));
    expect(new Set(others).size).toBe(3);
  });

  it('does not change the state it is given', () => {
    const s = createMatch({ seed: 3 });
    const before = JSON.stringify(s);
    resolveTurn(s, { mali: chooseOrders(s, 'mali', 'hawk') });
    expect(JSON.stringify(s)).toBe(before);
  });

  it('survives a JSON round trip mid-match with the same future', () => {
    let s = createMatch({ seed: 11 });
    s = resolveTurn(s, { algeria: chooseOrders(s, 'algeria', 'pragmatist') }).state;
    const copy = JSON.parse(JSON.stringify(s));
    const orders = { mali: chooseOrders(s, 'mali', 'dove') };
    expect(JSON.stringify(resolveTurn(copy, orders))).toBe(JSON.stringify(resolveTurn(s, orders)));
  });
});

describe('cloneState', () => {
  it('copies every field, deeply where rules change things in place', async () => {
    const { cloneState } = await import('../../shared/index.ts');
    const { playMatch } = await import('../../shared/bots/selfPlay.ts');
    const s = playMatch({ seed: 4 }, 'hawk').state;
    const c = cloneState(s);
    expect(c).toEqual(s);
    expect(Object.keys(c).sort()).toEqual(Object.keys(s).sort());
    c.roles.mali.security = -1;
    c.ambassadors['algeria>mali'] = 'expelled';
    c.cases.push({ id: 99, forum: 'au', plaintiff: 'mali', respondent: 'algeria', filedTurn: 1, status: 'noted' });
    expect(s.roles.mali.security).not.toBe(-1);
    expect(s.cases.some((x) => x.id === 99)).toBe(false);
    c.hurting.mali = -1;
    c.flags.push('copied');
    expect(s.hurting.mali).not.toBe(-1);
    expect(s.flags).not.toContain('copied');
  });
});

describe('endEarly', () => {
  it('ends and scores a match at the current week without changing the given state', async () => {
    const { createMatch: create, endEarly, resolveTurn: resolve } = await import('../../shared/index.ts');
    const s = resolve(create({ seed: 2 }), {}).state;
    const before = JSON.stringify(s);
    const ended = endEarly(s);
    expect(JSON.stringify(s)).toBe(before);
    expect(ended.phase).toBe('ended');
    expect(ended.outcome).toMatchObject({ kind: 'turnLimit', turn: 2 });
    expect(ended.outcome!.scores.mali.total).toBeGreaterThan(0);
    expect(endEarly(ended)).toBe(ended);
  });
});
