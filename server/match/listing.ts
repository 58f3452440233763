// The match as the lobby lists it (Colyseus listing metadata and GET /api/matches).
import type { Listing } from '../../shared/protocol/index.ts';
import type { Match } from './Match.ts';

export function listingOf(m: Match, createdAt: number): Listing {
  const roles = m.seatedRoles().map((role) => ({ role, players: m.members.ofRole(role).length, bot: m.bots.has(role) }));
  return {
    code: m.code,
    title: m.options.title,
    phase: m.phase,
    turn: m.engine.turn,
    turns: m.options.turns,
    freeRoles: roles.filter((r) => r.players === 0).map((r) => r.role),
    roles,
    players: m.members.players().length,
    spectators: m.members.connectedSpectators().length,
    classroom: m.options.classroom ?? false,
    locked: m.locked,
    host: m.members.byId(m.hostId)?.nickname ?? '',
    mediator: m.options.mediator,
    planningSeconds: m.options.planningSeconds,
    createdAt,
  };
}
