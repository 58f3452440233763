// The expert bot: it decides from its seat's view alone, the same way every time, within
// its budget, with legal orders; it weighs deals by playing with and without them; it
// records what it expected; and its levels differ in strength. Budgets here are tiny:
// the strength targets are measured by `npm run simulate -- --strength` (docs/BALANCE.md).
import { describe, expect, it } from 'vitest';
import type { Order, Role } from '../../shared/index.ts';
import { createMatch, resolveTurn, validateOrder, viewFor } from '../../shared/index.ts';
import { playArena } from '../../shared/bots/arena.ts';
import type { MatchResult } from '../../shared/bots/strength.ts';
import { rowSpecs, strengthTable, tally } from '../../shared/bots/strength.ts';
import { acceptsByRule, calm, evaluateDeal, proposeDeal } from '../../shared/bots/bargain.ts';
import { around, bestFuture, expertOrders, expertSearch, finish, Search } from '../../shared/bots/expert.ts';
import { LEVELS } from '../../shared/bots/levels.ts';
import { rollout, standing, utility } from '../../shared/bots/rollout.ts';
import type { BotStyle } from '../../shared/bots/index.ts';
import { chooseOrders } from '../../shared/bots/index.ts';
import { think } from '../../server/match/botThinking.ts';
import { playMatch } from '../../shared/bots/selfPlay.ts';
import { decoy, quietWeek } from './helpers.ts';

const PARTIES = ['algeria', 'mali', 'aes'] as const;
const seat = (role: Role) => ({ kind: 'role' as const, role });
const tiny = { level: 'easy' as const, budgetWeeks: 60, capMs: 0 };

describe('the expert never reads hidden state', () => {
  it('decides exactly the same when the others\' secrets and the incident truths are decoys', () => {
    for (const seed of [3]) {
      const { turns } = playMatch({ seed }, 'mixed', true);
      for (const t of [turns[0], turns[2]]) {
        const s = t.state;
        if (s.phase === 'ended') continue;
        for (const role of PARTIES) {
          const fake = decoy(s, role);
          expect(fake.incidents[0].truth).not.toBe(s.incidents[0].truth);
          const real = expertOrders(viewFor(s, seat(role)), role, tiny);
          expect(expertOrders(viewFor(fake, seat(role)), role, tiny)).toEqual(real);
          // Even handed the full state by mistake, it keeps only what its seat may see.
          expect(expertOrders(fake, role, tiny)).toEqual(real);
          expect(expertOrders(s, role, tiny)).toEqual(real);
        }
      }
    }
  });
});

describe('the expert decides', () => {
  const s = resolveTurn(createMatch({ seed: 11 }), {}).state;

  it('deterministically for a given view, seed and budget', () => {
    const a = expertOrders(viewFor(s, seat('mali')), 'mali', { ...tiny, seed: 5 });
    expect(expertOrders(viewFor(s, seat('mali')), 'mali', { ...tiny, seed: 5 })).toEqual(a);
  });

  it('the same when the server runs it in slices between other work', async () => {
    const opts = { level: 'normal' as const, budgetWeeks: 200, capMs: 0, seed: 7 };
    const atOnce = expertOrders(viewFor(s, seat('aes')), 'aes', opts);
    let slices = 0;
    const ticker = setInterval(() => slices++, 0);
    // A slice of 1 ms: many hand-overs to the event loop during one decision.
    const sliced = await think((clock) => expertSearch(viewFor(s, seat('aes')), 'aes', { ...opts, clock }), 1).done;
    clearInterval(ticker);
    expect(sliced).toEqual(atOnce);
    expect(slices).toBeGreaterThan(0);
  });

  it('stops early at its cap, counted on the clock it is given', () => {
    let t = 0;
    // A clock that moves 50 ms a step: the cap of 120 ms is spent after a few rollouts.
    const d = finish(expertSearch(viewFor(s, seat('mali')), 'mali', { level: 'normal', capMs: 120, clock: () => (t += 50) }));
    expect(d.note.cutShort).toBe(true);
    expect(d.note.weeksSimulated).toBeLessThan(200);
  });

  it('with legal orders that keep the orders it is bound to', () => {
    const bound: Order = { action: 'proposeMediation', target: 'algeria' };
    for (const role of PARTIES) {
      const committed = role === 'mali' ? [bound] : [];
      const d = expertOrders(viewFor(s, seat(role)), role, { ...tiny, committed });
      const drafted: Order[] = [];
      for (const o of d.orders) {
        expect(validateOrder(s, role, o, drafted).ok).toBe(true);
        drafted.push(o);
      }
      for (const o of committed) expect(d.orders).toContainEqual(o);
    }
  });

  it('spends its budget in simulated weeks, and more budget means more simulation', () => {
    const small = expertOrders(viewFor(s, seat('algeria')), 'algeria', { ...tiny, budgetWeeks: 40 });
    const large = expertOrders(viewFor(s, seat('algeria')), 'algeria', { ...tiny, budgetWeeks: 240 });
    expect(small.note.weeksSimulated).toBeGreaterThan(0);
    expect(large.note.weeksSimulated).toBeGreaterThan(small.note.weeksSimulated);
    expect(large.note.worlds).toBeGreaterThan(small.note.worlds);
  });

  it('keeps of each rollout its value and what the explanation reads, not its states', () => {
    const mediated = resolveTurn(createMatch({ seed: 11, mediator: true }), {}).state;
    for (const role of ['algeria', 'mali', 'mediator'] as const) {
      const search = new Search(viewFor(mediated, seat(role)), role, LEVELS.normal, 'normal', 'hawk', 600, 0, 1, {});
      const plan = chooseOrders(search.base, role, 'pragmatist');
      const kept = search.play(plan, 2, 3);
      // The same rollout played apart: the summary holds its numbers, seen from the role.
      const r = rollout(search.world(2), role, plan, 3, search.future);
      const end = standing(r.final);
      const a = r.afterWeek;
      const own = (k: 'security' | 'legitimacy' | 'support' | 'economy') => (role === 'mediator' && k !== 'legitimacy' ? 0 : a.roles[role][k]);
      expect(kept).toEqual({
        value: utility(r.final, role, 'hawk'),
        score: end.scores[role].total,
        won: end.winner === role,
        tension: a.tension,
        after: { security: own('security'), legitimacy: own('legitimacy'), support: own('support'), economy: own('economy'), cohesion: a.cohesion, narrative: (role === 'algeria' ? 1 : role === 'mediator' ? 0 : -1) * a.narrative },
      });
      expect(search.play(plan, 2, 3)).toBe(kept);
    }
  });

  it('explains each order: expected effects, tension and its part in the final score', () => {
    const d = expertOrders(viewFor(s, seat('aes')), 'aes', tiny);
    expect(d.note).toMatchObject({ turn: s.turn, role: 'aes', level: 'easy' });
    expect(d.note.orders.map((o) => o.order)).toEqual(d.orders);
    for (const o of d.note.orders) {
      expect(typeof o.scoreGain).toBe('number');
      expect(o.tension).toBeGreaterThanOrEqual(0);
    }
    expect(d.note.winChance).toBeGreaterThanOrEqual(0);
    expect(d.note.winChance).toBeLessThanOrEqual(1);
  });
});

describe('how it plays its own later weeks', () => {
  const s = resolveTurn(createMatch({ seed: 11 }), {}).state;
  const styles = ['pragmatist', 'hawk', 'dove'] as const;

  it('weighs each temperament in as many worlds as its level says, and keeps the best', () => {
    const horizon = 3;
    for (const futureWorlds of [2, 5]) {
      const spec = { ...LEVELS.hard, futureWorlds };
      const search = new Search(viewFor(s, seat('mali')), 'mali', spec, 'hard', 'neutral', spec.budgetWeeks, 0, 1, {});
      const chosen = finish(bestFuture(search, [], horizon));
      // Each temperament played from this week in each of the level's worlds, and nothing else.
      expect(search.weeks).toBe(styles.length * futureWorlds * horizon);
      const worth = (st: BotStyle) => {
        const plan = around(search.base, 'mali', [], chooseOrders(search.base, 'mali', st));
        let sum = 0;
        for (let w = 0; w < futureWorlds; w++) sum += search.value(plan, w, horizon, st);
        return sum;
      };
      const best = Math.max(...styles.map(worth));
      expect(worth(chosen)).toBe(best);
      // The values above were the choice's own rollouts (cached): no new simulation.
      expect(search.weeks).toBe(styles.length * futureWorlds * horizon);
    }
  });

  it('keeps its character\'s temperament, and the levels that do not weigh it play as pragmatists', () => {
    const search = new Search(viewFor(s, seat('aes')), 'aes', LEVELS.hard, 'hard', 'hawk', 100, 0, 1, {});
    expect(finish(bestFuture(search, [], 3))).toBe('hawk');
    expect(search.weeks).toBe(0);
    expect(LEVELS.easy.futureWorlds).toBe(0);
    expect(LEVELS.hard.futureWorlds).toBeGreaterThan(LEVELS.normal.futureWorlds);
  });
});

describe('bargaining', () => {
  // Algeria has closed its airspace to Mali; Mali has recalled its ambassador.
  const s = quietWeek(createMatch({ seed: 21 }), {
    algeria: [{ action: 'closeAirspace', target: 'mali' }],
    mali: [{ action: 'recallAmbassador', target: 'algeria' }],
  }).state;
  const view = viewFor(s, seat('mali'));

  it('accepts a deal that raises its expected value and refuses one that lowers it', () => {
    const normal = { level: 'normal' as const, capMs: 0 };
    const gift = evaluateDeal(view, 'mali', { from: 'algeria', to: 'mali', give: [{ action: 'reopenAirspace', target: 'mali' }], get: [] }, normal);
    expect(gift.gain).toBeGreaterThan(0);
    expect(gift.accept).toBe(true);
    // Leaving the regional staff committee for nothing in return: it costs Mali's standing and security.
    const climbDown = evaluateDeal(view, 'mali', { from: 'algeria', to: 'mali', give: [], get: [{ action: 'withdrawCemoc' }] }, normal);
    expect(climbDown.gain).toBeLessThan(0);
    expect(climbDown.accept).toBe(false);
  });

  it('refuses a deal whose orders do not fit', () => {
    const v = evaluateDeal(view, 'mali', { from: 'algeria', to: 'mali', give: [{ action: 'reopenAirspace', target: 'niger' }], get: [] }, tiny);
    expect(v.accept).toBe(false);
  });

  it('offers deals it gains by, with nothing escalatory in them', () => {
    for (const level of ['normal', 'hard'] as const) {
      const offer = proposeDeal(view, 'mali', { level, capMs: 0 });
      expect(offer).toBeDefined();
      expect(offer!.deal.from).toBe('mali');
      expect(offer!.gain).toBeGreaterThan(0.1);
      expect([...offer!.deal.give, ...offer!.deal.get].every(calm)).toBe(true);
      expect(acceptsByRule('pragmatist', offer!.deal)).toBe(true);
    }
    // Played out, experts do strike deals with the one-step bots.
    const m = playArena({ seed: 3, turns: 4 }, { mali: { kind: 'expert', level: 'easy', budgetWeeks: 60 } });
    expect(m.deals.some((d) => d.accepted)).toBe(true);
  });

  it('offers the calm deal it gains most by, even one the other side does not seem to gain by (a pragmatist takes it)', () => {
    // The hard level reads further down the menu: Mali asks Algeria to reopen its airspace, for nothing.
    const offer = proposeDeal(view, 'mali', { level: 'hard', capMs: 0 })!;
    expect(offer.deal).toEqual({ from: 'mali', to: 'algeria', give: [], get: [{ action: 'reopenAirspace', target: 'mali' }] });
    expect(offer.gain).toBeGreaterThan(1);
    expect(offer.theirGain).toBeLessThan(0);
    expect(acceptsByRule('pragmatist', offer.deal)).toBe(true);
    expect(acceptsByRule('hawk', offer.deal)).toBe(false);
  });

  it('at hard, may ask the other side for a step toward the third role', () => {
    // The first week: Mali asks Algeria to propose AU mediation to the AES, a step that
    // spends Algeria's points and concerns Mali's rival for the lead, not Mali.
    const first = viewFor(createMatch({ seed: 2 }), seat('mali'));
    const offer = proposeDeal(first, 'mali', { level: 'hard', capMs: 0, seed: 7936 })!;
    expect(offer.deal.to).toBe('algeria');
    expect(offer.deal.get).toEqual([{ action: 'proposeMediation', target: 'aes', option: 'au' }]);
    expect(offer.gain).toBeGreaterThan(0.1);
    expect(LEVELS.hard.dealThird).toBeGreaterThan(0);
    // The lower levels keep to what concerns the two sides.
    for (const level of ['easy', 'normal'] as const) {
      const d = proposeDeal(first, 'mali', { level, capMs: 0, seed: 7936 });
      for (const o of d?.deal.get ?? []) expect(o.target).toBe('mali');
    }
  });
});

describe('levels', () => {
  it('differ in strength in a small simulated sample', () => {
    // Mean lead of the expert's score over the best other, as Algeria against two pragmatists.
    const lead = (level: 'easy' | 'hard', budgetWeeks: number) => {
      let sum = 0;
      for (let seed = 1; seed <= 3; seed++) {
        const m = playArena({ seed, turns: 4 }, { algeria: { kind: 'expert', level, budgetWeeks } }, { bargain: false });
        const sc = m.state.outcome!.scores;
        sum += sc.algeria.total - Math.max(sc.mali.total, sc.aes.total);
      }
      return sum / 3;
    };
    expect(lead('hard', 300)).toBeGreaterThan(lead('easy', 30));
  });
});

describe('characters', () => {
  it('a hawkish expert leaves the crisis tenser than a dovish one', () => {
    const tension = (character: 'hawk' | 'dove') => {
      let sum = 0;
      for (let seed = 1; seed <= 2; seed++) {
        const expert = { kind: 'expert' as const, level: 'easy' as const, budgetWeeks: 60, character };
        sum += playArena({ seed, turns: 4 }, { algeria: expert, mali: expert }, { bargain: false }).state.tension;
      }
      return sum;
    };
    expect(tension('hawk')).toBeGreaterThan(tension('dove'));
  });
});

describe('the strength table', () => {
  it('plays its rows side by side, and a tally of the first matches equals a shorter run', () => {
    const seen: MatchResult[] = [];
    const o = { seed: 1, level: 'easy' as const, rows: ['dove' as const] };
    const table = strengthTable({ ...o, matches: 2, onMatch: (m) => seen.push(m) });
    expect(seen.map((m) => m.index)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(table.map((r) => r.matches)).toEqual([2, 2, 2]);
    const short = strengthTable({ ...o, matches: 1 });
    const first = rowSpecs(o).map((spec) => tally({ ...spec, seats: short[0].seats }, seen.filter((m) => m.row === spec.label && m.index === 0)));
    expect(first.map((r) => [r.label, r.wins, r.outcomes, r.weeksSimulated])).toEqual(short.map((r) => [r.label, r.wins, r.outcomes, r.weeksSimulated]));
  }, 300_000);
});
