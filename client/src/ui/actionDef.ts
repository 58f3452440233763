// An action's definition by id, for the action cards. Its own module: the catalogue is
// the match screen's to load, not the home page's (which uses ui/words.ts for role names).
import type { ActionDef } from '../../../shared/index.ts';
import { ACTION_BY_ID } from '../../../shared/index.ts';

export const actionDef = (id: string): ActionDef | undefined => ACTION_BY_ID.get(id);
