// The previews a client runs on its view (legality, the action menu, public objectives) take a
// state without secrets. The compiler holds the type to that (`npm run typecheck` covers this
// file: each @ts-expect-error below fails the check if the field it reads comes back), and the
// previews answer on a seat's view exactly as on the whole state.
import { describe, expect, it } from 'vitest';
import { actionMenu, BOT_STYLES, chooseOrders, createMatch, isSeated, legalActions, publicObjectives, resolveTurn, ROLES, validateOrder, viewFor } from '../../shared/index.ts';
import type { ActionDef, GameState, Orders, PublicState, Seat, StateView } from '../../shared/index.ts';
import { targetsFor } from '../../shared/rules/validate.ts';

/** False when T carries any of the secrets: objectives, the generator, the seed, an incident's truth. */
type Secretless<T> = T extends { objectives: unknown } | { rng: unknown } | { settings: { seed: unknown } } | { incidents: readonly { truth?: unknown }[] } ? false : true;
type FirstArg<F> = F extends (s: infer S, ...rest: never[]) => unknown ? S : never;

// The functions a client calls on its view, and every action's precondition, take a secretless state.
const typed: Record<string, true> = {
  validateOrder: true satisfies Secretless<FirstArg<typeof validateOrder>>,
  legalActions: true satisfies Secretless<FirstArg<typeof legalActions>>,
  actionMenu: true satisfies Secretless<FirstArg<typeof actionMenu>>,
  publicObjectives: true satisfies Secretless<FirstArg<typeof publicObjectives>>,
  isSeated: true satisfies Secretless<FirstArg<typeof isSeated>>,
  targetsFor: true satisfies Secretless<Parameters<typeof targetsFor>[1]>,
  check: true satisfies Secretless<Parameters<NonNullable<ActionDef['check']>>[0]>,
  targets: true satisfies Secretless<Parameters<NonNullable<ActionDef['targets']>>[0]>,
};

// And the type itself lacks every secret field: reading one does not compile.
function readsSecrets(s: PublicState): unknown[] {
  return [
    // @ts-expect-error the generator's state is secret (it foretells the dice)
    s.rng,
    // @ts-expect-error the objectives are secret (a seat's own is read from its view apart)
    s.objectives,
    // @ts-expect-error the seed is secret (it redraws objectives and truths)
    s.settings.seed,
    // @ts-expect-error where a drone really was is secret until the end
    s.incidents[0]?.truth,
  ];
}

// Both the engine's state and a seat's view are public states: the server and the client call the same checks.
const fromState = (s: GameState): PublicState => s;
const fromView = (v: StateView): PublicState => v;

const SEATS: Seat[] = [{ kind: 'role', role: 'algeria' }, { kind: 'role', role: 'mali' }, { kind: 'role', role: 'aes' }, { kind: 'spectator' }];

describe('previews on a seat’s view', () => {
  it('are typed on a state without secrets', () => {
    expect(Object.values(typed).every(Boolean)).toBe(true);
    expect(typeof readsSecrets).toBe('function');
    expect(typeof fromState).toBe('function');
    expect(typeof fromView).toBe('function');
  });

  it('answer on every seat’s view as on the whole state, week after week', () => {
    let weeks = 0;
    for (let seed = 0; seed < 6; seed++) {
      let s = createMatch({ seed, mediator: seed % 2 === 0 });
      while (s.phase !== 'ended') {
        for (const seat of SEATS) {
          const view = viewFor(s, seat);
          for (const role of ROLES) {
            if (!isSeated(s, role)) continue;
            expect(actionMenu(view, role)).toEqual(actionMenu(s, role));
            expect(legalActions(view, role)).toEqual(legalActions(s, role));
            expect(publicObjectives(view, role)).toEqual(publicObjectives(s, role));
          }
        }
        const orders: Orders = {};
        for (const role of ROLES) if (isSeated(s, role)) orders[role] = chooseOrders(s, role, BOT_STYLES[(seed + weeks) % BOT_STYLES.length]);
        for (const role of ROLES) for (const o of orders[role] ?? []) expect(validateOrder(viewFor(s, { kind: 'spectator' }), role, o)).toEqual(validateOrder(s, role, o));
        s = resolveTurn(s, orders).state;
        weeks++;
      }
    }
    expect(weeks).toBeGreaterThan(20);
  });
});
