// Which questions a class gets: drawn with the match's seed, one per concept in each check
// and the concepts' spare questions dealt out between the two, so that the check after
// the session never repeats a question of the check before it.
import type { CheckQuestion } from './pool.ts';
import { CHECK_POOL, CONCEPTS } from './pool.ts';

export const CHECK_STAGES = ['before', 'after'] as const;
export type CheckStage = (typeof CHECK_STAGES)[number];

export interface DrawnChecks {
  before: string[];
  after: string[];
}

/** mulberry32: a small seeded generator, so that the same seed draws the same checks on every server. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(list: readonly T[], rand: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function drawChecks(seed: number, pool: readonly CheckQuestion[] = CHECK_POOL): DrawnChecks {
  const rand = seeded(seed ^ 0x5eed);
  const before: string[] = [];
  const after: string[] = [];
  const spare: string[] = [];
  for (const concept of CONCEPTS) {
    const mine = shuffled(
      pool.filter((x) => x.concept === concept).map((x) => x.id),
      rand,
    );
    if (mine[0]) before.push(mine[0]);
    if (mine[1]) after.push(mine[1]);
    spare.push(...mine.slice(2));
  }
  shuffled(spare, rand).forEach((id, i) => (i % 2 === 0 ? before : after).push(id));
  return { before: shuffled(before, rand), after: shuffled(after, rand) };
}
