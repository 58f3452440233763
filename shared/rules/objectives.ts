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

const card = (id: string, role: Role, met: (s: GameState) => boolean, detail: (s: GameState) => Text['params']): ObjectiveCard => ({
  id,
  role,
  check: (s) => ({ met: met(s), detail: { key: `objective.${id}.detail`, params: detail(s) ?? {} } }),
});

const heard = (s: GameState, role: Role) =>
  s.cases.some((c) => c.plaintiff === role && (c.status === 'proceeding' || c.status === 'ruled'));

export const OBJECTIVES: readonly ObjectiveCard[] = [
  card('keepNigerAmbassador', 'algeria', (s) => s.ambassadors['niger>algeria'] === 'posted', (s) => ({ status: s.ambassadors['niger>algeria'] })),
  card('noCourtCase', 'algeria', (s) => !s.cases.some((c) => c.respondent === 'algeria' && (c.status === 'proceeding' || c.status === 'ruled')), (s) => ({ cases: s.cases.filter((c) => c.respondent === 'algeria').length })),
  card('winTheNarrative', 'algeria', (s) => s.narrative >= 25, (s) => ({ narrative: Math.round(s.narrative) })),
  card('secureSouth', 'algeria', (s) => s.roles.algeria.security >= 65, (s) => ({ value: Math.round(s.roles.algeria.security) })),
  card('complaintHeard', 'mali', (s) => heard(s, 'mali'), (s) => ({ cases: s.cases.filter((c) => c.plaintiff === 'mali').length })),
  card('skiesOpen', 'mali', (s) => s.airspace['algeria>mali'] === 'open', (s) => ({ status: s.airspace['algeria>mali'] })),
  card('outOfCemoc', 'mali', (s) => !s.cemoc.includes('mali'), (s) => ({ status: s.cemoc.includes('mali') ? 'member' : 'notMember' })),
  card('holdTheNorth', 'mali', (s) => s.roles.mali.security >= 45, (s) => ({ value: Math.round(s.roles.mali.security) })),
  card('blocUnited', 'aes', (s) => s.cohesion >= 70, (s) => ({ value: Math.round(s.cohesion) })),
  card('energyFlows', 'aes', (s) => s.agreements.some((g) => g.kind === 'energy'), () => ({})),
  card('threatContained', 'aes', (s) => s.threat <= 45, (s) => ({ value: Math.round(s.threat) })),
  card('friendsAbroad', 'aes', (s) => s.flags.some((d) => d.startsWith('partner:aes') || d.startsWith('partner:mali')), () => ({})),
  card('accordSigned', 'mediator', (s) => s.agreements.some((g) => g.kind === 'accord'), () => ({})),
  card('calmBorder', 'mediator', (s) => s.tension <= 3, (s) => ({ tension: s.tension })),
  card('factsEstablished', 'mediator', (s) => s.flags.includes('findings'), () => ({})),
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
