// SQLite's checkpoints wait for the disk (10–20 ms here): they must run on their own thread,
// never inside a commit on the event loop, and the store's thread must close with it.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { withDefaults } from '../../shared/protocol/index.ts';
import { createLogger } from '../../server/log.ts';
import { registry } from '../../server/metrics.ts';
import { BUSY_COMMITS, CHECKPOINT_MS, Checkpoints, leaveCheckpointsToThread, THREAD_IDLE_MS } from '../../server/records/checkpoints.ts';
import { SQLITE_FILE, sqliteRecordStore } from '../../server/records/sqlite.ts';
import { stopAll, tempDir } from './processes.ts';

const log = createLogger({ level: (process.env.TEST_LOG_LEVEL ?? 'silent') as 'silent', pretty: true, write: (l) => process.stderr.write(l + '\n') });
const BODY = 'x'.repeat(2_000);

afterAll(stopAll);

describe("SQLite's checkpoints", () => {
  it('never run inside a commit; the thread copies the whole WAL into the file', async () => {
    const file = join(tempDir('checkpoints'), 'wal.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    leaveCheckpointsToThread(db);
    db.exec('CREATE TABLE lines (body TEXT)');
    const insert = db.prepare('INSERT INTO lines (body) VALUES (?)');
    // About 6 MB over 3,000 commits: SQLite's own default would checkpoint at 1,000 pages.
    for (let i = 0; i < 3_000; i++) db.transaction(() => insert.run(BODY))();
    expect(statSync(file).size).toBeLessThan(100_000);
    const checkpoints = new Checkpoints(file, log);
    const timed = async () => Number(/^sahel_record_checkpoint_seconds_count (\d+)$/m.exec(await registry.getSingleMetricAsString('sahel_record_checkpoint_seconds'))?.[1] ?? 0);
    const before = await timed();
    try {
      const done = await checkpoints.now();
      // Operators see it on /metrics.
      expect(await timed()).toBe(before + 1);
      expect(done.busy).toBe(0);
      expect(done.log).toBeGreaterThan(1_000);
      expect(done.checkpointed).toBe(done.log);
      expect(statSync(file).size).toBeGreaterThan(5_000_000);
      // The WAL starts over at the next commit, which still finds every line.
      db.transaction(() => insert.run(BODY))();
      expect(db.prepare('SELECT count(*) AS n FROM lines').get()).toEqual({ n: 3_001 });
    } finally {
      await checkpoints.close();
      db.close();
    }
  });

  it('run on a thread only while the store is busy: it starts after enough commits and stops when idle', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const file = join(tempDir('checkpoint-idle'), 'idle.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    const checkpoints = new Checkpoints(file, log);
    try {
      // A heartbeat now and then is not worth a thread.
      for (let i = 0; i < BUSY_COMMITS - 1; i++) checkpoints.committed();
      vi.advanceTimersByTime(CHECKPOINT_MS);
      expect(checkpoints.threadRunning).toBe(false);
      checkpoints.committed();
      vi.advanceTimersByTime(CHECKPOINT_MS);
      expect(checkpoints.threadRunning).toBe(true);
      // Answered in order: once this one is, so is the one the timer asked for.
      expect((await checkpoints.now()).busy).toBe(0);
      vi.advanceTimersByTime(THREAD_IDLE_MS - CHECKPOINT_MS);
      expect(checkpoints.threadRunning).toBe(true);
      vi.advanceTimersByTime(CHECKPOINT_MS);
      expect(checkpoints.threadRunning).toBe(false);
    } finally {
      vi.useRealTimers();
      await checkpoints.close();
      db.close();
    }
  });

  it("start with the store's writes and stop when it closes", async () => {
    const dir = tempDir('checkpoint-store');
    const file = join(dir, SQLITE_FILE);
    const store = sqliteRecordStore(dir, log);
    const match = store.open({ matchId: 'checkpointed', code: 'CKPTS', createdAt: 1, options: withDefaults({ title: 'checkpoints' }), seed: 1 }, 'main');
    // A commit per batch of 20 lines: 100 commits, about 4 MB.
    for (let id = 1; id <= 2_000; id++) {
      match.chat({ id, turn: 1, channel: 'public', from: { playerId: 'p1', nickname: 'Amina', role: 'mali' }, text: BODY, at: id });
      if (id % 20 === 0) await match.settled();
    }
    await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(3_000_000), { timeout: 5_000, interval: 100 });
    await store.close();
    // The last connection to close removes the WAL: the thread's is closed too.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
