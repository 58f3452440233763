// The situation on the morning of 1 April 2025, just after the drone came down near
// Tin Zaouatine / Tinzaouatène: relations still formally intact, tension already at protest
// notes, and the shoot-down itself on record as two claims with a hidden truth.
import { START_INDICATORS } from './indicators.ts';
import { drawObjectives } from '../rules/objectives.ts';
import { firstIncident } from '../rules/incidents.ts';
import { rngFrom } from '../rules/random.ts';
import type { GameState, MatchSettings } from '../rules/types.ts';

export const DEFAULT_SETTINGS: MatchSettings = { turns: 8, apPerTurn: 3, mediator: false, seed: 1, mode: 'standard' };

export function createMatch(settings: Partial<MatchSettings> = {}): GameState {
  const full: MatchSettings = { ...DEFAULT_SETTINGS, ...settings };
  if (!Number.isInteger(full.turns) || full.turns < 4 || full.turns > 16) throw new RangeError('turns must be a whole number from 4 to 16');
  if (!Number.isInteger(full.apPerTurn) || full.apPerTurn < 1 || full.apPerTurn > 6) throw new RangeError('apPerTurn must be a whole number from 1 to 6');
  if (!Number.isInteger(full.seed)) throw new RangeError('seed must be a whole number');
  const rng = rngFrom(full.seed >>> 0);
  const objectives = drawObjectives(rng);
  const state: GameState = {
    version: 1,
    settings: full,
    turn: 1,
    phase: 'planning',
    roles: {
      algeria: { ...START_INDICATORS.roles.algeria },
      mali: { ...START_INDICATORS.roles.mali },
      aes: { ...START_INDICATORS.roles.aes },
      mediator: { ...START_INDICATORS.roles.mediator },
    },
    cohesion: START_INDICATORS.cohesion,
    tension: 1,
    narrative: 0,
    threat: 50,
    ambassadors: {
      'algeria>mali': 'posted',
      'algeria>niger': 'posted',
      'algeria>burkina': 'posted',
      'mali>algeria': 'posted',
      'niger>algeria': 'posted',
      'burkina>algeria': 'posted',
    },
    airspace: {
      'algeria>mali': 'open',
      'algeria>niger': 'open',
      'algeria>burkina': 'open',
      'mali>algeria': 'open',
      'niger>algeria': 'open',
      'burkina>algeria': 'open',
    },
    borders: { 'algeria-mali': 'open', 'algeria-niger': 'open' },
    cemoc: ['algeria', 'mali', 'niger'],
    aesPact: ['mali', 'niger', 'burkina'],
    alert: 'normal',
    reinforcement: 1,
    cases: [],
    agreements: [],
    offers: [],
    commitments: [],
    incidents: [firstIncident(rng)],
    accusations: [],
    hurting: { algeria: 0, mali: 0, aes: 0 },
    evidence: { algeria: 0, mali: 0, aes: 0 },
    flags: [],
    objectives,
    rng: rng.state(),
    escalators: [],
  };
  return state;
}
