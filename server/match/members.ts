// Who is in the match: players seated in a role (several make a team) and spectators.
// A member outlives its connection: the seat token brings a refreshed page back to it.
import { randomBytes, randomInt } from 'node:crypto';
import type { Role, Seat } from '../../shared/index.ts';

export interface Member {
  /** Public and stable: others refer to this member by it (kick, host). */
  playerId: string;
  /** Secret: joining with it returns to this seat. */
  seatToken: string;
  nickname: string;
  seat: Seat;
  /** The Colyseus session currently bound to the member. */
  sessionId: string;
  connected: boolean;
  /** Join order: the captain of a team is its earliest member still connected. */
  order: number;
  /** When its chat messages were sent, for the rate limit. */
  chatTimes: number[];
}

const NICKNAMES = ['Envoy', 'Attaché', 'Consul', 'Delegate', 'Adviser', 'Analyst', 'Courier', 'Observer'];

export const roleOf = (m: Member): Role | undefined => (m.seat.kind === 'role' ? m.seat.role : undefined);

export class Members {
  private members: Member[] = [];
  private joined = 0;

  add(sessionId: string, seat: Seat, nickname: string | undefined): Member {
    const m: Member = {
      playerId: randomBytes(6).toString('base64url'),
      seatToken: randomBytes(18).toString('base64url'),
      nickname: this.uniqueNickname(nickname ?? `${NICKNAMES[randomInt(NICKNAMES.length)]} ${randomInt(10, 100)}`),
      seat,
      sessionId,
      connected: true,
      order: ++this.joined,
      chatTimes: [],
    };
    this.members.push(m);
    return m;
  }

  remove(m: Member): void {
    this.members = this.members.filter((x) => x !== m);
  }

  list(): readonly Member[] {
    return this.members;
  }

  bySession(sessionId: string): Member | undefined {
    return this.members.find((m) => m.sessionId === sessionId);
  }

  byId(playerId: string): Member | undefined {
    return this.members.find((m) => m.playerId === playerId);
  }

  byToken(token: string): Member | undefined {
    return this.members.find((m) => m.seatToken === token);
  }

  /** The role's players in join order, connected or not. */
  ofRole(role: Role): Member[] {
    return this.members.filter((m) => roleOf(m) === role);
  }

  connectedOfRole(role: Role): Member[] {
    return this.ofRole(role).filter((m) => m.connected);
  }

  captain(role: Role): Member | undefined {
    return this.connectedOfRole(role)[0] ?? this.ofRole(role)[0];
  }

  players(): Member[] {
    return this.members.filter((m) => m.seat.kind === 'role');
  }

  connectedSpectators(): Member[] {
    return this.members.filter((m) => m.seat.kind === 'spectator' && m.connected);
  }

  private uniqueNickname(wanted: string): string {
    const taken = new Set(this.members.map((m) => m.nickname.toLowerCase()));
    if (!taken.has(wanted.toLowerCase())) return wanted;
    for (let n = 2; ; n++) if (!taken.has(`${wanted} ${n}`.toLowerCase())) return `${wanted} ${n}`;
  }
}
