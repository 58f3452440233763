// The client's playback queue: each week's news plays in order, and a playback whose map
// stops drawing (a tab in the background, a stalled machine) still gives way.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Resolution } from '../../shared/protocol/index.ts';
import { registerPlayer, requestPlayback } from '../../client/src/state/playback.ts';
import { store } from '../../client/src/state/store.ts';

const week = (turn: number, items: number): Resolution =>
  ({ turn, news: Array.from({ length: items }, (_, i) => ({ key: `n${i}`, kind: 'info' })) }) as unknown as Resolution;

describe('playback queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('plays weeks in order and clears the caption after the last', async () => {
    const played: number[] = [];
    const off = registerPlayer({ play: async (r) => void played.push(r.turn), skip: () => undefined });
    requestPlayback(week(1, 2));
    requestPlayback(week(2, 1));
    await vi.runAllTimersAsync();
    expect(played).toEqual([1, 2]);
    expect(store.get().playback).toBeNull();
    off();
  });

  it('skips a playback that never finishes, then goes on with the next week', async () => {
    const skipped: number[] = [];
    const played: number[] = [];
    let hang: (() => void) | undefined;
    const off = registerPlayer({
      play: (r) => {
        played.push(r.turn);
        // Week 1 stalls until skipped; week 2 plays normally.
        return r.turn === 1 ? new Promise<void>((resolve) => (hang = resolve)) : Promise.resolve();
      },
      skip: () => {
        skipped.push(played.at(-1)!);
        hang?.();
      },
    });
    requestPlayback(week(1, 5));
    requestPlayback(week(2, 1));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.get().playback).toMatchObject({ turn: 1, total: 5 });
    expect(skipped).toEqual([]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(skipped).toEqual([1]);
    expect(played).toEqual([1, 2]);
    expect(store.get().playback).toBeNull();
    off();
  });
});
