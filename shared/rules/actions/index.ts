// The action catalogue: every action of the game, declared as data.
import type { ActionDef } from './def.ts';
import { agreementActions } from './agreements.ts';
import { diplomaticActions } from './diplomatic.ts';
import { legalActions } from './legal.ts';
import { mediatorActions } from './mediator.ts';
import { securityActions } from './security.ts';

export const ACTIONS: readonly ActionDef[] = [
  ...diplomaticActions,
  ...legalActions,
  ...agreementActions,
  ...securityActions,
  ...mediatorActions,
];

export const ACTION_BY_ID: ReadonlyMap<string, ActionDef> = new Map(ACTIONS.map((a) => [a.id, a]));

export type { ActionDef, Effect, Precedent, Refusal } from './def.ts';
