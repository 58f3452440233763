import { describe, expect, it } from 'vitest';
import type { GameState } from '../../shared/index.ts';
import { ROLES, chooseOrders, createMatch, evaluateDeal, expertOrders, proposeDeal, resolveTurn, viewFor } from '../../shared/index.ts';

/** Freezes an object and everything it holds: a write anywhere inside then throws (modules are strict). */
function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

describe('viewFor', () => {
  const s = resolveTurn(createMatch({ seed: 5, mediator: true }), { algeria: [{ action: 'hostSeparatists' }] }, { inject: 'quietWeek' }).state;

  it('shows a role only its own secret objective, and never the dice or the seed', () => {
    for (const role of ROLES) {
      const v = viewFor(s, { kind: 'role', role });
      expect(Object.keys(v.objectives)).toEqual([role]);
      expect(v.rng).toBe(0);
      expect(v.settings.seed).toBe(0);
      const text = JSON.stringify(v);
      for (const other of ROLES) if (other !== role && s.objectives[other] !== s.objectives[role]) expect(text).not.toContain(`"${s.objectives[other]}"`);
    }
  });

  it('hides where each drone incident really was from every seat, the teacher too, and keeps both claims', () => {
    expect(s.incidents[0].truth).toEqual(expect.any(Number));
    for (const seat of [...ROLES.map((role) => ({ kind: 'role' as const, role })), { kind: 'spectator' as const }, { kind: 'teacher' as const }]) {
      const v = viewFor(s, seat);
      expect(v.incidents).toHaveLength(s.incidents.length);
      expect(v.incidents[0]).not.toHaveProperty('truth');
      expect(v.incidents[0].claims).toEqual({ algeria: 2, operator: 9.5 });
    }
  });

  it('shows where each incident really was once the match has ended', () => {
    const ended = { ...s, phase: 'ended' as const };
    expect(viewFor(ended, { kind: 'spectator' }).incidents[0].truth).toBe(s.incidents[0].truth);
  });

  it('shows spectators no objective at all, and the teacher all of them', () => {
    expect(viewFor(s, { kind: 'spectator' }).objectives).toEqual({});
    expect(viewFor(s, { kind: 'teacher' }).objectives).toEqual(s.objectives);
  });

  it('reveals everything once the match has ended', () => {
    const ended = { ...s, phase: 'ended' as const };
    expect(viewFor(ended, { kind: 'spectator' }).objectives).toEqual(s.objectives);
  });

  it('leaves the public picture the same for every seat', () => {
    const strip = (v: ReturnType<typeof viewFor>) => JSON.stringify({ ...v, objectives: {} });
    const spectator = strip(viewFor(s, { kind: 'spectator' }));
    for (const role of ROLES) expect(strip(viewFor(s, { kind: 'role', role }))).toBe(spectator);
  });

  it('shares with the state only what nobody edits: the engine and the bots read a frozen state and frozen views', () => {
    // A view is the engine's own field-by-field copy (cheap to make for every seat at every
    // change), so it shares the parts no rule edits in place. Freezing proves nobody does.
    let state: GameState = createMatch({ seed: 11 });
    for (let week = 0; week < 4; week++) {
      const frozen = deepFreeze(state);
      const orders = Object.fromEntries(ROLES.map((r) => [r, chooseOrders(frozen, r, 'pragmatist')]));
      state = resolveTurn(frozen, orders).state;
    }
    deepFreeze(state);
    const before = JSON.stringify(state);
    for (const role of ['algeria', 'mali', 'aes'] as const) {
      const view = deepFreeze(viewFor(state, { kind: 'role', role }));
      expect(expertOrders(view, role, { level: 'easy', capMs: 0, seed: 3 }).orders.length).toBeGreaterThan(0);
      const offer = proposeDeal(view, role, { level: 'easy', capMs: 0, seed: 3 });
      if (offer) expect(typeof evaluateDeal(deepFreeze(viewFor(state, { kind: 'role', role: offer.deal.to })), offer.deal.to, offer.deal, { level: 'easy', capMs: 0, seed: 3 }).accept).toBe('boolean');
    }
    expect(JSON.stringify(state)).toBe(before);
  });
});

