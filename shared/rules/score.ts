// How a match ends and how each role scores: indicators, public objectives,
// the secret card, and the outcome's bonus or penalty.
import { findAgreement } from './actions/helpers.ts';
import { round1 } from './clamp.ts';
import { pairKey } from './geography.ts';
import { OBJECTIVE_BY_ID } from './objectives.ts';
import { START_INDICATORS as START } from '../scenario/indicators.ts';
import type { GameState, Outcome, OutcomeKind, PartyRole, PublicState, Role, ScoreLine } from './types.ts';
import { ROLES } from './types.ts';

const WEIGHTS: Record<Exclude<Role, 'mediator'>, Record<string, number>> = {
  algeria: { security: 0.3, legitimacy: 0.25, support: 0.25, economy: 0.2 },
  mali: { security: 0.25, legitimacy: 0.2, support: 0.25, economy: 0.15, cohesion: 0.15 },
  aes: { security: 0.25, legitimacy: 0.15, support: 0.2, economy: 0.2, cohesion: 0.2 },
};

/** The same weights as [what, weight] lists, listed once: every simulated match is scored. */
const WEIGHT_LISTS = {
  algeria: Object.entries(WEIGHTS.algeria),
  mali: Object.entries(WEIGHTS.mali),
  aes: Object.entries(WEIGHTS.aes),
};

export const SECRET_POINTS = 12;
export const PUBLIC_POINTS = 8;

/** The Sahel party whose accord with Algeria ended the crisis, if one did. */
export function settledWith(s: GameState): PartyRole | undefined {
  for (const [party, country] of [['mali', 'mali'], ['aes', 'niger']] as const) {
    if (!findAgreement(s, 'accord', 'algeria', party)) continue;
    const back = s.ambassadors[pairKey('algeria', country)] === 'posted' && s.ambassadors[pairKey(country, 'algeria')] === 'posted';
    const open = s.airspace[pairKey('algeria', country)] === 'open' && s.airspace[pairKey(country, 'algeria')] === 'open';
    if (back && open) return party;
  }
  return undefined;
}

export function endCheck(s: GameState): OutcomeKind | null {
  if (s.tension >= 10) return 'conflict';
  if (settledWith(s)) return 'settlement';
  if (s.turn >= s.settings.turns) return 'turnLimit';
  return null;
}

const NO_WAR = (s: PublicState) => ({ id: 'noOpenConflict', met: s.tension <= 6 });

/** Public objectives are printed on each role's card: everyone knows what the others want. */
export function publicObjectives(s: PublicState, role: Role): { id: string; met: boolean }[] {
  switch (role) {
    // Every party's stated aims (shared/scenario/asymmetries.ts, publicAims), and for all three
    // the same last one: no war. Algeria: its account believed, its airspace respected (no drone
    // incident after the first). Mali: its account believed, the bloc holding. The AES: the bloc
    // holding, the armed groups pushed back.
    case 'algeria':
      return [{ id: 'narrativeAhead', met: s.narrative >= 15 }, { id: 'airspaceRespected', met: s.incidents.length <= 1 }, NO_WAR(s)];
    case 'mali':
      return [{ id: 'narrativeAhead', met: s.narrative <= -15 }, { id: 'blocHolds', met: s.cohesion >= 55 }, NO_WAR(s)];
    case 'aes':
      return [{ id: 'blocStrong', met: s.cohesion >= 68 }, { id: 'threatDown', met: s.threat <= 45 }, NO_WAR(s)];
    case 'mediator':
      // Three aims, like the parties: a way out on the table, the ladder down, no war.
      return [{ id: 'trackOpen', met: s.agreements.some((g) => g.kind === 'mediation' || g.kind === 'accord') }, { id: 'ladderDown', met: s.tension <= 4 }, NO_WAR(s)];
  }
}

function weighted(s: Pick<GameState, 'roles' | 'cohesion'>, role: Exclude<Role, 'mediator'>): number {
  const ind = s.roles[role];
  let v = 0;
  for (const [k, w] of WEIGHT_LISTS[role]) v += w * (k === 'cohesion' ? s.cohesion : ind[k as keyof typeof ind]);
  return v;
}

/**
 * Roles start unequal (Algeria is richer and safer), so the indicator part of a score
 * measures each role against its own start, around 50: a week of gains counts alike for all.
 */
function indicatorScore(s: GameState, role: Role): number {
  if (role === 'mediator') return 0.45 * s.roles.mediator.legitimacy + 2 * (10 - s.tension);
  return 50 + weighted(s, role) - weighted(START, role);
}

export function scoreMatch(s: GameState, kind: OutcomeKind, lastEscalator?: PartyRole): Outcome {
  const scores = {} as Record<Role, ScoreLine>;
  for (const role of ROLES) {
    const indicators = round(indicatorScore(s, role));
    const pub = publicObjectives(s, role).filter((o) => o.met).length * PUBLIC_POINTS;
    const secretMet = OBJECTIVE_BY_ID.get(s.objectives[role])?.check(s).met ?? false;
    const secret = secretMet ? SECRET_POINTS : 0;
    const base = indicators + pub + secret;
    let outcome = 0;
    if (kind === 'conflict') outcome = -round(base * 0.4) - (role === lastEscalator ? 15 : 0);
    if (kind === 'settlement') outcome = 15;
    scores[role] = { indicators, publicObjectives: pub, secretObjective: secret, secretMet, outcome, total: round(base + outcome) };
  }
  const seated = ROLES.filter((r) => r !== 'mediator' || s.settings.mediator);
  const winner = seated.reduce((best, r) => (scores[r].total > scores[best].total ? r : best), seated[0]);
  return { kind, turn: s.turn, ...(lastEscalator ? { lastEscalator } : {}), scores, winner };
}

const round = round1;

/**
 * Ends a match before its last week (a teacher's "end the match"): scored as if the
 * period had run out now, with no conflict or settlement bonus.
 */
export function endEarly(s: GameState): GameState {
  if (s.phase === 'ended') return s;
  return { ...s, phase: 'ended', outcome: scoreMatch(s, endCheck(s) === 'conflict' ? 'conflict' : 'turnLimit') };
}
