// Where each role stands on 1 April 2025. Standing abroad and support at home start equal:
// no source measures them on a common scale, and a number would take a side. Security and
// economy differ, each for a sourced reason (shared/scenario/asymmetries.ts): Algeria's
// military budget and economy are many times the three Sahel states' together, and Mali and
// its AES partners fight armed groups on their own territory.
import type { GameState } from '../rules/types.ts';

export const START_INDICATORS: Pick<GameState, 'roles' | 'cohesion'> = {
  roles: {
    algeria: { security: 62, legitimacy: 50, support: 56, economy: 60 },
    mali: { security: 42, legitimacy: 50, support: 56, economy: 45 },
    aes: { security: 44, legitimacy: 50, support: 56, economy: 46 },
    mediator: { security: 50, legitimacy: 50, support: 50, economy: 50 },
  },
  cohesion: 60,
};
