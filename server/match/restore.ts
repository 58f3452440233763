// Crash recovery, the room's side: which stored matches can come back, and how a restore
// reaches MatchRoom.onCreate. Putting the match itself back is Match.restore, beside
// Match.snapshot.
import { randomUUID } from 'node:crypto';
import type { StoredMatch } from '../records/types.ts';

export { RESTORED_PLANNING_MIN_MS } from './Match.ts';

export interface StagedRestore {
  stored: StoredMatch;
  /** When the previous server was last known alive (its heartbeat), to charge the time that ran before it went down. */
  downSince: number;
}

/**
 * Restores are handed to MatchRoom.onCreate through this in-process table: create options
 * come from clients too, so they only carry a random key that no client can know.
 */
const staged = new Map<string, StagedRestore>();
export const RESTORE_OPTION = '__restore';

export function stageRestore(item: StagedRestore): Record<string, string> {
  const key = randomUUID();
  staged.set(key, item);
  return { [RESTORE_OPTION]: key };
}

export function takeRestore(options: unknown): StagedRestore | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const key = (options as Record<string, unknown>)[RESTORE_OPTION];
  if (typeof key !== 'string') return undefined;
  const item = staged.get(key);
  staged.delete(key);
  return item;
}

/** Why a stored match cannot come back as a room: it ended (the end was not recorded yet), or it never had a snapshot. */
export function unrestorable(stored: StoredMatch): 'ended' | 'empty' | undefined {
  if (stored.turns.at(-1)?.state.phase === 'ended') return 'ended';
  if (!stored.live) return 'empty';
  return undefined;
}
