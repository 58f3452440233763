// Who is in the match: players seated in a role (several make a team), spectators,
// projectors (a spectator's seat on the class's big screen) and a classroom's teacher.
// A member outlives its connection: the seat token brings a refreshed page back to it.
// Only a hash of the token is kept in the records, and tokens are compared by hash.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Role, Seat } from '../../shared/index.ts';
import type { StoredMember } from '../records/types.ts';

export interface Member {
  /** Public and stable: others refer to this member by it (kick, host). */
  playerId: string;
  /** Secret: joining with it returns to this seat. Empty after a restart until its owner comes back with it. */
  seatToken: string;
  /** SHA-256 of the seat token (the token has 144 random bits, so no salt is needed). */
  tokenHash: string;
  nickname: string;
  seat: Seat;
  /** The Colyseus session currently bound to the member. */
  sessionId: string;
  connected: boolean;
  /** Join order: the captain of a team is its earliest member still connected. */
  order: number;
  /** When its chat messages were sent, for the rate limit. */
  chatTimes: number[];
  /** A projector: sees what spectators see, is counted apart and never hosts. */
  projector: boolean;
}

const NICKNAMES = ['Envoy', 'Attaché', 'Consul', 'Delegate', 'Adviser', 'Analyst', 'Courier', 'Observer'];

export const roleOf = (m: Member): Role | undefined => (m.seat.kind === 'role' ? m.seat.role : undefined);

export const hashSeatToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class Members {
  private members: Member[] = [];
  private joined = 0;

  add(sessionId: string, seat: Seat, nickname: string | undefined, projector = false): Member {
    const seatToken = randomBytes(18).toString('base64url');
    const m: Member = {
      playerId: randomBytes(6).toString('base64url'),
      seatToken,
      tokenHash: hashSeatToken(seatToken),
      nickname: this.uniqueNickname(nickname ?? `${NICKNAMES[randomInt(NICKNAMES.length)]} ${randomInt(10, 100)}`),
      seat,
      sessionId,
      connected: true,
      order: ++this.joined,
      chatTimes: [],
      projector,
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

  /** A new nickname, made unique as on joining; returns the one given. */
  rename(m: Member, wanted: string): string {
    m.nickname = this.uniqueNickname(wanted, m);
    return m.nickname;
  }

  byToken(token: string): Member | undefined {
    const hash = hashSeatToken(token);
    return this.members.find((m) => sameHash(m.tokenHash, hash));
  }

  snapshot(): { members: StoredMember[]; joined: number } {
    return {
      members: this.members.map((m) => ({
        playerId: m.playerId,
        tokenHash: m.tokenHash,
        nickname: m.nickname,
        seat: m.seat,
        order: m.order,
        ...(m.projector ? { projector: true } : {}),
      })),
      joined: this.joined,
    };
  }

  /** After a restart: everyone is away until they come back with their seat token. */
  restore(stored: readonly StoredMember[], joined: number): void {
    this.members = stored.map((s) => ({ ...s, projector: s.projector ?? false, seatToken: '', sessionId: '', connected: false, chatTimes: [] }));
    this.joined = joined;
  }

  /** The role's players in join order, connected or not. */
  ofRole(role: Role): Member[] {
    return this.members.filter((m) => roleOf(m) === role);
  }

  connectedOfRole(role: Role): Member[] {
    return this.ofRole(role).filter((m) => m.connected);
  }

  captain(role: Role): Member | undefined {
    return this.team(role).captain;
  }

  /** A team at once (the projection reads all three for every seat): its players, those connected, its captain. */
  team(role: Role): { players: Member[]; connected: Member[]; captain: Member | undefined } {
    const players = this.ofRole(role);
    const connected = players.filter((m) => m.connected);
    return { players, connected, captain: connected[0] ?? players[0] };
  }

  players(): Member[] {
    return this.members.filter((m) => m.seat.kind === 'role');
  }

  /** Spectators and projectors: members who only watch. */
  watchers(): Member[] {
    return this.members.filter((m) => m.seat.kind === 'spectator');
  }

  /** Spectators as players see them counted: projectors are the class's own screens and count apart. */
  connectedSpectators(): Member[] {
    return this.watchers().filter((m) => m.connected && !m.projector);
  }

  connectedProjectors(): Member[] {
    return this.watchers().filter((m) => m.connected && m.projector);
  }

  teacher(): Member | undefined {
    return this.members.find((m) => m.seat.kind === 'teacher');
  }

  private uniqueNickname(wanted: string, self?: Member): string {
    const taken = new Set(this.members.filter((m) => m !== self).map((m) => m.nickname.toLowerCase()));
    if (!taken.has(wanted.toLowerCase())) return wanted;
    for (let n = 2; ; n++) if (!taken.has(`${wanted} ${n}`.toLowerCase())) return `${wanted} ${n}`;
  }
}
