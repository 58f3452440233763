// Whether the record store can write now. A write that fails (disk full, read-only file,
// database down) marks the store unwritable until that same write goes through: rooms
// refuse changes meanwhile, readiness answers 503, and the failed write is retried, never
// dropped. Each source (a batch, a match's queue, the heartbeat) reports for itself, so
// that one small write getting through does not hide a bigger one still failing.
import type { Logger } from '../log.ts';

export interface StoreHealth {
  readonly writable: boolean;
  /** Since when the store has been unwritable (ms), if it is. */
  readonly downSince: number | undefined;
  /** The last error of a write still failing, for logs and readiness. */
  readonly lastError: string | undefined;
  /** Called each time `writable` flips; returns the unsubscribe. */
  onChange(listener: (writable: boolean) => void): () => void;
}

export class WriteHealth implements StoreHealth {
  private failing = new Map<object, string>();
  private listeners = new Set<(writable: boolean) => void>();
  downSince: number | undefined;

  constructor(private log: Logger) {}

  get writable(): boolean {
    return this.failing.size === 0;
  }

  get lastError(): string | undefined {
    return [...this.failing.values()].at(-1);
  }

  failed(source: object, error: unknown): void {
    const was = this.writable;
    this.failing.set(source, (error as Error)?.message ?? String(error));
    if (!was) return;
    this.downSince = Date.now();
    this.log.error('records.unwritable', { error });
    this.emit(false);
  }

  succeeded(source: object): void {
    if (!this.failing.delete(source) || !this.writable) return;
    this.log.info('records.writableAgain', { downMs: Date.now() - (this.downSince ?? Date.now()) });
    this.downSince = undefined;
    this.emit(true);
  }

  onChange(listener: (writable: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(writable: boolean): void {
    for (const l of [...this.listeners]) {
      try {
        l(writable);
      } catch (error) {
        this.log.error('records.healthListenerFailed', { error });
      }
    }
  }
}

/** How long a failed write waits before its next try: quick at first, then every 2 s. */
export const retryDelay = (attempt: number): number => [100, 250, 500, 1000][attempt] ?? 2000;
