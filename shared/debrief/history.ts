// The class's weeks beside the real ones: week 1 of a match is the week of the
// shoot-down (31 March – 6 April 2025), and so on. What really happened is taken
// from the scenario facts; the measures the class took are read from its orders.
import type { Orders, Role, Text } from '../rules/types.ts';
import { HISTORY_LINE, HISTORY_MILESTONES } from '../scenario/history.ts';

const WEEK_ONE = Date.UTC(2025, 2, 31);
const DAY = 86_400_000;

/** The real dates a game week stands for, as ISO days. */
export function realWeek(turn: number): { from: string; to: string } {
  const from = new Date(WEEK_ONE + (turn - 1) * 7 * DAY);
  const to = new Date(from.getTime() + 6 * DAY);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** The landmark measures of April 2025, and whether (and when) the class took them too. */
export const REAL_MEASURES: readonly { id: string; week: number; role: Role; matches: (o: { action: string; target?: string; option?: string }) => boolean }[] = [
  { id: 'maliSummons', week: 1, role: 'mali', matches: (o) => o.action === 'summonAmbassador' },
  { id: 'maliLeavesCemoc', week: 1, role: 'mali', matches: (o) => o.action === 'withdrawCemoc' },
  { id: 'maliRecalls', week: 1, role: 'mali', matches: (o) => o.action === 'recallAmbassador' },
  { id: 'maliAccuses', week: 1, role: 'mali', matches: (o) => o.action === 'accuseTerrorism' },
  { id: 'aesRecalls', week: 1, role: 'aes', matches: (o) => o.action === 'recallAmbassador' },
  { id: 'aesSolidarity', week: 1, role: 'aes', matches: (o) => o.action === 'blocSolidarity' },
  { id: 'algeriaRecalls', week: 2, role: 'algeria', matches: (o) => o.action === 'recallAmbassador' },
  { id: 'algeriaClosesAirspace', week: 2, role: 'algeria', matches: (o) => o.action === 'closeAirspace' && o.target === 'mali' },
  { id: 'maliClosesAirspace', week: 2, role: 'mali', matches: (o) => o.action === 'closeAirspace' },
  { id: 'complaints', week: 2, role: 'mali', matches: (o) => o.action === 'fileComplaint' },
  { id: 'algeriaEvidence', week: 2, role: 'algeria', matches: (o) => o.action === 'publishEvidence' },
  { id: 'aesCourtsPartners', week: 1, role: 'aes', matches: (o) => o.action === 'seekPartner' },
];

export interface HistoryRow {
  week: number;
  dates: { from: string; to: string };
  /** What really happened that week (message keys). */
  real: Text[];
  /** What each role of the class did that week. */
  class: Orders;
}

export interface MeasureComparison {
  id: string;
  role: Role;
  realWeek: number;
  /** The week the class took the same measure, if it did. */
  classWeek?: number;
}

export function historyRows(turns: readonly { turn: number; carriedOut: Orders }[]): HistoryRow[] {
  return turns.map(({ turn, carriedOut }) => {
    const dates = realWeek(turn);
    const real: Text[] = [];
    const scripted = HISTORY_LINE[turn - 1];
    if (scripted) real.push({ key: scripted.summary });
    for (const m of HISTORY_MILESTONES) if (m.date >= dates.from && m.date <= dates.to) real.push({ key: m.text });
    if (!real.length) real.push({ key: 'history.noLandmark' });
    return { week: turn, dates, real, class: carriedOut };
  });
}

export function compareMeasures(turns: readonly { turn: number; carriedOut: Orders }[]): MeasureComparison[] {
  return REAL_MEASURES.map((m) => {
    const hit = turns.find((t) => (t.carriedOut[m.role] ?? []).some(m.matches));
    return { id: m.id, role: m.role, realWeek: m.week, ...(hit ? { classWeek: hit.turn } : {}) };
  });
}

/** Real events after the weeks a match covers, to close the comparison. */
export function laterHistory(lastTurn: number): Text[] {
  const end = realWeek(lastTurn).to;
  return HISTORY_MILESTONES.filter((m) => m.date > end).map((m) => ({ key: m.text }));
}
