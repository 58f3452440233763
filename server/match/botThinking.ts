// Running a bot's search without holding up the server. A search is a generator of small
// steps (one rollout each, shared/bots/expert.ts); the driver runs steps for at most a
// slice of time, then hands the event loop back (setImmediate) so that messages, timers
// and other rooms are served between slices. The steps, hence the decision, are the same
// as when a script runs the search at once; only the wall-clock cap depends on time, and
// it counts the search's own slices, not the time other work took in between.
import { performance } from 'node:perf_hooks';

/** How long one slice of a search may run before the event loop gets a turn, in ms. */
export const SLICE_MS = 6;

export interface Thought<T> {
  /** The result, or undefined if the thought was cancelled first. */
  readonly done: Promise<T | undefined>;
  cancel(): void;
  /** Whether it is still running. */
  readonly running: boolean;
  /** The longest the search held the event loop in one slice, in ms (a step is never cut, so this can pass the slice). */
  readonly longestSlice: number;
  /** The same in CPU time of the process (on a shared machine, wall time also counts waiting for a core). */
  readonly longestSliceCpu: number;
}

/**
 * Starts a search in slices. `start` gets the clock the search should read for its cap:
 * the milliseconds spent in its own slices so far.
 */
export function think<T>(start: (clock: () => number) => Generator<void, T, void>, sliceMs = SLICE_MS): Thought<T> {
  let spent = 0;
  let sliceStart = -1;
  const clock = () => spent + (sliceStart >= 0 ? performance.now() - sliceStart : 0);
  const steps = start(clock);
  let cancelled = false;
  let running = true;
  let longest = 0;
  let longestCpu = 0;
  let resolve!: (v: T | undefined) => void;
  let reject!: (e: unknown) => void;
  const done = new Promise<T | undefined>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const slice = () => {
    if (cancelled) return;
    sliceStart = performance.now();
    const cpu = process.cpuUsage();
    try {
      for (;;) {
        const r = steps.next();
        if (r.done) {
          running = false;
          return resolve(r.value);
        }
        if (performance.now() - sliceStart >= sliceMs) break;
      }
    } catch (err) {
      running = false;
      return reject(err);
    } finally {
      const took = performance.now() - sliceStart;
      spent += took;
      longest = Math.max(longest, took);
      const used = process.cpuUsage(cpu);
      longestCpu = Math.max(longestCpu, (used.user + used.system) / 1000);
      sliceStart = -1;
    }
    setImmediate(slice);
  };
  setImmediate(slice);
  return {
    done,
    cancel() {
      if (!running) return;
      cancelled = true;
      running = false;
      resolve(undefined);
    },
    get running() {
      return running;
    },
    get longestSlice() {
      return longest;
    },
    get longestSliceCpu() {
      return longestCpu;
    },
  };
}
