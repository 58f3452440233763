// What a room sends waits for the writes queued before it, in order (server/match/heldOutput.ts).
import { describe, expect, it } from 'vitest';
import { HeldOutput } from '../../server/match/heldOutput.ts';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('held output', () => {
  it('sends at once when nothing is waiting to be written', () => {
    const out = new HeldOutput(() => undefined);
    const sent: string[] = [];
    out.send(() => sent.push('a'));
    expect(sent).toEqual(['a']);
    expect(out.holding).toBe(false);
  });

  it('holds everything, in order, until the writes queued before each message are done', async () => {
    let pending: Promise<void> | undefined;
    const out = new HeldOutput(() => pending);
    const sent: string[] = [];
    const first = deferred();
    pending = first.promise;
    out.send(() => sent.push('a'));
    out.send(() => sent.push('b'));
    const second = deferred();
    pending = second.promise;
    out.send(() => sent.push('c'));
    pending = undefined;
    // Nothing waits for this one, but it must not overtake what is held.
    out.send(() => sent.push('d'));
    expect(out.holding).toBe(true);
    await tick();
    expect(sent).toEqual([]);
    second.resolve();
    await tick();
    expect(sent).toEqual([]);
    first.resolve();
    await tick();
    expect(sent).toEqual(['a', 'b', 'c', 'd']);
    expect(out.holding).toBe(false);
  });

  it('drains: resolves when everything held went out, or after its time limit if the writes never end', async () => {
    // The room's clock, moved by hand: its timers fire only when the test says so.
    const timers: { ms: number; fn: () => void; cleared: boolean }[] = [];
    const later = (ms: number, fn: () => void) => {
      const t = { ms, fn, cleared: false };
      timers.push(t);
      return { clear: () => void (t.cleared = true) };
    };
    const write = deferred();
    const out = new HeldOutput(() => write.promise);
    out.send(() => undefined);
    let drained = false;
    void out.drained(60_000, later).then(() => (drained = true));
    await tick();
    expect(drained).toBe(false);
    write.resolve();
    await tick();
    expect(drained).toBe(true);
    // Drained by its writes: its time limit no longer runs.
    expect(timers.map((t) => [t.ms, t.cleared])).toEqual([[60_000, true]]);
    const never = new HeldOutput(() => new Promise<void>(() => undefined));
    never.send(() => undefined);
    let gaveUp = false;
    void never.drained(50, later).then(() => (gaveUp = true));
    await tick();
    expect(gaveUp).toBe(false);
    expect(timers[1].ms).toBe(50);
    timers[1].fn();
    await tick();
    expect(gaveUp).toBe(true);
  });
});
