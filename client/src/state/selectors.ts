// Small readings of the store that several screens need.
import type { GameState, Role } from '../../../shared/index.ts';
import type { AppState } from './store.ts';

export const myRole = (s: AppState): Role | undefined => (s.welcome?.seat.kind === 'role' ? s.welcome.seat.role : undefined);
export const isSpectator = (s: AppState): boolean => s.welcome?.seat.kind === 'spectator';
export const isHost = (s: AppState): boolean => !!s.welcome?.host;

/** The seat's view as engine state, for the engine's previews (costs, legality, effects). */
export const engineState = (s: AppState): GameState | undefined => s.view as unknown as GameState | undefined;

export const phaseOf = (s: AppState): string => s.synced?.phase ?? 'lobby';
