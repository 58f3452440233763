// Nothing a seat is sent may run ahead of the records: every message of a room waits,
// in order, until the writes queued before it are done (SQLite writes once per turn of
// the event loop, so this costs at most that turn). If the store cannot write, messages
// wait until it can again: a change the process then loses in a crash was never seen by
// anyone, nor acknowledged. Only what must get through while the store is down (the
// refusals and notices that say so) goes `now`.
import { inOneWrite } from './corks.ts';
import type { Timer } from './port.ts';

export class HeldOutput {
  /** Waiting sends, in groups that each wait for the writes queued when they were sent. */
  private groups: { after: Promise<void> | undefined; ready: boolean; sends: (() => void)[] }[] = [];

  constructor(private pending: () => Promise<void> | undefined) {}

  /** Anything waiting (the room holds its state patches back as well). */
  get holding(): boolean {
    return this.groups.length > 0 || this.pending() !== undefined;
  }

  send(fn: () => void): void {
    const after = this.pending();
    if (!after && !this.groups.length) return fn();
    const last = this.groups.at(-1);
    if (last && last.after === after) {
      last.sends.push(fn);
      return;
    }
    const group = { after, ready: after === undefined, sends: [fn] };
    this.groups.push(group);
    if (after)
      void after.then(() => {
        group.ready = true;
        this.release();
      });
    else queueMicrotask(() => this.release());
  }

  /**
   * Resolves once nothing is waiting, or after `ms` on the room's clock (`later`) whatever
   * still waits (the store cannot write).
   */
  drained(ms: number, later: (ms: number, fn: () => void) => Timer): Promise<void> {
    if (!this.groups.length) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = later(ms, done);
      const waiter = () => done();
      function done() {
        timer.clear();
        resolve();
      }
      this.idle.push(waiter);
    });
  }

  private idle: (() => void)[] = [];

  private release(): void {
    inOneWrite(() => {
      while (this.groups[0]?.ready) for (const fn of this.groups.shift()!.sends) fn();
    });
    if (this.groups.length) return;
    for (const w of this.idle.splice(0)) w();
  }
}
