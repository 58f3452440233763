// The bots' searches share the event loop: however many think at once (a school's classes
// opening their week together), they run for one slice in all between two turns of the
// loop, so a message waits for at most one slice.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { SLICE_MS, think } from '../../server/match/botThinking.ts';

let steps = 0;

/** A search of `n` steps of about a millisecond each. */
function* work(n: number): Generator<void, number, void> {
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    while (performance.now() - t < 1);
    steps++;
    yield;
  }
  return n;
}

describe('searches in slices', () => {
  it('share one slice per turn of the event loop, however many run, and each gets its turns', async () => {
    steps = 0;
    // A probe that runs once per turn of the loop, as a message's handler would get to.
    const between: number[] = [];
    let seen = 0;
    let probing = true;
    const probe = () => {
      between.push(steps - seen);
      seen = steps;
      if (probing) setImmediate(probe);
    };
    setImmediate(probe);
    const thoughts = Array.from({ length: 6 }, (_, i) => think(() => work(20 + i)));
    const results = await Promise.all(thoughts.map((t) => t.done));
    probing = false;
    expect(results).toEqual([20, 21, 22, 23, 24, 25]);
    expect(steps).toBe(20 + 21 + 22 + 23 + 24 + 25);
    // Six searches each holding the loop for a slice would run about 6 × 6 steps between two turns.
    expect(Math.max(...between)).toBeLessThanOrEqual(SLICE_MS + 1);
    // Each kept its longest slice: at least one step of a millisecond. (Its upper bound is
    // wall time, which a shared machine stretches at will; the count of steps above bounds it.)
    for (const t of thoughts) expect(t.longestSlice).toBeGreaterThanOrEqual(1);
  });

  it('drops a cancelled search from the line, and the others still finish', async () => {
    const a = think(() => work(30));
    const b = think(() => work(5));
    a.cancel();
    expect(await a.done).toBeUndefined();
    expect(await b.done).toBe(5);
    expect(a.running || b.running).toBe(false);
  });
});
