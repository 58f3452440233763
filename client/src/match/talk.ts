// Which conversations a seat has and how many unread messages each holds.
import type { Role } from '../../../shared/index.ts';
import type { ChatMessage } from '../../../shared/protocol/index.ts';
import { pairChannel, teamChannel } from '../../../shared/protocol/index.ts';

export interface Conversation {
  /** The tab id: 'public', 'team', a role, or 'deals'. */
  id: string;
  /** The chat channel it shows (none for deals). */
  channel?: string;
  /** What `chat.send` calls it. */
  to?: 'public' | 'team' | Role;
}

export function conversationsFor(role: Role | undefined, seated: Role[]): Conversation[] {
  const list: Conversation[] = [{ id: 'public', channel: 'public', to: 'public' }];
  if (!role) return list;
  list.push({ id: 'team', channel: teamChannel(role), to: 'team' });
  for (const other of seated) if (other !== role) list.push({ id: other, channel: pairChannel(role, other), to: other });
  list.push({ id: 'deals' });
  return list;
}

export function unread(messages: ChatMessage[], channel: string, seen: number, me?: string): number {
  return messages.filter((m) => m.channel === channel && m.id > seen && m.from.playerId !== me).length;
}
