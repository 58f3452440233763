import { describe, expect, it } from 'vitest';
import { goldenHash } from './goldenMatches.ts';

// The same results as before: 300 seeded matches (bots, noisy orders, injected events) hash to
// the value recorded here. A speed-up must leave it unchanged. If a rule changes on purpose,
// regenerate with `npx tsx tests/unit/goldenMatches.ts` and say why in the commit message.
const RECORDED = 'a4ff0b898bee806257644afca29fdcaea4ca49ada6f191b03c0545af529d12c7';

describe('golden matches', () => {
  it('resolve exactly as recorded', () => {
    expect(goldenHash()).toBe(RECORDED);
  }, 120_000);
});
