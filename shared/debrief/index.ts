export { realWeek, historyRows, compareMeasures, laterHistory, REAL_MEASURES } from './history.ts';
export type { HistoryRow, MeasureComparison } from './history.ts';
export { discussionPrompts } from './prompts.ts';
export type { PlayedTurn } from './prompts.ts';
