// What each seat may see, derived from the engine's visibility rules (viewFor,
// seesRoleSecrets). Every per-client message is filtered here, never by the client.
import type { GameState, Order, Orders, Role, Seat, StateView } from '../../shared/index.ts';
import { ACTION_BY_ID, seesRoleSecrets, viewFor } from '../../shared/index.ts';
import type { ChannelId, ChatMessage, MatchPhase, Proposal, Resolution, TurnRecord } from '../../shared/protocol/index.ts';
import { channelRoles } from '../../shared/protocol/index.ts';

const SPECTATOR: Seat = { kind: 'spectator' };

/**
 * The engine's state as a seat sees it. In the lobby everyone gets the public view, so
 * that trying roles out before the start does not reveal their objectives. (viewFor
 * itself hides the seed and the dice until the end.)
 */
export function seatView(engine: GameState, seat: Seat, phase: MatchPhase): StateView {
  return viewFor(engine, phase === 'lobby' ? SPECTATOR : seat);
}

export const publicView = (engine: GameState, phase: MatchPhase): StateView => seatView(engine, SPECTATOR, phase);

export function seesChannel(seat: Seat, channel: ChannelId | string, revealAll: boolean): boolean {
  return channelAudience(channel, revealAll)(seat);
}

/** Who sees a channel, worked out once for a line that goes to every member of a class. */
export function channelAudience(channel: ChannelId | string, revealAll: boolean): (seat: Seat) => boolean {
  if (channel === 'public' || revealAll) return () => true;
  const roles = channelRoles(channel as ChannelId);
  return (seat) => roles.some((r) => seesRoleSecrets(seat, r));
}

export function seesProposal(seat: Seat, p: Proposal, revealAll: boolean): boolean {
  return revealAll || seesRoleSecrets(seat, p.from) || seesRoleSecrets(seat, p.to);
}

/** Public orders are revealed to all after resolution; private and covert ones only to their role until the end. */
function revealedOrders(seat: Seat, carriedOut: Orders, all: boolean): Partial<Record<Role, Order[]>> {
  const out: Partial<Record<Role, Order[]>> = {};
  for (const [role, list] of Object.entries(carriedOut) as [Role, Order[]][]) {
    const mine = all || seesRoleSecrets(seat, role);
    const shown = list.filter((o) => mine || ACTION_BY_ID.get(o.action)?.visibility === 'public');
    if (shown.length) out[role] = shown;
  }
  return out;
}

function pickRoles<T>(seat: Seat, perRole: Partial<Record<Role, T>>, all: boolean): Partial<Record<Role, T>> {
  const out: Partial<Record<Role, T>> = {};
  for (const [role, v] of Object.entries(perRole) as [Role, T][]) if (all || seesRoleSecrets(seat, role)) out[role] = v;
  return out;
}

/** One resolved week as a seat may see it; after the end, everything. */
export function resolutionFor(seat: Seat, t: TurnRecord, ended: boolean): Resolution {
  return {
    turn: t.turn,
    ...(t.event ? { event: t.event } : {}),
    ...(t.injected ? { injected: true } : {}),
    news: t.news,
    reports: pickRoles(seat, t.reports, ended),
    revealed: revealedOrders(seat, t.carriedOut, ended),
    refused: t.refused.filter((r) => ended || seesRoleSecrets(seat, r.role)),
    bots: t.bots,
    ended,
  };
}

export const visibleChat = (seat: Seat, chat: readonly ChatMessage[], revealAll: boolean): ChatMessage[] =>
  chat.filter((m) => seesChannel(seat, m.channel, revealAll));
