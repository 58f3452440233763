export { realWeek, historyRows, compareMeasures, laterHistory, REAL_MEASURES } from './history.ts';
export type { HistoryRow, MeasureComparison } from './history.ts';
export { discussionPrompts } from './prompts.ts';
export type { PlayedTurn } from './prompts.ts';
export { indicatorSeries, lastChange } from './series.ts';
export type { Series } from './series.ts';
export { matchCsv, parseCsv, CSV_COLUMNS } from './csv.ts';
export type { PlayedMatch, WeekRecord } from './types.ts';
