// Drone incidents and the facts nobody at the table knows. Each incident has a true
// position drawn by the seeded generator, weighted so that either account can be true;
// players see only the two claims. Evidence, a joint investigation and court hearings
// reveal noisy signals of the truth, and the Narrative follows the signals, not the truth.
import type { Ctx } from './context.ts';
import { bump, shiftNarrative } from './context.ts';
import type { Rng } from './random.ts';
import type { AlertLevel, Incident, IncidentBorder, PartyRole, PublicIncident, PublicState } from './types.ts';

/**
 * The country whose drone it is. Only Mali's drones fly along the Algerian border: the drone of
 * 1 April 2025 and the two earlier crossings Algeria cites were Malian; no incident involving
 * Niger or Burkina Faso is on record, so the game invents none.
 */
export const OPERATOR: Record<'mali', { country: 'mali'; border: IncidentBorder }> = {
  mali: { country: 'mali', border: 'algeria-mali' },
};

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The chance that a drone really was inside Algeria: an aggressive track goes closer, a
 * hair-trigger alert engages drones that had not crossed, a low alert only clear crossings.
 */
export function chanceInsideAlgeria(aggressive: boolean | undefined, alert: AlertLevel): number {
  const base = aggressive === undefined ? 0.5 : aggressive ? 0.65 : 0.35;
  return base + (alert === 'high' ? -0.15 : alert === 'low' ? 0.1 : 0);
}

/**
 * Where it really was: km from the border, positive inside Algeria, negative inside the
 * operator's country; the same range of distances on either side, so that neither account is
 * easier to establish than the other.
 */
export function drawTruth(rng: Rng, pAlgeria: number): number {
  const inside = rng.next() < pAlgeria;
  const km = round1(0.3 + rng.next() * 7.7);
  return inside ? km : -km;
}

/** What each side says: Algeria places the drone inside Algeria, the operator inside its own territory. */
export function drawClaims(rng: Rng): Incident['claims'] {
  return { algeria: round1(1 + rng.next() * 2.5), operator: round1(4 + rng.next() * 8) };
}

/** The shoot-down of 1 April 2025, before the first week: the real claims, a truth drawn at even odds. */
export function firstIncident(rng: Rng): Incident {
  return { id: 1, turn: 0, by: 'mali', border: 'algeria-mali', downed: true, claims: { algeria: 2, operator: 9.5 }, truth: drawTruth(rng, 0.5) };
}

export function addIncident(ctx: Ctx, by: 'mali', downed: boolean, pAlgeria: number): Incident {
  const s = ctx.s;
  const truth = drawTruth(ctx.rng, pAlgeria);
  const incident: Incident = { id: s.incidents.length + 1, turn: s.turn, by, border: OPERATOR[by].border, downed, claims: drawClaims(ctx.rng), truth };
  s.incidents.push(incident);
  return incident;
}

/** The news parameters of an incident: both claims, never the truth. */
export function incidentParams(i: Incident): Record<string, string | number> {
  return { operator: OPERATOR[i.by].country, algeriaKm: i.claims.algeria, operatorKm: i.claims.operator, incident: i.id };
}

/** Whether the truth bears out a party's account: Algeria's if the drone was inside Algeria. */
export const bearsOut = (i: Incident, role: PartyRole) => (role === 'algeria') === i.truth > 0;

/** How plainly the facts can be shown: a drone far from the line is easy to place, one near it is not. */
export const clarity = (i: Incident) => Math.min(1, Math.abs(i.truth) / 5);

/** The incident evidence, investigations and hearings speak to: the latest one. */
export const latestIncident = <I extends PublicIncident>(s: { incidents: readonly I[] }): I | undefined => s.incidents[s.incidents.length - 1];

/** Who can publish evidence on an incident: the two governments whose accounts it is about. */
export const canTestify = (s: PublicState, role: string): boolean => {
  const i = latestIncident(s);
  return !!i && (role === 'algeria' || role === i.by);
};

/**
 * A noisy reading of where the truth lies, from −1 (the operator's account) to +1 (Algeria's):
 * the plainer the facts and the stronger the inquiry, the less noise.
 */
export function reading(rng: Rng, i: Incident, strength: number): number {
  const signal = Math.sign(i.truth) * clarity(i);
  // Even a strong inquiry can be misled near the line: some noise always remains.
  const noise = (rng.next() * 2 - 1) * (1.1 - strength);
  return Math.max(-1, Math.min(1, signal + noise));
}

/**
 * Published evidence: a release the facts bear out convinces; one they contradict may be
 * caught out, the plainer the facts the likelier, and then it turns opinion the other way.
 * Returns the narrative shift toward the publisher (negative when caught out).
 */
export function weighEvidence(ctx: Ctx, role: PartyRole, strength: number): { shift: number; caught: boolean } {
  const i = latestIncident(ctx.s);
  if (!i) return { shift: strength * 0.5, caught: false };
  if (bearsOut(i, role)) return { shift: strength * (0.6 + 0.4 * clarity(i)), caught: false };
  if (ctx.rng.next() < 0.25 + 0.5 * clarity(i)) {
    bump(ctx, role, 'legitimacy', -3);
    return { shift: -strength * 0.5, caught: true };
  }
  return { shift: strength * 0.4, caught: false };
}

/** The side a reading points to, or undefined when it is too faint to say. */
export function leaning(r: number): PartyRole | 'operator' | undefined {
  if (Math.abs(r) < 0.25) return undefined;
  return r > 0 ? 'algeria' : 'operator';
}

/** Moves the Narrative toward the side a finding points to; a faint finding only cools the story. */
export function followFinding(ctx: Ctx, i: Incident, r: number, weight: number): PartyRole | undefined {
  const lean = leaning(r);
  // + 0 turns a -0 into 0, so that a state survives a JSON round trip unchanged.
  ctx.s.narrative = Math.round(ctx.s.narrative / 2) + 0;
  if (!lean) return undefined;
  const toward: PartyRole = lean === 'algeria' ? 'algeria' : i.by;
  shiftNarrative(ctx, toward, weight * Math.abs(r));
  return toward;
}
