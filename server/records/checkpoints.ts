// SQLite's checkpoints, off the event loop. In WAL mode a commit appends pages to the WAL
// file; a checkpoint copies them into the database file and syncs both to disk, which takes
// 10–20 ms on an ordinary disk. Left to SQLite, it runs inside the commit that takes the WAL
// past 1,000 pages (about one commit in 270 under a classroom load), and every message
// waits behind it. Here a thread of its own checkpoints every CHECKPOINT_MS while the store
// is busy (BUSY_COMMITS since the last one), and the store's connection checkpoints by
// itself only past BACKSTOP_PAGES, should the thread fall behind or be gone. The thread
// (about 10 MB) starts when the store gets busy and stops once it has been idle for
// THREAD_IDLE_MS: an idle server, whose only writes are its heartbeats, holds none.
import type { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { Logger } from '../log.ts';
import { metrics } from '../metrics.ts';
import { startWorkerFile } from '../workerFile.ts';
import type { Checkpointed, FromCheckpointer, ToCheckpointer } from './checkpointWorker.ts';

export const CHECKPOINT_MS = 1_000;
export const BUSY_COMMITS = 50;
export const THREAD_IDLE_MS = 60_000;
/** 40 MB of WAL at SQLite's 4 KB pages. */
export const BACKSTOP_PAGES = 10_000;

/** The store's own connection leaves its checkpoints to the thread, but for the backstop. */
export function leaveCheckpointsToThread(db: Database.Database): void {
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
}

export class Checkpoints {
  private worker?: Worker;
  private timer?: NodeJS.Timeout;
  private ids = 0;
  private waiting = new Map<number, { resolve: (r: Checkpointed) => void; reject: (e: Error) => void }>();
  /** Commits since the last checkpoint was asked for. */
  private commits = 0;
  private lastAsked = 0;
  private failing = false;
  private closed = false;

  constructor(
    private file: string,
    private log: Pick<Logger, 'warn' | 'info'>,
  ) {}

  /** The store committed a transaction. */
  committed(): void {
    this.commits++;
    if (this.timer || this.closed) return;
    this.timer = setInterval(() => this.tick(), CHECKPOINT_MS);
    this.timer.unref();
  }

  private tick(): void {
    if (this.waiting.size) return;
    if (this.commits >= BUSY_COMMITS) this.now().catch(() => undefined);
    else if (this.worker && Date.now() - this.lastAsked >= THREAD_IDLE_MS) void this.stopThread();
  }

  /** One checkpoint now, on the thread (started if need be). */
  now(): Promise<Checkpointed> {
    if (this.closed) return Promise.reject(new Error('the record store is closed'));
    const w = this.ensure();
    const id = ++this.ids;
    const start = process.hrtime.bigint();
    this.commits = 0;
    this.lastAsked = Date.now();
    return new Promise<Checkpointed>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      w.postMessage({ id } satisfies ToCheckpointer);
    }).then(
      (r) => {
        metrics.checkpointed(start);
        if (this.failing) this.log.info('records.checkpointsResumed', {});
        this.failing = false;
        return r;
      },
      (error: Error) => {
        // Said once until one succeeds: the backstop keeps the WAL bounded meanwhile.
        if (!this.failing) this.log.warn('records.checkpointFailed', { error: error.message });
        this.failing = true;
        throw error;
      },
    );
  }

  /** Whether the thread is running (it starts when the store is busy and stops when idle). */
  get threadRunning(): boolean {
    return this.worker !== undefined;
  }

  /** Stop the timer and the thread (the store closes its own connection after, which checkpoints what is left). */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.stopThread();
  }

  /** The thread closes its connection and ends; what it was asked is answered first. */
  private async stopThread(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (!w) return;
    const exited = new Promise((resolve) => w.once('exit', resolve));
    // Held open until its connection is closed, or the process could end first.
    w.ref();
    w.postMessage({ close: true } satisfies ToCheckpointer);
    await exited;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = startWorkerFile('checkpointWorker', import.meta.url, { workerData: { file: this.file } });
    w.unref();
    // A thread that died is started again at the next checkpoint; what it was asked fails.
    const lost = (why: string) => {
      if (this.worker === w) this.worker = undefined;
      for (const p of this.waiting.values()) p.reject(new Error(`the checkpoint thread stopped (${why})`));
      this.waiting.clear();
    };
    w.on('message', (m: FromCheckpointer) => {
      const p = this.waiting.get(m.id);
      if (!p) return;
      this.waiting.delete(m.id);
      if ('error' in m) p.reject(new Error(m.error));
      else p.resolve(m);
    });
    w.on('error', (err) => lost(err.message));
    w.on('exit', (code) => lost(`exit code ${code}`));
    this.worker = w;
    return w;
  }
}
