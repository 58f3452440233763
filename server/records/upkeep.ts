// Server-level timers around the records (never inside rooms): a heartbeat that tells a
// restarted server when its previous run was last alive (to charge the clock time that
// ran before a crash), and the retention sweep that removes old ended records.
import type { Logger } from '../log.ts';
import type { RecordStore } from './types.ts';

export const HEARTBEAT_MS = 5_000;
export const RETENTION_SWEEP_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Upkeep {
  stop(): void;
  /** Resolves once no heartbeat or sweep is under way. */
  idle(): Promise<void>;
}

export function startUpkeep(records: RecordStore, s: { serverId: string; retentionDays: number; log: Logger }): Upkeep {
  const running = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    running.add(p);
    void p.finally(() => running.delete(p));
  };
  const beat = () => track(records.heartbeat(s.serverId, Date.now()).catch((error: unknown) => s.log.warn('records.heartbeatFailed', { error })));
  const sweep = () => {
    if (!(s.retentionDays > 0)) return;
    track(
      records
        .removeOlderThan(Date.now() - s.retentionDays * DAY_MS)
        .then((removed) => removed && s.log.info('records.retention', { removed, days: s.retentionDays }))
        .catch((error: unknown) => s.log.warn('records.retentionFailed', { error })),
    );
  };
  beat();
  sweep();
  const timers = [setInterval(beat, HEARTBEAT_MS), setInterval(sweep, RETENTION_SWEEP_MS)];
  for (const t of timers) t.unref();
  return {
    stop: () => timers.forEach(clearInterval),
    idle: async () => {
      while (running.size) await Promise.allSettled([...running]);
    },
  };
}
