// Recorded matches over HTTP: the list of finished ones, and one record, read with the
// teacher's token when this browser has it (the whole record) or else its public part.
import type { MatchSummary, RecordedMatch } from '../../../shared/protocol/index.ts';
import { serverOrigin } from '../net/endpoint.ts';
import { classByMatch } from '../classroom/teacherKeys.ts';

export const recordUrl = (matchId: string, tail = ''): string => `${serverOrigin()}/api/records/${encodeURIComponent(matchId)}${tail}`;

export async function finishedMatches(limit: number): Promise<MatchSummary[]> {
  const r = await fetch(`${serverOrigin()}/api/records?limit=${limit}`);
  if (!r.ok) throw new Error(`records ${r.status}`);
  return ((await r.json()) as { records: MatchSummary[] }).records;
}

/** Why a record could not be read, as a ui key. */
export type RecordFailure = 'records.notFound' | 'records.inProgress' | 'records.failed';

export type Loaded = { ok: true; record: RecordedMatch; full: boolean; token?: string } | { ok: false; why: RecordFailure };

/** The teacher token this browser keeps for the match, if any. */
export const tokenFor = (matchId: string): string | undefined => classByMatch(matchId)?.token;

export async function loadRecord(matchId: string): Promise<Loaded> {
  const token = tokenFor(matchId);
  try {
    let r = await fetch(recordUrl(matchId), token ? { headers: { Authorization: `Bearer ${token}` } } : {});
    // A token this server does not accept (another server, a deleted session): the public part.
    if (token && (r.status === 401 || r.status === 403)) r = await fetch(recordUrl(matchId));
    if (r.status === 404) return { ok: false, why: 'records.notFound' };
    if (r.status === 409) return { ok: false, why: 'records.inProgress' };
    if (!r.ok) return { ok: false, why: 'records.failed' };
    // The schema (and zod) only now: the home page lists records without reading one.
    const { RecordResponseSchema } = await import('../../../shared/protocol/records.ts');
    const body = RecordResponseSchema.parse(await r.json());
    return { ok: true, record: body.record, full: body.full, ...(body.full && token ? { token } : {}) };
  } catch {
    return { ok: false, why: 'records.failed' };
  }
}

/** Why a record could not be deleted, as a ui key (with the HTTP status for 'failed'). */
export type DeleteFailure =
  | { why: 'debrief.delete.inProgress' | 'debrief.delete.forbidden' | 'debrief.delete.notFound' | 'debrief.delete.network' }
  | { why: 'debrief.delete.failed'; status: number };

/** DELETE /api/records/:matchId with the creator's (teacher's) token: null once it is gone. */
export async function deleteRecord(matchId: string, token: string): Promise<DeleteFailure | null> {
  let r: Response;
  try {
    r = await fetch(recordUrl(matchId), { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
  } catch {
    return { why: 'debrief.delete.network' };
  }
  if (r.ok) return null;
  if (r.status === 409) return { why: 'debrief.delete.inProgress' };
  if (r.status === 401 || r.status === 403) return { why: 'debrief.delete.forbidden' };
  if (r.status === 404) return { why: 'debrief.delete.notFound' };
  return { why: 'debrief.delete.failed', status: r.status };
}
