// Chat channels: public statements, each team's channel, and a private channel per pair of roles.
import type { Role } from '../index.ts';
import { ROLES } from '../index.ts';

export type ChannelId = 'public' | `team:${Role}` | `pair:${Role}-${Role}`;

export const teamChannel = (role: Role): ChannelId => `team:${role}`;

/** The pair channel's id names its roles in ROLES order, so both sides name it alike. */
export function pairChannel(a: Role, b: Role): ChannelId {
  const [x, y] = ROLES.indexOf(a) < ROLES.indexOf(b) ? [a, b] : [b, a];
  return `pair:${x}-${y}`;
}

/** The roles whose members may read a channel (empty for public: everyone may). */
export function channelRoles(channel: ChannelId): Role[] {
  if (channel === 'public') return [];
  if (channel.startsWith('team:')) return [channel.slice(5) as Role];
  return channel.slice(5).split('-') as Role[];
}
