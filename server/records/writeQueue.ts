// Writes of one match, in order, for a database that answers asynchronously (PostgreSQL).
// The room never waits: it queues, and whoever needs durability (an `ok` reply, the
// shutdown) awaits `settled()`. Consecutive live snapshots coalesce into the newest.
import type { Logger } from '../log.ts';

export interface Batch {
  run: () => Promise<void>;
  /** A live snapshot: may be replaced by a newer one while still waiting. */
  live: boolean;
}

const RETRY_MS = [100, 500, 2000, 5000];

export class WriteQueue {
  private queue: Batch[] = [];
  private running?: Promise<void>;

  constructor(
    private log: Logger,
    private what: string,
    /** The store's set of queues with writes under way, for its flush. */
    private busy: Set<WriteQueue>,
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

  private async drain(): Promise<void> {
    try {
      for (let batch = this.queue.shift(); batch; batch = this.queue.shift()) await this.attempt(batch);
    } finally {
      this.running = undefined;
      this.busy.delete(this);
    }
  }

  /** A write that keeps failing is logged and dropped: the match goes on, the record has a gap. */
  private async attempt(batch: Batch): Promise<void> {
    for (let i = 0; ; i++) {
      try {
        return await batch.run();
      } catch (error) {
        if (i >= RETRY_MS.length) {
          this.log.error('records.writeLost', { match: this.what, error });
          return;
        }
        this.log.warn('records.writeRetry', { match: this.what, attempt: i + 1, error });
        await new Promise((r) => setTimeout(r, RETRY_MS[i]));
      }
    }
  }
}
