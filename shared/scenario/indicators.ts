// Where each role stands on 1 April 2025. Algeria is larger, richer and safer;
// Mali and its AES partners fight armed groups at home with thinner budgets.
import type { GameState } from '../rules/types.ts';

export const START_INDICATORS: Pick<GameState, 'roles' | 'cohesion'> = {
  roles: {
    algeria: { security: 62, legitimacy: 55, support: 55, economy: 60 },
    mali: { security: 42, legitimacy: 45, support: 58, economy: 45 },
    aes: { security: 44, legitimacy: 45, support: 56, economy: 46 },
    mediator: { security: 50, legitimacy: 50, support: 50, economy: 50 },
  },
  cohesion: 60,
};
