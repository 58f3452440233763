// Crash recovery: an unfinished match put back together from its records. The logs give
// the engine (last resolved week, or the state at the start), chat, proposals and past
// weeks; the live snapshot gives phase, clock, members, drafts, ready flags, bots, host.
import { randomUUID } from 'node:crypto';
import type { StoredMatch } from '../records/types.ts';
import type { Match } from './Match.ts';
import { publishViews } from './publish.ts';

/** A planning phase comes back with at least this long, so that players have time to reconnect. */
export const RESTORED_PLANNING_MIN_MS = 60_000;

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

export function restoreMatch(m: Match, { stored, downSince }: StagedRestore): void {
  const live = stored.live!;
  m.engine = stored.turns.at(-1)?.state ?? stored.initial ?? m.engine;
  m.turns.push(...stored.turns.map(({ resolvedAt: _r, state: _s, ...week }) => week));
  m.chat.restore(stored.chat);
  m.proposals.restore(stored.proposals);
  m.members.restore(live.members, live.joined);
  m.hostId = live.hostId;
  m.creatorRecorded = true;
  m.locked = live.locked ?? false;
  m.bots.restore(live.bots);

  // A week resolved after the last snapshot: come back in that week's resolution.
  const behind = m.engine.turn > live.turn;
  // A queued card that week played is spent, whatever the older snapshot says.
  m.pendingEvent = behind && stored.turns.at(-1)?.injected ? undefined : live.pendingEvent;
  const phase = behind ? 'resolution' : live.phase;
  const clock = behind ? { timed: true, paused: false, leftMs: m.options.resolutionSeconds * 1000 } : live.clock;
  if (!behind) m.drafts.restore(live.drafts);
  m.phase = phase;
  m.state.phase = phase;
  m.state.turn = m.engine.turn;
  if (clock.timed) {
    // The clock ran on between the snapshot and the crash (at most one heartbeat is not charged).
    let left = clock.paused ? clock.leftMs : clock.leftMs - Math.max(0, downSince - live.savedAt);
    if (phase === 'planning') left = Math.max(left, RESTORED_PLANNING_MIN_MS);
    m.clock.restore(clock.paused, Math.max(0, left));
  } else {
    m.clock.stop();
  }
  m.rosterChanged();
  publishViews(m);
  if (m.inGame) for (const role of m.seatedRoles()) m.bots.armTakeover(role);
  m.checkAllReady();
  m.log.info('match.restored', { code: m.code, phase, turn: m.engine.turn, members: live.members.length, leftMs: clock.timed ? m.clock.snapshot().leftMs : undefined });
}
