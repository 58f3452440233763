// The teacher's hand on the teams of a classroom session: move a student to another team
// (in the lobby or during the match), even the teams out, rename a member. A seat decides
// everything a member is sent (audience.ts), so a moved student stops receiving the old
// team's draft, channels and proposals at once, and gets the new team's in a snapshot.
import type { Role } from '../../shared/index.ts';
import type { Match } from './Match.ts';
import type { Member } from './members.ts';
import { roleOf } from './members.ts';
import { Refusal } from './refusal.ts';
import { memberSeat, seatFor } from './seating.ts';

/** The member a control names, which must be a student (a player in a team). */
export function student(m: Match, playerId: string): Member & { seat: { kind: 'role'; role: Role } } {
  const t = m.members.byId(playerId);
  if (!t) throw new Refusal('unknownPlayer', { playerId });
  if (t.seat.kind !== 'role') throw new Refusal('notAllowed', { seat: memberSeat(t), why: 'only students in a team can be moved' });
  return t as Member & { seat: { kind: 'role'; role: Role } };
}

export function moveStudent(m: Match, member: Member, role: Role, by: Member): void {
  const from = roleOf(member);
  if (from === role) throw new Refusal('notAllowed', { seat: role, why: `${member.nickname} is already in that team` });
  member.seat = seatFor(m, role, member);
  m.record.seat({ playerId: member.playerId, nickname: member.nickname, seat: member.seat, at: m.port.now(), change: 'seated' });
  m.log.info('member.moved', { code: m.code, player: member.playerId, from, to: role, phase: m.phase });
  if (m.inGame) {
    // The old team may now be empty (a bot may step in); the new one may take its role back from a bot.
    if (from) m.bots.armTakeover(from);
    m.bots.handBack(role);
  }
  m.outbox.send(member, 'notice', { key: 'notice.moved', params: { role, by: by.nickname } });
  // A new seat: the projection sends the member the new team's whole snapshot.
  m.changed();
  m.checkAllReady();
}

/**
 * Even the teams out with as few moves as possible: while the largest team has two more
 * students than the smallest, its latest-joined student moves to the smallest. Returns
 * how many moved.
 */
export function autoBalance(m: Match, by: Member): number {
  let moved = 0;
  for (;;) {
    const roles = m.seatedRoles();
    const size = (r: Role) => m.members.ofRole(r).length;
    const largest = roles.reduce((a, r) => (size(r) > size(a) ? r : a));
    const smallest = roles.reduce((a, r) => (size(r) < size(a) ? r : a));
    if (size(largest) - size(smallest) <= 1) return moved;
    const latest = m.members.ofRole(largest).reduce((a, x) => (x.order > a.order ? x : a));
    moveStudent(m, latest, smallest, by);
    moved++;
  }
}

export function rename(m: Match, target: Member, wanted: string, by: Member): void {
  const nickname = m.members.rename(target, wanted);
  m.record.seat({ playerId: target.playerId, nickname, seat: target.seat, at: m.port.now(), change: 'renamed' });
  m.log.info('member.renamed', { code: m.code, player: target.playerId });
  // The new nickname reaches the member in a fresh `welcome` from the projection.
  if (target !== by) m.outbox.send(target, 'notice', { key: 'notice.renamed', params: { nickname, by: by.nickname } });
  m.changed();
}
