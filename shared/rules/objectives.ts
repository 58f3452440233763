// Secret objective cards: one per role, drawn at the start, revealed at the end.
import type { Rng } from './random.ts';
import type { GameState, Role, Text } from './types.ts';
import { ROLES } from './types.ts';

export interface ObjectiveCard {
  id: string;
  role: Role;
  /** Whether the card is met in this (final) state, and a line saying how. */
  check(s: GameState): { met: boolean; detail: Text };
}

type Params = NonNullable<Text['params']>;

/**
 * A card whose detail states the end state as it is: `objective.<id>.met` or
 * `objective.<id>.unmet` (or another variant the card picks), with the numbers the check used.
 */
const card = (
  id: string,
  role: Role,
  met: (s: GameState) => boolean,
  params: (s: GameState) => Params = () => ({}),
  variant?: (s: GameState, met: boolean) => string | undefined,
): ObjectiveCard => ({
  id,
  role,
  check: (s) => {
    const ok = met(s);
    return { met: ok, detail: { key: `objective.${id}.${variant?.(s, ok) ?? (ok ? 'met' : 'unmet')}`, params: params(s) } };
  },
});

const going = (c: GameState['cases'][number]) => c.status === 'proceeding' || c.status === 'heard';
const heard = (s: GameState, role: Role) => s.cases.some((c) => c.plaintiff === role && going(c));
/** The outside partners (Russia, Morocco) courted by the Sahel side, Mali or the AES. */
const sahelPartners = (s: GameState) => new Set(s.flags.filter((d) => d.startsWith('partner:aes:') || d.startsWith('partner:mali:')).map((d) => d.split(':')[2]));
// Shown values are rounded toward the side of the threshold the check found them on, so that
// a detail never reads "ended at 65, below the 65 needed".
const atLeast = (v: number, min: number) => (v >= min ? Math.max(min, Math.floor(v)) : Math.min(min - 1, Math.floor(v)));
const atMost = (v: number, max: number) => (v <= max ? Math.min(max, Math.ceil(v)) : Math.max(max + 1, Math.ceil(v)));

export const OBJECTIVES: readonly ObjectiveCard[] = [
  card('keepNigerAmbassador', 'algeria', (s) => s.ambassadors['niger>algeria'] === 'posted', (s) => ({ status: s.ambassadors['niger>algeria'] })),
  card('noCourtCase', 'algeria', (s) => !s.cases.some((c) => c.respondent === 'algeria' && going(c)), (s) => ({ count: s.cases.filter((c) => c.respondent === 'algeria' && going(c)).length })),
  card('winTheNarrative', 'algeria', (s) => s.narrative >= 25, (s) => ({ narrative: Math.round(s.narrative) < 0 ? -Math.round(s.narrative) : Math.max(0, atLeast(s.narrative, 25)) }), (s, ok) => (ok ? 'met' : Math.round(s.narrative) < 0 ? 'unmetOther' : 'unmet')),
  card('secureSouth', 'algeria', (s) => s.roles.algeria.security >= 65, (s) => ({ value: atLeast(s.roles.algeria.security, 65) })),
  // Met: how many of Mali's complaints were heard; not met: how many it filed.
  card('complaintHeard', 'mali', (s) => heard(s, 'mali'), (s) => ({ count: s.cases.filter((c) => c.plaintiff === 'mali' && (heard(s, 'mali') ? going(c) : true)).length })),
  card('skiesOpen', 'mali', (s) => s.airspace['algeria>mali'] === 'open'),
  card('outOfCemoc', 'mali', (s) => !s.cemoc.includes('mali')),
  card('holdTheNorth', 'mali', (s) => s.roles.mali.security >= 45, (s) => ({ value: atLeast(s.roles.mali.security, 45) })),
  card('blocUnited', 'aes', (s) => s.cohesion >= 70, (s) => ({ value: atLeast(s.cohesion, 70) })),
  card('energyFlows', 'aes', (s) => s.agreements.some((g) => g.kind === 'energy')),
  card('threatContained', 'aes', (s) => s.threat <= 45, (s) => ({ value: atMost(s.threat, 45) })),
  card('friendsAbroad', 'aes', (s) => sahelPartners(s).size > 0, (s) => ({ count: sahelPartners(s).size })),
  card('accordSigned', 'mediator', (s) => s.agreements.some((g) => g.kind === 'accord')),
  card('calmBorder', 'mediator', (s) => s.tension <= 3, (s) => ({ tension: atMost(s.tension, 3) })),
  card('factsEstablished', 'mediator', (s) => s.flags.includes('findings')),
];

export const OBJECTIVE_BY_ID: ReadonlyMap<string, ObjectiveCard> = new Map(OBJECTIVES.map((o) => [o.id, o]));

export function drawObjectives(rng: Rng): Record<Role, string> {
  const out = {} as Record<Role, string>;
  for (const role of ROLES) {
    const deck = OBJECTIVES.filter((o) => o.role === role);
    out[role] = deck[Math.floor(rng.next() * deck.length)].id;
  }
  return out;
}
