// The real events the game's moves, event cards and history line echo, each with the
// pages (ids in SOURCES) that report it. Where no page could be found, there is no
// precedent: the move is the game's own (e.g. AU mediation, an expulsion, a reopening).
// The English wording is under `precedent.*` in shared/i18n/en.json.

export interface Precedent {
  /** ISO day or month of the real event (the first one, when the text names several). */
  date: string;
  /** Message key of the one-line account, in the game's own words. */
  text: string;
  /** Ids in SOURCES; none published before `date`. */
  sources: readonly string[];
}

const p = (date: string, text: string, ...sources: string[]): Precedent => ({ date, text, sources });

const investigation = p('2025-04-01', 'precedent.proposeInvestigation', 'kaweru-2025-04-03', 'afp-2025-09-19');
const ecowas = p('2025-04-09', 'precedent.publicAppeal', 'newsghana-2025-04-10');
const russia = p('2025-10', 'precedent.shuttleDiplomacy', 'algerie360-2025-10-15');
const unga = p('2025-09-26', 'precedent.addressUnga', 'africanews-2025-09-27', 'djaz-2025-09-29');

/** By action id. */
export const ACTION_PRECEDENTS = {
  statement: p('2025-04-06', 'precedent.statement', 'xinhua-2025-04-07', 'aantv-2025-04-08'),
  accuseTerrorism: p('2025-04-06', 'precedent.accuseTerrorism', 'ap-2025-04-07', 'aantv-2025-04-08'),
  dismissAccusations: p('2025-04-07', 'precedent.dismissAccusations', 'aantv-2025-04-08', 'chinaorg-2025-04-08'),
  summonAmbassador: p('2025-04-06', 'precedent.summonAmbassador', 'ap-2025-04-07', 'koaci-2025-04-07'),
  recallAmbassador: p('2025-04-06', 'precedent.recallAmbassador', 'ap-2025-04-07', 'aantv-2025-04-08'),
  returnAmbassador: p('2026-02-12', 'precedent.returnAmbassador', 'algerie360-2026-02-12', 'rfi-2026-02-13'),
  withdrawCemoc: p('2025-04-06', 'precedent.withdrawCemoc', 'ap-2025-04-07', 'madar-2025-04-07'),
  rejoinCemoc: p('2010-04', 'precedent.rejoinCemoc', 'madar-2025-04-07'),
  blocSolidarity: p('2025-04-06', 'precedent.blocSolidarity', 'ap-2025-04-07', 'leral-2025-04-07'),
  seekPartner: p('2025-04-03', 'precedent.seekPartner', 'ap-2025-04-07', 'dailyguide-2025-04-29', 'reuters-2025-07-23'),
  fileComplaint: p('2025-04-07', 'precedent.fileComplaint', 'tsa-2025-04-10', 'amap-2025-09-04', 'pressafrik-2025-09-20', 'reuters-2025-09-19'),
  respondIcj: p('2025-09-19', 'precedent.respondIcj', 'afp-2025-09-19', 'agenceafrique-2025-09-26'),
  publishEvidence: p('2025-04-06', 'precedent.publishEvidence', 'xinhua-2025-04-07', 'chinaorg-2025-04-08', 'afp-2025-09-19'),
  addressUnga: unga,
  proposeMediation: p('2025-04-28', 'precedent.proposeMediation', 'iss-2025-04-28', 'algerie360-2025-10-15'),
  acceptMediation: p('2015-05', 'precedent.acceptMediation', 'dw-2024-01-25'),
  proposeInvestigation: investigation,
  acceptInvestigation: investigation,
  energyDeal: p('2026-01-26', 'precedent.energyDeal', 'tamtaminfo-2026-01-27'),
  signAccord: p('2015-05', 'precedent.signAccord', 'dw-2024-01-25'),
  closeAirspace: p('2025-04-07', 'precedent.closeAirspace', 'avantpremiere-2025-04-07', 'xinhua-2025-04-08'),
  droneMission: p('2025-04-01', 'precedent.droneMission', 'medialine-2025-04-02', 'reuters-2025-04-02', 'kaweru-2025-04-03'),
  airDefenceAlert: p('2025-04-01', 'precedent.airDefenceAlert', 'medialine-2025-04-02', 'ap-2025-04-07'),
  reinforceBorder: p('2025-04', 'precedent.reinforceBorder', 'medialine-2025-04-02'),
  counterTerror: p('2025-12-20', 'precedent.counterTerror', 'amap-2025-12-20'),
  jointPatrol: p('2010-04', 'precedent.jointPatrol', 'madar-2025-04-07'),
  hostSeparatists: p('2023-12', 'precedent.hostSeparatists', 'efe-2023-12-21', 'ap-2023-12-23'),
  conveneTalks: p('2015-05', 'precedent.conveneTalks', 'dw-2024-01-25'),
  shuttleDiplomacy: russia,
  publicAppeal: ecowas,
} satisfies Record<string, Precedent>;

/** By event card id; a card that echoes no real event (e.g. auMediationCall) has none. */
export const EVENT_PRECEDENTS: Record<string, Precedent> = {
  ecowasConcern: ecowas,
  embassyProtest: p('2025-04-08', 'precedent.embassyProtest', 'maliweb-2025-04-08'),
  moroccoInvitation: p('2025-04-28', 'precedent.moroccoInvitation', 'dailyguide-2025-04-29'),
  fuelBlockade: p('2025-09', 'precedent.fuelBlockade', 'southafrican-2025-09-17', 'ap-2025-10-08'),
  ungaWeek: unga,
  icjNotice: p('2025-09-19', 'precedent.icjNotice', 'reuters-2025-09-19', 'afp-2025-09-19'),
  russiaOffer: russia,
  separatistOffensive: p('2024-07', 'precedent.separatistOffensive', 'wikipedia-2024-07-29', 'naija247-2024-07-30'),
};

/** By history message key (HISTORY_LINE summaries and HISTORY_MILESTONES). */
export const HISTORY_SOURCES: Record<string, readonly string[]> = {
  'history.week1': ['medialine-2025-04-02', 'reuters-2025-04-02', 'kaweru-2025-04-03', 'ap-2025-04-07', 'xinhua-2025-04-07'],
  'history.week2': ['aantv-2025-04-08', 'chinaorg-2025-04-08', 'avantpremiere-2025-04-07', 'xinhua-2025-04-08', 'tsa-2025-04-10'],
  'history.moscow': ['ap-2025-04-07'],
  'history.protest': ['maliweb-2025-04-08'],
  'history.ecowas': ['newsghana-2025-04-10'],
  'history.morocco': ['dailyguide-2025-04-29'],
  'history.blockade': ['southafrican-2025-09-17', 'ap-2025-10-08'],
  'history.icj': ['amap-2025-09-04', 'pressafrik-2025-09-20'],
  'history.icjRefused': ['reuters-2025-09-19', 'afp-2025-09-19', 'agenceafrique-2025-09-26'],
  'history.unga': ['africanews-2025-09-27', 'djaz-2025-09-29'],
  'history.russia': ['algerie360-2025-10-15'],
  'history.energy': ['tamtaminfo-2026-01-27'],
  'history.nigerReturn': ['algerie360-2026-02-12', 'rfi-2026-02-13'],
};
