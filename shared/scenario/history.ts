// History mode: what the governments actually did in the first weeks of April 2025,
// as a line of orders. Played through the engine it yields the mid-April situation.
import type { MatchSettings, Orders } from '../rules/types.ts';

/** The real sequence needs more than the default budget: five orders a week. */
export const HISTORY_SETTINGS: Partial<MatchSettings> = { mode: 'history', apPerTurn: 5, turns: 8 };

export interface HistoryWeek {
  /** The real dates this week covers. */
  dates: string;
  /** Message key of a neutral summary of the real week. */
  summary: string;
  orders: Orders;
}

// Week 1 is 31 March – 6 April 2025, week 2 is 7–13 April (shared/debrief/history.ts).
export const HISTORY_LINE: readonly HistoryWeek[] = [
  {
    dates: '2025-03-31/2025-04-06',
    summary: 'history.week1',
    orders: {
      // 6 April, communiqué No. 073: summons, CEMOC, a complaint announced, the accusation, the
      // wreckage's position; the same day the three AES states recalled their ambassadors.
      mali: [
        { action: 'summonAmbassador', target: 'algeria' },
        { action: 'withdrawCemoc' },
        { action: 'accuseTerrorism', target: 'algeria' },
        { action: 'publishEvidence' },
        { action: 'recallAmbassador', target: 'algeria' },
      ],
      // 3 April: the AES foreign ministers in Moscow; 6 April: recalls and the bloc's communiqué.
      aes: [
        { action: 'seekPartner', option: 'russia' },
        { action: 'recallAmbassador', target: 'algeria', option: 'both' },
        { action: 'blocSolidarity' },
      ],
      algeria: [],
    },
  },
  {
    dates: '2025-04-07/2025-04-13',
    summary: 'history.week2',
    orders: {
      // 7 April: recalls from Bamako and Niamey, the airspace closed, radar data cited, a letter
      // to the Security Council; Mali closes its airspace and writes to the Council the same day.
      algeria: [
        { action: 'recallAmbassador', target: 'mali' },
        { action: 'recallAmbassador', target: 'niger' },
        { action: 'closeAirspace', target: 'mali' },
        { action: 'publishEvidence' },
        { action: 'fileComplaint', target: 'mali', option: 'unsc' },
      ],
      mali: [
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
  { date: '2025-09-04', text: 'history.icj' },
  { date: '2025-09-19', text: 'history.icjRefused' },
  { date: '2025-09-26', text: 'history.unga' },
  { date: '2025-10', text: 'history.russia' },
  { date: '2026-01-26', text: 'history.energy' },
  { date: '2026-02-12', text: 'history.nigerReturn' },
];
