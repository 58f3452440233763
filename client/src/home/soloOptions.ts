// What "Play solo" creates: a private match, bots in every other seat, a planning clock that
// the player rarely waits for (bots are always ready, so marking ready resolves the week).
import type { BotLevelChoice, CreateOptions } from '../../../shared/protocol/index.ts';
import { ROLES } from '../../../shared/index.ts';
import type { Role } from '../../../shared/index.ts';

export const SOLO_LENGTHS = [4, 8, 12] as const;
export const SOLO_DEFAULT_TURNS = 8;
/** A solo player meets the expert unless they choose otherwise. */
export const SOLO_DEFAULT_LEVEL: BotLevelChoice = 'normal';

export type SoloChoice = Role | 'random';

export function soloOptions(choice: SoloChoice, turns: number, nickname?: string, botLevel: BotLevelChoice = SOLO_DEFAULT_LEVEL): CreateOptions {
  const mediator = choice === 'mediator';
  const parties = ROLES.filter((r) => r !== 'mediator');
  const role: Role = choice === 'random' ? parties[Math.floor(Math.random() * parties.length)] : choice;
  return {
    public: false,
    bots: true,
    botLevel,
    mediator,
    turns,
    planningSeconds: 180,
    briefingSeconds: 4,
    resolutionSeconds: 8,
    role,
    ...(nickname ? { nickname } : {}),
  };
}
