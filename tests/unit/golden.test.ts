import { describe, expect, it } from 'vitest';
import { goldenHash } from './goldenMatches.ts';

// The same results as before: 300 seeded matches (bots, noisy orders, injected events) hash to
// the value recorded here. A speed-up must leave it unchanged. If a rule changes on purpose,
// regenerate with `npx tsx tests/unit/goldenMatches.ts` and say why in the commit message.
// Last changed when news items gained `changes` (what an order changed, for the map): with
// every `changes` left out, the matches still hashed to the value before (a4ff0b89…29d12c7),
// so no state, text or refusal moved.
const RECORDED = '46fb76268234b638d750a0a1b975ee7370c5ba9f40fed1c69df83ecb33e0dbf6';

describe('golden matches', () => {
  it('resolve exactly as recorded', () => {
    expect(goldenHash()).toBe(RECORDED);
  }, 120_000);
});
