// History mode: what the governments actually did in the first weeks of April 2025,
// as a line of orders. Played through the engine it yields the mid-April situation.
import type { MatchSettings, Orders } from '../rules/types.ts';

/** The real sequence needs more than the default budget: four orders a week. */
export const HISTORY_SETTINGS: Partial<MatchSettings> = { mode: 'history', apPerTurn: 4, turns: 8 };

export interface HistoryWeek {
  /** The real dates this week covers. */
  dates: string;
  /** Message key of a neutral summary of the real week. */
  summary: string;
  orders: Orders;
}

export const HISTORY_LINE: readonly HistoryWeek[] = [
  {
    dates: '2025-04-01/2025-04-06',
    summary: 'history.week1',
    orders: {
      mali: [
        { action: 'summonAmbassador', target: 'algeria' },
        { action: 'withdrawCemoc' },
        { action: 'accuseTerrorism', target: 'algeria' },
        { action: 'publishEvidence' },
      ],
      aes: [
        { action: 'recallAmbassador', target: 'algeria', option: 'both' },
        { action: 'blocSolidarity' },
      ],
      algeria: [{ action: 'publishEvidence' }],
    },
  },
  {
    dates: '2025-04-07/2025-04-13',
    summary: 'history.week2',
    orders: {
      algeria: [
        { action: 'recallAmbassador', target: 'mali' },
        { action: 'recallAmbassador', target: 'niger' },
        { action: 'closeAirspace', target: 'mali' },
        { action: 'fileComplaint', target: 'mali', option: 'unsc' },
      ],
      mali: [
        { action: 'recallAmbassador', target: 'algeria' },
        { action: 'closeAirspace', target: 'algeria' },
        { action: 'fileComplaint', target: 'algeria', option: 'unsc' },
      ],
      aes: [],
    },
  },
];

/** Later real milestones, for the debrief's "what really happened" column. */
export const HISTORY_MILESTONES: readonly { date: string; text: string }[] = [
  { date: '2025-04-03', text: 'history.moscow' },
  { date: '2025-04-08', text: 'history.protest' },
  { date: '2025-04-09', text: 'history.ecowas' },
  { date: '2025-04-28', text: 'history.morocco' },
  { date: '2025-09-03', text: 'history.blockade' },
  { date: '2025-09-16', text: 'history.icj' },
  { date: '2025-09-19', text: 'history.icjRefused' },
  { date: '2025-09-27', text: 'history.unga' },
  { date: '2025-10', text: 'history.russia' },
  { date: '2026-01-26', text: 'history.energy' },
  { date: '2026-02-12', text: 'history.nigerReturn' },
];
