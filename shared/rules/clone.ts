// A field-by-field copy of the state: several times faster than a JSON round trip,
// which matters when the simulator resolves tens of thousands of weeks a second.
import type { GameState } from './types.ts';

const copyList = <T extends object>(list: T[]): T[] => list.map((x) => ({ ...x }));

export function cloneState(s: GameState): GameState {
  const out: GameState = {
    ...s,
    settings: { ...s.settings },
    roles: {
      algeria: { ...s.roles.algeria },
      mali: { ...s.roles.mali },
      aes: { ...s.roles.aes },
      mediator: { ...s.roles.mediator },
    },
    ambassadors: { ...s.ambassadors },
    airspace: { ...s.airspace },
    borders: { ...s.borders },
    cemoc: [...s.cemoc],
    aesPact: [...s.aesPact],
    cases: copyList(s.cases),
    agreements: s.agreements.map((g) => ({ ...g, parties: [...g.parties] })),
    offers: copyList(s.offers),
    commitments: copyList(s.commitments),
    covert: copyList(s.covert),
    accusations: [...s.accusations],
    hurting: { ...s.hurting },
    evidence: { ...s.evidence },
    drawn: [...s.drawn],
    objectives: { ...s.objectives },
    escalators: [...s.escalators],
  };
  if (s.outcome) out.outcome = JSON.parse(JSON.stringify(s.outcome));
  return out;
}
