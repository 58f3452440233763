import { defineConfig } from 'vitest/config';
import { firstWords } from './scripts/firstWords.ts';

export default defineConfig({
  plugins: [firstWords()],
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
