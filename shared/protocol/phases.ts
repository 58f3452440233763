// The match's phases (GAME.md section 4), around the engine's own 'planning' | 'ended'.
export const MATCH_PHASES = ['lobby', 'briefing', 'planning', 'resolution', 'ended'] as const;
export type MatchPhase = (typeof MATCH_PHASES)[number];

/** Phases that run on the clock and can be paused, extended or ended early. */
export const TIMED_PHASES = ['briefing', 'planning', 'resolution'] as const satisfies readonly MatchPhase[];
