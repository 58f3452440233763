// The knowledge check before and after a class session: pool, draw and scoring.
export * from './pool.ts';
export * from './draw.ts';
export * from './score.ts';
