// Writes to a synchronous database (SQLite), gathered over one turn of the event loop and
// run as one transaction just after it (setImmediate): message handlers only queue, so a
// burst of messages costs one commit, and a match's live snapshot is built and written
// once per batch however many changes it saw. Whoever needs durability (an `ok` reply)
// awaits `settled()`; reads and `close()` write what is queued first, so nothing is ever
// read older than it was acknowledged.
//
// A batch that fails (disk full, read-only file) is kept, never dropped: it is retried on
// a timer, with whatever is queued after it, in order and in one transaction, and
// `settled()` stays pending until it is written. Meanwhile the store reports itself
// unwritable (health.ts), so that rooms refuse new changes and hold back their effects.
import type { Logger } from '../log.ts';
import type { WriteHealth } from './health.ts';
import { retryDelay } from './health.ts';
import type { Stmt } from './sqlStore.ts';

type Item = { stmts: Stmt[] } | { live: string; build: () => Stmt[] };

export class TickBatch {
  private items: Item[] = [];
  /** Statements of batches that failed, to go first in the next try. */
  private failed: Stmt[] = [];
  private attempts = 0;
  private scheduled?: NodeJS.Immediate;
  private retry?: NodeJS.Timeout;
  private done?: { promise: Promise<void>; resolve: () => void };

  constructor(
    private writeNow: (stmts: Stmt[]) => void,
    private log: Logger,
    private health: WriteHealth,
  ) {}

  push(stmts: Stmt[]): void {
    this.items.push({ stmts });
    this.schedule();
  }

  /** A match's live snapshot, built when the batch is written; a newer one replaces it. */
  live(matchId: string, build: () => Stmt[]): void {
    const i = this.items.findIndex((x) => 'live' in x && x.live === matchId);
    if (i >= 0) this.items.splice(i, 1);
    this.items.push({ live: matchId, build });
    this.schedule();
  }

  /** Undefined when nothing is waiting; otherwise resolves once it is written. */
  settled(): Promise<void> | undefined {
    return this.done?.promise;
  }

  /** Write everything queued now (after what failed before), in order, in one transaction. */
  writeQueued(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    if (this.retry) clearTimeout(this.retry);
    this.retry = undefined;
    const items = this.items;
    this.items = [];
    if (!items.length && !this.failed.length) return;
    const stmts = this.failed;
    for (const x of items) stmts.push(...('stmts' in x ? x.stmts : x.build()));
    try {
      this.writeNow(stmts);
    } catch (error) {
      this.failed = stmts;
      if (this.attempts === 0) this.log.error('records.writeFailed', { statements: stmts.length, error });
      this.health.failed(this, error);
      this.retry = setTimeout(() => this.writeQueued(), retryDelay(this.attempts++));
      return;
    }
    this.failed = [];
    this.attempts = 0;
    this.health.succeeded(this);
    const done = this.done;
    this.done = undefined;
    done?.resolve();
  }

  /** Stop retrying (the store is closing for good; what failed is lost with the process). */
  stop(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = undefined;
  }

  private schedule(): void {
    if (!this.done) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.done = { promise, resolve };
    }
    // While a failed batch waits for its retry, new writes join it rather than hammer the disk.
    if (!this.retry) this.scheduled ??= setImmediate(() => this.writeQueued());
  }
}
