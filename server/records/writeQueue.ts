// Writes of one match, in order, for a database that answers asynchronously (PostgreSQL).
// The room never waits: it queues, and whoever needs durability (an `ok` reply, the
// shutdown) awaits `settled()`. Consecutive live snapshots coalesce into the newest.
// A write that fails (database down) is retried until it goes through, never dropped;
// meanwhile the store reports itself unwritable (health.ts) and `settled()` stays pending.
import type { Logger } from '../log.ts';
import type { WriteHealth } from './health.ts';
import { retryDelay } from './health.ts';

export interface Batch {
  run: () => Promise<void>;
  /** A live snapshot: may be replaced by a newer one while still waiting. */
  live: boolean;
}

export class WriteQueue {
  private queue: Batch[] = [];
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private log: Logger,
    private what: string,
    /** The store's set of queues with writes under way, for its flush. */
    private busy: Set<WriteQueue>,
    private health: WriteHealth,
  ) {}

  push(batch: Batch): void {
    const last = this.queue[this.queue.length - 1];
    if (batch.live && last?.live) this.queue[this.queue.length - 1] = batch;
    else this.queue.push(batch);
    if (this.running) return;
    this.busy.add(this);
    this.running = this.drain();
  }

  settled(): Promise<void> | undefined {
    return this.running;
  }

  /** The store is closing for good: no more retries (what failed is lost with the process). */
  stop(): void {
    this.stopped = true;
  }

  private async drain(): Promise<void> {
    try {
      for (let batch = this.queue.shift(); batch; batch = this.queue.shift()) await this.attempt(batch);
    } finally {
      this.running = undefined;
      this.busy.delete(this);
    }
  }

  private async attempt(batch: Batch): Promise<void> {
    for (let i = 0; ; i++) {
      try {
        await batch.run();
        this.health.succeeded(this);
        return;
      } catch (error) {
        if (this.stopped) {
          this.log.error('records.writeAbandoned', { match: this.what, error });
          return;
        }
        if (i === 0) this.log.warn('records.writeRetry', { match: this.what, error });
        this.health.failed(this, error);
        await new Promise((r) => setTimeout(r, retryDelay(i)));
      }
    }
  }
}
