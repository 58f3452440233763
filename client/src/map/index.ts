// The crisis map for the rest of the client: mount it, feed it views and news.
export { mountMap } from './mountMap.ts';
export type { MapOptions, SahelMap } from './mountMap.ts';
export type { OnItem } from './playback.ts';
export { MAP_LABELS, withFallback } from './labels.ts';
export type { TFunction, Params } from './labels.ts';
export { cueFor } from './cue.ts';
export type { Cue } from './cue.ts';
