// The server's own view of a match, read in-process, to prove a refused message changed nothing.
import { matchMaker } from '@colyseus/core';
import type { Match } from '../../server/match/Match.ts';

/**
 * Everything the server holds about a match, read in-process: the synced state (but its
 * clock), the engine, drafts, ready flags, chat, proposals and members. Equal before
 * and after a refused message means the message changed nothing.
 */
export function serverSnapshot(code: string): string {
  const room = matchMaker.getLocalRoomById(code) as unknown as { state: { toJSON(): Record<string, unknown> }; match: Match };
  const m = room.match;
  const { deadline: _d, remaining: _r, ...state } = room.state.toJSON();
  return JSON.stringify({
    state,
    phase: m.phase,
    engine: m.engine,
    options: m.options,
    host: m.hostId,
    drafts: m.seatedRoles().map((r) => [r, m.drafts.list(r), m.drafts.isReady(r), m.bots.has(r)]),
    chat: m.chat.all(),
    proposals: m.proposals.all(),
    members: m.members.list().map((x) => [x.playerId, x.nickname, x.seat, x.connected]),
    turns: m.turns.length,
  });
}
