// Waiting on a condition about what a test client has received: checked at once and after
// every message (notify), failing after a timeout with what the caller says about itself.
export class Waiters {
  private waiting = new Set<() => void>();

  /** Call after each received message: every pending condition is checked again. */
  notify(): void {
    for (const w of [...this.waiting]) w();
  }

  /**
   * Resolves with the first truthy value of `check`. A check that throws counts as not yet
   * true; its last error is given to `timedOut`, which words the failure.
   */
  until<T>(check: () => T | undefined | null | false, timeoutMs: number, timedOut: (lastError: unknown) => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let lastError: unknown;
      const test = () => {
        let v: T | undefined | null | false;
        try {
          v = check();
        } catch (err) {
          lastError = err;
          return;
        }
        if (v) {
          cleanup();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(timedOut(lastError)));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiting.delete(test);
      };
      this.waiting.add(test);
      test();
    });
  }
}
