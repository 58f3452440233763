// The match's chat as a transcript to read after the end: grouped by when it was said
// (before the start, each week, after the end) and, within that, by channel in a fixed
// order (public, then each team, then each private pair, in the game's order of roles).
import type { Role } from '../../../shared/index.ts';
import { ROLES } from '../../../shared/index.ts';
import type { ChatMessage } from '../../../shared/protocol/index.ts';

export type ChannelKind = 'public' | 'team' | 'pair' | 'other';

export interface ChannelGroup {
  channel: string;
  kind: ChannelKind;
  /** The team's role, or both roles of a private pair, in the game's order. */
  roles: Role[];
  messages: ChatMessage[];
}

/** When it was said: in the lobby, during week `turn`, or once the match had ended. */
export type Moment = { kind: 'before' } | { kind: 'week'; turn: number } | { kind: 'after' };

export interface TranscriptPart {
  /** A stable id: 'before', 'week-3', 'after'. */
  id: string;
  moment: Moment;
  channels: ChannelGroup[];
  count: number;
}

const isRole = (x: string): x is Role => (ROLES as readonly string[]).includes(x);

/** What a channel id says about its members ('public', 'team:mali', 'pair:algeria-mali'). */
export function channelOf(channel: string): Pick<ChannelGroup, 'kind' | 'roles'> {
  if (channel === 'public') return { kind: 'public', roles: [] };
  const [head, tail = ''] = channel.split(':');
  if (head === 'team' && isRole(tail)) return { kind: 'team', roles: [tail] };
  const pair = tail.split('-');
  if (head === 'pair' && pair.length === 2 && pair.every(isRole)) {
    const roles = [...pair].sort((a, b) => ROLES.indexOf(a as Role) - ROLES.indexOf(b as Role)) as Role[];
    return { kind: 'pair', roles };
  }
  return { kind: 'other', roles: [] };
}

const KIND_ORDER: Record<ChannelKind, number> = { public: 0, team: 1, pair: 2, other: 3 };

function channelOrder(a: ChannelGroup, b: ChannelGroup): number {
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  for (let i = 0; i < Math.max(a.roles.length, b.roles.length); i++) {
    const d = ROLES.indexOf(a.roles[i]) - ROLES.indexOf(b.roles[i]);
    if (d) return d;
  }
  return a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0;
}

/**
 * A message's turn is the week being briefed or planned when it was sent; the lobby
 * already counts as week 1 and the end keeps the last week, so the times tell those apart.
 */
export function momentOf(m: ChatMessage, startedAt?: number, endedAt?: number): Moment {
  if (startedAt === undefined || m.at < startedAt) return { kind: 'before' };
  if (endedAt !== undefined && m.at > endedAt) return { kind: 'after' };
  return { kind: 'week', turn: m.turn };
}

const momentId = (x: Moment): string => (x.kind === 'week' ? `week-${x.turn}` : x.kind);
const momentRank = (x: Moment): number => (x.kind === 'before' ? -Infinity : x.kind === 'after' ? Infinity : x.turn);

export function transcript(chat: readonly ChatMessage[], startedAt?: number, endedAt?: number): TranscriptPart[] {
  const parts = new Map<string, { moment: Moment; channels: Map<string, ChannelGroup> }>();
  for (const m of [...chat].sort((a, b) => a.id - b.id)) {
    const moment = momentOf(m, startedAt, endedAt);
    const id = momentId(moment);
    let part = parts.get(id);
    if (!part) parts.set(id, (part = { moment, channels: new Map() }));
    let group = part.channels.get(m.channel);
    if (!group) part.channels.set(m.channel, (group = { channel: m.channel, ...channelOf(m.channel), messages: [] }));
    group.messages.push(m);
  }
  return [...parts.entries()]
    .map(([id, p]) => {
      const channels = [...p.channels.values()].sort(channelOrder);
      return { id, moment: p.moment, channels, count: channels.reduce((n, c) => n + c.messages.length, 0) };
    })
    .sort((a, b) => momentRank(a.moment) - momentRank(b.moment));
}
