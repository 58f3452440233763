// At start: every unfinished match in the records that this process owns (or, alone,
// every one) comes back as a room with its own code, before the port opens.
import { matchMaker } from '@colyseus/core';
import { ROOM_NAMES } from '../shared/protocol/index.ts';
import type { Logger } from './log.ts';
import { stageRestore, unrestorable } from './match/restore.ts';
import type { RecordStore, StoredMatch } from './records/types.ts';

export interface RestoreSettings {
  serverId: string;
  /** Take over matches recorded under other server ids (a single process). */
  adoptAll: boolean;
  log: Logger;
}

export async function restoreMatches(records: RecordStore, s: RestoreSettings): Promise<string[]> {
  const stored = await records.unfinished(s.adoptAll ? undefined : s.serverId);
  // Read before this process writes its own first heartbeat: it says when the last run stopped.
  const aliveAt = new Map<string, number>();
  for (const owner of new Set(stored.map((m) => m.owner))) aliveAt.set(owner, (await records.lastHeartbeat(owner)) ?? 0);
  // The lease is renewed before anything is adopted, so that no other process takes these matches over meanwhile (takeover.ts).
  if (stored.length) await records.heartbeat(s.serverId, Date.now()).catch((error: unknown) => s.log.warn('records.heartbeatFailed', { error }));
  const codes: string[] = [];
  for (const m of stored) {
    try {
      if (!(await records.adopt(m.header.matchId, m.owner, s.serverId))) continue;
      if (settleUnrestorable(records, m, s.log)) continue;
      await matchMaker.createRoom(ROOM_NAMES.match, stageRestore({ stored: m, downSince: aliveAt.get(m.owner) ?? 0 }));
      codes.push(m.header.code);
    } catch (error) {
      // One broken record must not keep the others (or the server) down; it stays for a later try.
      s.log.error('match.restoreFailed', { match: m.header.matchId, code: m.header.code, error });
    }
  }
  return codes;
}

/** A match that ended just before the crash is closed as finished; one that never had a snapshot, as abandoned. */
export function settleUnrestorable(records: RecordStore, m: StoredMatch, log: Logger): boolean {
  const why = unrestorable(m);
  if (!why) return false;
  const last = m.turns.at(-1);
  const record = records.resume(m);
  if (why === 'ended' && last) record.ended(last.resolvedAt, 'finished', last.state.outcome, { state: last.state, early: false });
  else record.ended(m.live?.savedAt ?? m.header.createdAt, 'abandoned');
  log.info('match.notRestored', { code: m.header.code, why });
  return true;
}
