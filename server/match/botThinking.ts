// Running a bot's search without holding up the server. A search is a generator of small
// steps (one rollout each, shared/bots/expert.ts); the driver runs steps for at most a
// slice of time, then hands the event loop back (setImmediate) so that messages, timers
// and other rooms are served between slices. Every search on the server shares one slice
// per turn of the event loop, taking turns: two hundred classes' bots thinking at once must
// not each hold the loop for a slice before the next message is read. The steps, hence the
// decision, are the same as when a script runs the search at once; only the wall-clock cap
// depends on time, and it counts the search's own slices, not the time other work took in
// between.
import { performance } from 'node:perf_hooks';

/** How long the searches may run, together, before the event loop gets a turn, in ms. */
export const SLICE_MS = 6;

/** A search waiting for its next slice: it runs steps until `until` (performance.now()), and says whether it wants another. */
interface Waiting {
  run(until: number): boolean;
  /** The longest it may run at a time (a test may ask for shorter slices). */
  sliceMs: number;
}

/** The searches waiting for a slice, in the order they get one. */
const waiting: Waiting[] = [];
let turnQueued = false;

function queueTurn(): void {
  if (turnQueued) return;
  turnQueued = true;
  setImmediate(turn);
}

/** One turn of the event loop's worth of searching: the searches in line each run until the slice is spent. */
function turn(): void {
  turnQueued = false;
  const line = waiting.splice(0);
  const end = performance.now() + SLICE_MS;
  let i = 0;
  for (; i < line.length && performance.now() < end; i++) {
    const w = line[i];
    if (w.run(Math.min(end, performance.now() + w.sliceMs))) waiting.push(w);
  }
  // Those this turn did not reach go first next time.
  waiting.unshift(...line.slice(i));
  if (waiting.length) queueTurn();
}

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

/** A Thought as whoever runs it holds it: settled once, by its outcome, its failure or a cancel. */
export interface ThoughtControl<T> {
  readonly thought: Thought<T>;
  /** Its outcome (undefined: it ends as if cancelled). */
  succeed(value: T | undefined): void;
  fail(err: unknown): void;
  /** A slice it ran, in ms of wall time and of CPU: the longest are kept. */
  measured(wallMs: number, cpuMs: number): void;
}

/** A running Thought; `onCancel` stops its work when its owner cancels it. */
export function newThought<T>(onCancel: () => void): ThoughtControl<T> {
  let running = true;
  let longest = 0;
  let longestCpu = 0;
  let resolve!: (v: T | undefined) => void;
  let reject!: (e: unknown) => void;
  const done = new Promise<T | undefined>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  /** Whether it was still running (only the first ending counts). */
  const end = () => {
    const was = running;
    running = false;
    return was;
  };
  return {
    thought: {
      done,
      cancel() {
        if (!end()) return;
        onCancel();
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
    },
    succeed: (value) => {
      if (end()) resolve(value);
    },
    fail: (err) => {
      if (end()) reject(err);
    },
    measured: (wallMs, cpuMs) => {
      longest = Math.max(longest, wallMs);
      longestCpu = Math.max(longestCpu, cpuMs);
    },
  };
}

/**
 * Starts a search in slices. `start` gets the clock the search should read for its cap:
 * the milliseconds spent in its own slices so far.
 */
export function think<T>(start: (clock: () => number) => Generator<void, T, void>, sliceMs = SLICE_MS): Thought<T> {
  let spent = 0;
  let sliceStart = -1;
  const clock = () => spent + (sliceStart >= 0 ? performance.now() - sliceStart : 0);
  // Dropped once done or cancelled: a finished search's worlds are not kept alive by its Thought.
  let steps: Generator<void, T, void> | undefined = start(clock);
  const t = newThought<T>(() => (steps = undefined));
  /** Runs steps until `until` (a step is never cut); whether the search wants another slice. */
  const slice = (until: number): boolean => {
    if (!steps) return false;
    sliceStart = performance.now();
    const cpu = process.cpuUsage();
    try {
      for (;;) {
        const r = steps.next();
        if (r.done) {
          steps = undefined;
          t.succeed(r.value);
          return false;
        }
        if (performance.now() >= until) return true;
      }
    } catch (err) {
      steps = undefined;
      t.fail(err);
      return false;
    } finally {
      const took = performance.now() - sliceStart;
      spent += took;
      const used = process.cpuUsage(cpu);
      t.measured(took, (used.user + used.system) / 1000);
      sliceStart = -1;
    }
  };
  waiting.push({ run: slice, sliceMs });
  queueTurn();
  return t.thought;
}
