// What a news item changed in the state, worked out here once: the relations an order
// touched (by comparing them before and after it is carried out) and a new drone incident.
// The news carries it, so the map shows what happened instead of re-deriving it.
import type { AirspaceStatus, AmbassadorStatus, BorderStatus, Change, GameState, Incident } from './types.ts';

/** The relations an order may change, copied before it is carried out. */
export interface Relations {
  ambassadors: Record<string, AmbassadorStatus>;
  airspace: Record<string, AirspaceStatus>;
  borders: Record<string, BorderStatus>;
}

export function relationsOf(s: GameState): Relations {
  return { ambassadors: { ...s.ambassadors }, airspace: { ...s.airspace }, borders: { ...s.borders } };
}

/** Every relation whose status differs from `before`, in the state's own key order. */
export function relationChanges(before: Relations, s: GameState): Change[] {
  const out: Change[] = [];
  for (const key in s.ambassadors) {
    const from = before.ambassadors[key];
    const to = s.ambassadors[key];
    if (from !== to) out.push({ on: 'ambassador', key, from, to });
  }
  for (const key in s.airspace) {
    const from = before.airspace[key];
    const to = s.airspace[key];
    if (from !== to) out.push({ on: 'airspace', key, from, to });
  }
  for (const key in s.borders) {
    const from = before.borders[key];
    const to = s.borders[key];
    if (from !== to) out.push({ on: 'border', key, from, to });
  }
  return out;
}

/** A new incident as the news tells it: both claims, never the truth (a secret until the end). */
export function incidentChange(i: Incident): Change {
  return { on: 'incident', id: i.id, by: i.by, border: i.border, downed: i.downed, claims: { algeria: i.claims.algeria, operator: i.claims.operator } };
}
