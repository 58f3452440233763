// Exports of a recorded match for the debrief: the CSV the debrief builds (matchCsv, one
// row per week and role) and the record as a JSON file. Both read the record exactly as
// the HTTP API serves it, so an export never holds more than its reader may see.
import { matchCsv } from '../../shared/debrief/index.ts';
import type { RecordExport } from '../../shared/protocol/index.ts';
import { playedMatch } from '../../shared/protocol/index.ts';
import type { MatchRecord } from '../records/types.ts';

type Readable = MatchRecord | Omit<MatchRecord, 'drafts'>;

/** Undefined before the start: there is no week (and no initial state) to export. */
export function recordCsv(r: Readable): string | undefined {
  const played = playedMatch(r);
  return played && matchCsv(played);
}

export function recordExport(r: Readable, full: boolean, at: number): RecordExport {
  return { format: 'sahel-standoff/match-record', version: 1, exportedAt: at, full, record: r as RecordExport['record'] };
}

/** sahel-standoff-K7QXM-2025-04-07.csv: the room code and the day the match ended (or was created). */
export function exportFileName(r: Readable, ext: 'csv' | 'json'): string {
  const day = new Date(r.endedAt ?? r.header.createdAt).toISOString().slice(0, 10);
  return `sahel-standoff-${r.header.code}-${day}.${ext}`;
}
