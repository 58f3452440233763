// What the map shows for one news item of a resolution: a pure reading of the item,
// so the choice is testable without a browser.
import type { Country, NewsItem } from '../../../shared/index.ts';
import type { BorderId, TrackId } from './mapData.ts';

/** A drone incident: where each side says the drone was, never where it was. */
export interface IncidentCue {
  kind: 'incident';
  border: 'algeria-mali';
  track: TrackId;
  operator: 'mali';
  claims: { algeria: number; operator: number };
  downed: boolean;
}

export type Cue =
  | IncidentCue
  | { kind: 'ambassador'; pairs: string[]; move: 'leave' | 'return' | 'expelled' }
  | { kind: 'airspace'; countries: Country[]; closing: boolean }
  | { kind: 'convoy' }
  | { kind: 'border'; borders: BorderId[] }
  | { kind: 'pulse'; countries: Country[] }
  | { kind: 'none' };

const COUNTRY_SET = new Set<string>(['algeria', 'mali', 'niger', 'burkina']);

/** The countries a role or country name stands for (the AES speaks for Niger and Burkina Faso). */
export function countriesOf(who: string | undefined, member?: string | number): Country[] {
  if (who === 'aes') return member === 'niger' || member === 'burkina' ? [member] : ['niger', 'burkina'];
  return who && COUNTRY_SET.has(who) ? [who as Country] : [];
}

function borderOf(a: Country, b: Country): BorderId | undefined {
  const other = a === 'algeria' ? b : b === 'algeria' ? a : undefined;
  return other === 'mali' ? 'algeria-mali' : other === 'niger' ? 'algeria-niger' : undefined;
}

export function cueFor(item: NewsItem): Cue {
  const key = item.text.key;
  const params = item.text.params ?? {};
  const actor = typeof item.actor === 'string' ? item.actor : undefined;
  const acting = countriesOf(actor, params.option);
  const target = item.target && COUNTRY_SET.has(item.target) ? (item.target as Country) : undefined;

  const incident = incidentCue(key, params);
  if (incident) return incident;
  if (key.startsWith('events.convoyAttack.')) return { kind: 'convoy' };

  if (target) {
    switch (item.action) {
      case 'recallAmbassador':
        return { kind: 'ambassador', pairs: acting.map((c) => `${c}>${target}`), move: 'leave' };
      case 'returnAmbassador':
        return { kind: 'ambassador', pairs: acting.map((c) => `${c}>${target}`), move: 'return' };
      case 'expelAmbassador':
        return { kind: 'ambassador', pairs: acting.map((c) => `${target}>${c}`), move: 'expelled' };
      case 'closeAirspace':
      case 'reopenAirspace':
        return { kind: 'airspace', countries: acting, closing: item.action === 'closeAirspace' };
      case 'restrictBorder':
      case 'reopenBorder': {
        // The whole AES acts on borders: only Niger touches Algeria.
        const borders = countriesOf(actor).map((c) => borderOf(c, target)).filter((b): b is BorderId => !!b);
        if (borders.length) return { kind: 'border', borders: [...new Set(borders)] };
      }
    }
  }
  const targets = target ? [target] : countriesOf(item.target);
  const countries = targets.length ? targets : acting;
  return countries.length ? { kind: 'pulse', countries } : { kind: 'none' };
}

/** The engine's incident news (a shoot-down, an alleged crossing, a new incident card) carry both claims. */
const INCIDENT_KEYS: Record<string, boolean> = { 'news.droneShotDown': true, 'news.droneCrossing': false, 'events.droneIncident.news': false };

function incidentCue(key: string, params: Record<string, string | number>): IncidentCue | undefined {
  const operator = key.slice(key.lastIndexOf('.') + 1);
  const downed = INCIDENT_KEYS[key.slice(0, key.lastIndexOf('.'))];
  if (downed === undefined || operator !== 'mali') return undefined;
  return {
    kind: 'incident',
    border: 'algeria-mali',
    track: 'drone.mali',
    operator,
    claims: { algeria: Number(params.algeriaKm), operator: Number(params.operatorKm) },
    downed,
  };
}
