// What the map shows for one news item of a resolution: a pure reading of the item, so the
// choice is testable without a browser. What changed (an envoy, a country's airspace, a
// border, a new incident) comes from the item's `changes`, worked out by the engine
// (shared/rules/changes.ts); who the item concerns, from shared/rules/geography.ts.
import type { Change, Country, Incident, IncidentBorder, NewsItem } from '../../../shared/index.ts';
import { BORDERS, countriesOf } from '../../../shared/index.ts';
import type { BorderId, TrackId } from './mapData.ts';

/** A drone incident: where each side says the drone was, never where it was. */
export interface IncidentCue {
  kind: 'incident';
  border: IncidentBorder;
  track: TrackId;
  operator: Incident['by'];
  claims: { algeria: number; operator: number };
  downed: boolean;
}

export type EnvoyMove = 'leave' | 'return' | 'expelled';

export type Cue =
  | IncidentCue
  | { kind: 'ambassador'; pairs: string[]; move: EnvoyMove }
  | { kind: 'airspace'; countries: Country[]; closing: boolean }
  | { kind: 'convoy' }
  | { kind: 'border'; borders: BorderId[] }
  | { kind: 'pulse'; countries: Country[] }
  | { kind: 'none' };

type ChangeOn<K extends Change['on']> = Extract<Change, { on: K }>;
const on = <K extends Change['on']>(changes: readonly Change[], kind: K): ChangeOn<K>[] =>
  changes.filter((c): c is ChangeOn<K> => c.on === kind);

/**
 * An envoy's move: recalled home, sent back, or thrown out. A readmission (expelled, now
 * merely recalled) moves nobody: the item pulses like any other.
 */
function moveOf(c: ChangeOn<'ambassador'>): EnvoyMove | undefined {
  if (c.to === 'expelled') return 'expelled';
  if (c.to === 'posted') return 'return';
  return c.from === 'posted' ? 'leave' : undefined;
}

export function cueFor(item: NewsItem): Cue {
  const changes = item.changes ?? [];
  const [incident] = on(changes, 'incident');
  if (incident) {
    const { border, by, claims, downed } = incident;
    return { kind: 'incident', border, track: `drone.${by}`, operator: by, claims: { ...claims }, downed };
  }
  if (item.text.key.startsWith('events.convoyAttack.')) return { kind: 'convoy' };

  const envoys = on(changes, 'ambassador').flatMap((c) => {
    const move = moveOf(c);
    return move ? [{ pair: c.key, move }] : [];
  });
  if (envoys.length) {
    const move = envoys[0].move;
    return { kind: 'ambassador', pairs: envoys.filter((e) => e.move === move).map((e) => e.pair), move };
  }
  const skies = on(changes, 'airspace');
  if (skies.length) {
    // "algeria>mali" is Algeria's airspace: the country hatched is the one before the arrow.
    const countries = [...new Set(skies.flatMap((c) => countriesOf(c.key.split('>')[0])))];
    return { kind: 'airspace', countries, closing: skies[0].to === 'closed' };
  }
  const borders = on(changes, 'border').map((c) => c.key).filter((k): k is BorderId => (BORDERS as readonly string[]).includes(k));
  if (borders.length) return { kind: 'border', borders };

  const option = item.text.params?.option;
  const targets = countriesOf(item.target);
  const countries = targets.length ? targets : countriesOf(typeof item.actor === 'string' ? item.actor : undefined, typeof option === 'string' ? option : undefined);
  return countries.length ? { kind: 'pulse', countries } : { kind: 'none' };
}
