// The situation on the morning of 1 April 2025, just after the drone came down
// near Tinzaouaten: relations still formally intact, tension already at protest notes.
import { drawObjectives } from '../rules/objectives.ts';
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
      algeria: { security: 62, legitimacy: 55, support: 55, economy: 60 },
      mali: { security: 42, legitimacy: 45, support: 58, economy: 45 },
      aes: { security: 44, legitimacy: 45, support: 56, economy: 46 },
      mediator: { security: 50, legitimacy: 50, support: 50, economy: 50 },
    },
    cohesion: 60,
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
    covert: [],
    accusations: [],
    hurting: { algeria: 0, mali: 0, aes: 0 },
    evidence: { algeria: 0, mali: 0, aes: 0 },
    drawn: [],
    objectives,
    rng: rng.state(),
    escalators: [],
  };
  return state;
}
