// The exports in the page's language: the record's JSON with a table of words for its ids,
// and the CSV with label columns beside the id columns. Both are built here from the record
// the server sends, so a French or Arabic class gets its files in its own words while scripts
// keep reading the same ids (the server's own /export.csv stays ids only).
import type { Order, Role } from '../../../shared/index.ts';
import { ACTIONS, EVENTS, INDICATORS, ROLES } from '../../../shared/index.ts';
import type { CsvLabels } from '../../../shared/debrief/index.ts';
import { matchCsv } from '../../../shared/debrief/index.ts';
import type { RecordedMatch } from '../../../shared/protocol/index.ts';
import { playedMatch } from '../../../shared/protocol/index.ts';
import { te } from '../i18n/index.ts';
import { currentLanguage } from '../i18n/language.ts';
import { orderLabel, roleName } from '../ui/words.ts';

export const CSV_LABELS: CsvLabels = {
  role: (id: Role) => roleName(id),
  event: (id: string) => te(`events.${id}.title`),
  order: (o: Order) => orderLabel(o),
};

/** Every id a record uses, with its words in the page's language. */
export function exportLabels() {
  const of = <T extends string>(ids: readonly T[], key: (id: T) => string) => Object.fromEntries(ids.map((id) => [id, te(key(id))]));
  return {
    language: currentLanguage(),
    roles: Object.fromEntries(ROLES.map((r) => [r, roleName(r)])),
    actions: of(ACTIONS.map((a) => a.id), (id) => `action.${id}.name`),
    events: of(EVENTS.map((e) => e.id), (id) => `events.${id}.title`),
    indicators: of([...INDICATORS, 'cohesion', 'tension', 'narrative', 'threat'], (id) => `indicator.${id}`),
  };
}

/** The JSON export `{ format, version, exportedAt, full, record }` with `labels` added. */
export function labelledJson(exported: { record: RecordedMatch }): string {
  return JSON.stringify({ ...exported, labels: exportLabels() }, null, 1);
}

/** The CSV of the record with label columns, or undefined for a match that never started. */
export function labelledCsv(record: RecordedMatch): string | undefined {
  const played = playedMatch(record);
  return played ? matchCsv(played, CSV_LABELS) : undefined;
}
