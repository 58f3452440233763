// Failover (REDIS_URL with a shared DATABASE_URL): the unfinished matches of a process
// that died are taken over by a survivor, under the same codes, restored from the shared
// records. A process is dead when both say so: its lease in the records has run out (its
// heartbeat, written every 5 s, is older than LEASE_MS) and Colyseus' Redis presence no
// longer lists a live process for the match's room (its process channel is gone). Two
// survivors never both take a match: the takeover is a compare-and-set of the match's
// owner in the records (`adopt`), and only the winner builds the room. The dead process,
// restarted under its SERVER_ID, restores only what it still owns.
import type { Presence } from '@colyseus/core';
import { matchMaker } from '@colyseus/core';
import { ROOM_NAMES } from '../shared/protocol/index.ts';
import type { Logger } from './log.ts';
import { stageRestore } from './match/restore.ts';
import type { RecordStore } from './records/types.ts';
import { settleUnrestorable } from './restoreMatches.ts';

export const LEASE_MS = 15_000;
export const TAKEOVER_SCAN_MS = 5_000;

export interface Takeover {
  stop(): void;
}

export function startTakeover(records: RecordStore, s: { serverId: string; presence: Presence; log: Logger }): Takeover {
  let running = false;
  const scan = async () => {
    if (running || matchMaker.state !== matchMaker.MatchMakerState.READY || !records.health.writable) return;
    running = true;
    try {
      const staleBefore = Date.now() - LEASE_MS;
      for (const orphan of await records.orphans(s.serverId, staleBefore)) {
        if (await roomAlive(orphan.code, s.presence)) continue;
        if (!(await records.adopt(orphan.matchId, orphan.owner, s.serverId, staleBefore))) continue;
        const [stored] = await records.unfinished(s.serverId, orphan.matchId);
        if (!stored) continue;
        if (settleUnrestorable(records, stored, s.log)) continue;
        // Here, not wherever matchmaking would place a new room: this process now owns it.
        await matchMaker.handleCreateRoom(ROOM_NAMES.match, stageRestore({ stored, downSince: orphan.aliveAt ?? Date.now() }));
        s.log.info('match.takenOver', { code: orphan.code, match: orphan.matchId, from: orphan.owner, silentMs: orphan.aliveAt ? Date.now() - orphan.aliveAt : undefined });
      }
    } catch (error) {
      s.log.warn('takeover.failed', { error });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void scan(), TAKEOVER_SCAN_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** The room is listed in matchmaking by a process whose channel is still subscribed (it answers). */
async function roomAlive(code: string, presence: Presence): Promise<boolean> {
  const [room] = await matchMaker.query({ name: ROOM_NAMES.match, roomId: code });
  if (!room?.processId) return false;
  return (await presence.channels(`p:${room.processId}`)).length > 0;
}

