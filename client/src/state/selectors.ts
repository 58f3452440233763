// Small readings of the store that several screens need.
import type { GameState, PublicState, Role } from '../../../shared/index.ts';
import type { AppState } from './store.ts';

export const myRole = (s: AppState): Role | undefined => (s.welcome?.seat.kind === 'role' ? s.welcome.seat.role : undefined);
export const isSpectator = (s: AppState): boolean => s.welcome?.seat.kind === 'spectator';
export const isHost = (s: AppState): boolean => !!s.welcome?.host;

/**
 * The seat's view for the engine's previews (costs, legality, the action menu, public
 * objectives): typed without any secret field, so that a preview reading one does not compile.
 */
export const publicState = (s: AppState): PublicState | undefined => s.view;

/** Once the match is over the view holds everything (shared/visibility.ts): the end screen reads it whole. */
export const endState = (s: AppState): GameState | undefined => s.view as unknown as GameState | undefined;

export const phaseOf = (s: AppState): string => s.synced?.phase ?? 'lobby';
