// A small seeded generator (mulberry32) whose whole state is one uint32 kept in
// the game state, so that a saved state resumes the same sequence.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** The generator's state, to store back. */
  state(): number;
}

export function rngFrom(state: number): Rng {
  let s = state >>> 0;
  return {
    next() {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
    state: () => s,
  };
}

/** Mixes numbers into one seed (for bots, so that they never draw from the engine's sequence). */
export function mixSeed(...parts: number[]): number {
  let h = 2166136261;
  for (const p of parts) {
    h ^= p >>> 0;
    h = Math.imul(h, 16777619);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/**
 * One of the items, drawn in proportion to its weight (below zero counts as zero); a null
 * weight leaves the item out. Weights come as a list beside the items, not as pairs, so that
 * a weekly draw builds no objects.
 */
export function pickWeighted<T>(rng: Rng, items: readonly T[], weights: readonly (number | null)[]): T | undefined {
  let total = 0;
  let last: T | undefined;
  for (let i = 0; i < items.length; i++) {
    const w = weights[i];
    if (w === null) continue;
    total += Math.max(0, w);
    last = items[i];
  }
  if (total <= 0) return undefined;
  let r = rng.next() * total;
  for (let i = 0; i < items.length; i++) {
    const w = weights[i];
    if (w === null) continue;
    r -= Math.max(0, w);
    if (r < 0) return items[i];
  }
  return last;
}
