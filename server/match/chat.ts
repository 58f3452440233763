// Chat: public statements, team channels and a private channel per pair of roles.
import type { Role } from '../../shared/index.ts';
import type { ChannelId, ChatMessage } from '../../shared/protocol/index.ts';
import { LIMITS, pairChannel, teamChannel } from '../../shared/protocol/index.ts';
import type { Member } from './members.ts';
import { Refusal } from './refusal.ts';

export class ChatLog {
  private messages: ChatMessage[] = [];

  post(from: Member, role: Role, channel: ChannelId, text: string, turn: number, at: number): ChatMessage {
    const msg: ChatMessage = {
      id: this.messages.length + 1,
      turn,
      channel,
      from: { playerId: from.playerId, nickname: from.nickname, role },
      text,
      at,
    };
    this.messages.push(msg);
    return msg;
  }

  all(): readonly ChatMessage[] {
    return this.messages;
  }

  /** The log as recorded, after a restart; ids go on from the last one. */
  restore(messages: readonly ChatMessage[]): void {
    this.messages = [...messages];
  }
}

/** The channel a player of `role` writes to when addressing `to`. */
export function channelFor(role: Role, to: 'public' | 'team' | Role, seated: readonly Role[]): ChannelId {
  if (to === 'public') return 'public';
  if (to === 'team') return teamChannel(role);
  if (to === role) throw new Refusal('badChannel', { to, why: 'that is your own role; write to "team"' });
  if (!seated.includes(to)) throw new Refusal('badChannel', { to, why: 'that role is not in this match' });
  return pairChannel(role, to);
}

/** At most chatBurst messages in any chatWindowSeconds; refuses (and records nothing) beyond. */
export function checkChatRate(member: Member, now: number): void {
  const window = LIMITS.chatWindowSeconds * 1000;
  member.chatTimes = member.chatTimes.filter((t) => now - t < window);
  if (member.chatTimes.length >= LIMITS.chatBurst) {
    throw new Refusal('chatRateLimited', { burst: LIMITS.chatBurst, seconds: LIMITS.chatWindowSeconds });
  }
  member.chatTimes.push(now);
}
