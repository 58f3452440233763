// Where each drone incident really was in this match, for the debrief: the truth the game
// drew, beside both claims. Only a finished match's state holds it (see visibility.ts).
import { OPERATOR } from '../rules/incidents.ts';
import type { GameState } from '../rules/types.ts';

export interface IncidentTruth {
  id: number;
  /** 0: the shoot-down of 1 April 2025, before the first week. */
  week: number;
  /** The country whose drone it was. */
  operator: 'mali' | 'niger';
  downed: boolean;
  claims: { algeria: number; operator: number };
  /** Km from the border, and on whose side. */
  km: number;
  side: 'algeria' | 'mali' | 'niger';
  /** Whose account the truth bore out. */
  bearsOut: 'algeria' | 'mali' | 'niger';
}

export function incidentTruths(final: Pick<GameState, 'incidents'>): IncidentTruth[] {
  return final.incidents.map((i) => {
    const operator = OPERATOR[i.by].country;
    const side = i.truth > 0 ? 'algeria' : operator;
    return { id: i.id, week: i.turn, operator, downed: i.downed, claims: { ...i.claims }, km: Math.abs(i.truth), side, bearsOut: side };
  });
}
