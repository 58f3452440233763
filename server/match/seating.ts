// Who sits where: joining, returning after a refresh or a dropped network, leaving,
// being kicked, changing seat in the lobby, and who hosts. In a classroom session the
// creator is the teacher (host for good), students are placed in the emptiest team, and
// nobody's seat is freed for being away: the teacher removes whoever should go.
import type { Role, Seat } from '../../shared/index.ts';
import type { JoinOptions } from '../../shared/protocol/index.ts';
import { LIMITS } from '../../shared/protocol/index.ts';
import type { Match } from './Match.ts';
import type { Member } from './members.ts';
import { roleOf } from './members.ts';
import { CLOSE_CODES } from './port.ts';
import { Refusal } from './refusal.ts';

export const seatName = (seat: Seat): string => (seat.kind === 'role' ? seat.role : seat.kind);

/** How refusals name a member's seat: a projector is a spectator to the engine, not to people. */
export const memberSeat = (member: Member): string => (member.projector ? 'projector' : seatName(member.seat));

const TEACHER: Seat = { kind: 'teacher' };

/** A new member, or one coming back with its seat token (or, for the teacher, the teacher token). */
export function admit(m: Match, sessionId: string, join: JoinOptions): Member {
  if (join.seatToken !== undefined && join.teacherToken !== undefined) throw new Refusal('badOptions', { detail: 'give seatToken or teacherToken, not both' });
  // The teacher's browser opening a projector: a new projector seat, let in even while locked.
  const vouched = join.projector === true && join.teacherToken !== undefined;
  if (vouched && m.members.byToken(join.teacherToken!)?.seat.kind !== 'teacher') throw new Refusal('teacherTokenUnknown');
  const token = vouched ? undefined : (join.teacherToken ?? join.seatToken);
  if (token !== undefined) {
    const back = m.members.byToken(token);
    if (join.teacherToken !== undefined && back?.seat.kind !== 'teacher') throw new Refusal('teacherTokenUnknown');
    if (!back) throw new Refusal('seatTokenUnknown');
    // After a restart only the hash was kept; the token just proved is the one to hand back in `welcome`.
    back.seatToken = token;
    rebind(m, back, sessionId);
    return back;
  }
  const creator = !m.creatorRecorded;
  const seat = creator && m.options.classroom ? TEACHER : newcomerSeat(m, join, vouched);
  const nickname = join.nickname ?? (seat.kind === 'teacher' ? 'Teacher' : undefined);
  const member = m.members.add(sessionId, seat, nickname, join.projector === true);
  if (mayHost(m, member) && !m.members.byId(m.hostId)) m.setHost(member.playerId);
  // The creator's seat token is the secret that may later delete this match's records.
  m.noteCreator(member);
  m.record.seat({ playerId: member.playerId, nickname: member.nickname, seat, at: m.port.now(), change: 'joined' });
  m.log.info('member.joined', { player: member.playerId, nickname: member.nickname, seat: seatName(seat), host: m.hostId === member.playerId });
  const role = roleOf(member);
  if (role) m.bots.handBack(role);
  // A new member: the projection sends it its whole snapshot.
  m.changed();
  return member;
}

/** Who may be host: in a classroom session only the teacher; elsewhere anyone but a projector. */
const mayHost = (m: Match, member: Member): boolean => (m.options.classroom ? member.seat.kind === 'teacher' : !member.projector);

/** The seat of someone joining without a token: refused while the room is locked, unless the teacher vouches. */
function newcomerSeat(m: Match, join: JoinOptions, vouched: boolean): Seat {
  if (join.projector && (join.role !== undefined || join.spectate !== undefined)) {
    throw new Refusal('badOptions', { detail: 'a projector takes no role and is not a spectator: give projector alone' });
  }
  if (m.locked && !vouched) throw new Refusal('roomLocked');
  if (join.projector || join.spectate) return { kind: 'spectator' };
  if (m.options.classroom) {
    if (join.role !== undefined && join.role !== 'auto') throw new Refusal('teacherAssigns');
    if (m.members.players().length >= LIMITS.classroomStudents) throw new Refusal('sessionFull', { limit: LIMITS.classroomStudents });
  }
  return seatFor(m, join.role ?? 'auto');
}

/** How many players a role may have in this match. */
export const roleLimit = (m: Match): number => (m.options.classroom ? LIMITS.classroomPlayersPerRole : LIMITS.playersPerRole);

/** A seat for a new or moving member; `auto` picks the seated role with the fewest players (the first in ROLES order on a tie). */
export function seatFor(m: Match, choice: Role | 'auto' | 'spectator', moving?: Member): Seat {
  if (choice === 'spectator') return { kind: 'spectator' };
  const seated = m.seatedRoles();
  const count = (r: Role) => m.members.ofRole(r).filter((x) => x !== moving).length;
  const role = choice === 'auto' ? seated.reduce((best, r) => (count(r) < count(best) ? r : best)) : choice;
  if (!seated.includes(role)) throw new Refusal('roleNotSeated', { role });
  const limit = roleLimit(m);
  if (count(role) >= limit) throw new Refusal('roleFull', { role, limit });
  return { kind: 'role', role };
}

/** A seat token came back on a new session: another tab or a refreshed page. */
function rebind(m: Match, member: Member, sessionId: string): void {
  if (member.connected && member.sessionId !== sessionId) {
    const old = member.sessionId;
    m.port.send(old, 'notice', { key: 'notice.replaced', params: {} });
    member.sessionId = sessionId;
    m.port.close(old, CLOSE_CODES.replaced);
  }
  member.sessionId = sessionId;
  returned(m, member);
}

/** Back on the same seat, by Colyseus reconnection or by seat token. */
export function returned(m: Match, member: Member): void {
  member.connected = true;
  m.log.info('member.returned', { player: member.playerId, seat: seatName(member.seat) });
  const role = roleOf(member);
  if (role) m.bots.handBack(role);
  m.resync(member);
}

/** The connection dropped; the seat waits for the member to come back. */
export function dropped(m: Match, member: Member): void {
  member.connected = false;
  m.log.info('member.dropped', { player: member.playerId, seat: seatName(member.seat) });
  const role = roleOf(member);
  if (role) m.bots.armTakeover(role);
  m.changed();
}

/**
 * Colyseus' reconnection window closed. In the lobby the seat is freed; in a match it stays
 * for the seat token. A classroom keeps every seat (a phone that slept must find its team
 * again, even in a locked room); the teacher removes whoever should go.
 */
export function reconnectionExpired(m: Match, member: Member, sessionId: string): void {
  if (member.sessionId !== sessionId || member.connected || !m.members.byId(member.playerId)) return;
  if (m.phase === 'lobby' && !m.options.classroom) return depart(m, member, 'left');
  if (member.playerId === m.hostId) passHost(m);
  m.changed();
}

/** Gone for good: left on purpose, or kicked. */
export function depart(m: Match, member: Member, change: 'left' | 'kicked'): void {
  m.members.remove(member);
  m.record.seat({ playerId: member.playerId, nickname: member.nickname, seat: member.seat, at: m.port.now(), change });
  m.log.info(change === 'kicked' ? 'member.kicked' : 'member.left', { player: member.playerId, seat: seatName(member.seat) });
  if (member.playerId === m.hostId) passHost(m);
  const role = roleOf(member);
  if (role) m.bots.armTakeover(role);
  m.changed();
  m.checkAllReady();
}

export function kick(m: Match, member: Member): void {
  const sessionId = member.sessionId;
  const wasConnected = member.connected;
  m.outbox.send(member, 'notice', { key: 'notice.kicked', params: {} });
  depart(m, member, 'kicked');
  if (wasConnected) m.port.close(sessionId, CLOSE_CODES.kicked);
}

/**
 * A member's own change of seat (lobby only: later it would carry one team's secrets to
 * another). In a classroom session the teacher places students (see teams.ts).
 */
export function reseat(m: Match, member: Member, choice: Role | 'auto' | 'spectator'): void {
  if (member.seat.kind === 'teacher' || member.projector) throw new Refusal('notAllowed', { seat: memberSeat(member), why: 'this seat does not change' });
  if (m.options.classroom) throw new Refusal('teacherAssigns');
  const seat = seatFor(m, choice, member);
  member.seat = seat;
  m.record.seat({ playerId: member.playerId, nickname: member.nickname, seat, at: m.port.now(), change: 'seated' });
  // A new seat: the projection sends the member the new seat's whole snapshot.
  m.changed();
}

/** The old and the new host each get a fresh `welcome` from the projection. */
export function setHost(m: Match, member: Member): void {
  m.setHost(member.playerId);
  m.log.info('host.changed', { player: member.playerId });
}

/** The earliest connected player takes over, else any connected member (never a projector). A classroom keeps its teacher. */
function passHost(m: Match): void {
  if (m.options.classroom) return;
  const list = m.members.list().filter((x) => !x.projector);
  const next = list.find((x) => x.connected && x.seat.kind === 'role') ?? list.find((x) => x.connected) ?? list[0];
  if (next) setHost(m, next);
  else m.setHost('');
}
