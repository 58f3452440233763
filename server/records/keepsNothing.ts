// A match record that keeps nothing: for matches nobody plays (the start's warm-up,
// server/match/warmUp.ts) and for tests about what members are sent.
import type { MatchLog } from './types.ts';

export function keepsNothing(matchId: string): MatchLog {
  const none = () => undefined;
  return {
    matchId,
    health: { writable: true, downSince: undefined, lastError: undefined, onChange: () => none },
    creator: none,
    options: none,
    started: none,
    seat: none,
    draft: none,
    chat: none,
    proposal: none,
    turn: none,
    checkAnswer: none,
    memo: none,
    memosRevealed: none,
    participation: none,
    live: none,
    ended: none,
    settled: none,
  };
}
