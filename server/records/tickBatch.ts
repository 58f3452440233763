// Writes to a synchronous database (SQLite), gathered over one turn of the event loop and
// run as one transaction just after it (setImmediate): message handlers only queue, so a
// burst of messages costs one commit, and a match's live snapshot is built and written
// once per batch however many changes it saw. Whoever needs durability (an `ok` reply)
// awaits `settled()`; reads and `close()` write what is queued first, so nothing is ever
// read older than it was acknowledged.
import type { Logger } from '../log.ts';
import type { Stmt } from './sqlStore.ts';

type Item = { stmts: Stmt[] } | { live: string; build: () => Stmt[] };

export class TickBatch {
  private items: Item[] = [];
  private scheduled?: NodeJS.Immediate;
  private done?: { promise: Promise<void>; resolve: () => void };

  constructor(
    private writeNow: (stmts: Stmt[]) => void,
    private log: Logger,
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

  /** Write everything queued now, in order, in one transaction. */
  writeQueued(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const items = this.items;
    const done = this.done;
    this.items = [];
    this.done = undefined;
    if (items.length) {
      const stmts: Stmt[] = [];
      for (const x of items) stmts.push(...('stmts' in x ? x.stmts : x.build()));
      try {
        this.writeNow(stmts);
      } catch (error) {
        // The match must go on even if the disk is full; the gap is logged.
        this.log.error('records.writeLost', { statements: stmts.length, error });
      }
    }
    done?.resolve();
  }

  private schedule(): void {
    if (!this.done) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.done = { promise, resolve };
    }
    this.scheduled ??= setImmediate(() => this.writeQueued());
  }
}
