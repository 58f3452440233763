// The controls of whoever runs the match: the table in shared/protocol/controls.ts says
// who may use each and when; this file says what each does.
import type { Authority, ControlName, ControlParams } from '../../shared/protocol/index.ts';
import { CONTROL_PRECONDITIONS, controlInPhase, CONTROLS, withDefaults } from '../../shared/protocol/index.ts';
import type { Match } from './Match.ts';
import type { Member } from './members.ts';
import { inCharge } from './projection.ts';
import { Refusal } from './refusal.ts';
import { kick, memberSeat, seatFor, setHost } from './seating.ts';
import { autoBalance, moveStudent, rename, student } from './teams.ts';
import { zodDetail } from './zodDetail.ts';

type ControlHandler<N extends ControlName> = (m: Match, member: Member, params: ControlParams<N>) => void;

function target(m: Match, playerId: string): Member {
  const t = m.members.byId(playerId);
  if (!t) throw new Refusal('unknownPlayer', { playerId });
  return t;
}

function setLocked(m: Match, member: Member, locked: boolean): void {
  m.setLocked(locked);
  m.log.info(locked ? 'room.locked' : 'room.unlocked', { code: m.code, by: member.playerId });
}

const HANDLERS: { [N in ControlName]: ControlHandler<N> } = {
  start: (m) => m.start(),

  pause: (m, member) => {
    m.clock.pause();
    m.notifyAll('notice.paused', { by: member.nickname });
  },

  resume: (m, member) => {
    m.clock.resume();
    m.notifyAll('notice.resumed', { by: member.nickname });
    m.checkAllReady();
  },

  extend: (m, member, p) => {
    m.clock.extend(p.seconds);
    m.notifyAll('notice.extended', { by: member.nickname, count: p.seconds });
  },

  endPhase: (m, member) => {
    m.notifyAll('notice.phaseEnded', { by: member.nickname, phase: m.phase });
    m.endPhase();
  },

  kick: (m, member, p) => {
    const t = target(m, p.playerId);
    if (t === member) throw new Refusal('notAllowed', { seat: memberSeat(member), why: 'you cannot remove yourself; leave the room instead' });
    if (t.seat.kind === 'teacher') throw new Refusal('notAllowed', { seat: memberSeat(member), why: 'the teacher cannot be removed from the session' });
    kick(m, t);
  },

  makeHost: (m, member, p) => {
    const t = target(m, p.playerId);
    if (t.projector) throw new Refusal('notAllowed', { seat: memberSeat(member), why: 'a projector cannot host' });
    setHost(m, t);
  },

  settings: (m, _member, p) => {
    const next = withDefaults(p.options, m.options);
    // Turning the mediator off moves its players to `auto` seats among the roles left.
    m.changeOptions(next, p.options.seed ?? m.seed, () => (next.mediator ? [] : m.members.ofRole('mediator').map((x) => [x, seatFor(m, 'auto', x)])));
  },

  lock: (m, member) => setLocked(m, member, true),

  unlock: (m, member) => setLocked(m, member, false),

  autoBalance: (m, member) => {
    const moved = autoBalance(m, member);
    m.log.info('teams.balanced', { code: m.code, moved });
  },

  move: (m, member, p) => moveStudent(m, student(m, p.playerId), p.role, member),

  rename: (m, member, p) => rename(m, target(m, p.playerId), p.nickname, member),

  injectEvent: (m, member, p) => {
    m.queueEvent(p.card);
    m.log.info('event.injected', { code: m.code, card: p.card, by: member.playerId, turn: m.engine.turn });
  },

  cancelEvent: (m, member) => {
    m.log.info('event.cancelled', { code: m.code, card: m.pendingEvent, by: member.playerId });
    m.queueEvent(undefined);
  },

  endMatch: (m, member) => m.stop(member),
};

/** Sender, kind of match, phase and parameters are checked against the controls table before the handler runs. */
export function runControl(m: Match, member: Member, command: ControlName, rawParams: unknown): void {
  const spec = CONTROLS[command];
  const authority: Authority = m.options.classroom ? 'teacher' : 'host';
  if (!(spec.who as readonly Authority[]).includes(authority)) {
    const why = m.options.classroom ? `"${command}" is not used in classroom sessions` : `"${command}" is for the teacher of a classroom session`;
    throw new Refusal('notAllowed', { seat: memberSeat(member), why });
  }
  if (!inCharge(m, member)) throw new Refusal('notHost', { command });
  if (!controlInPhase(command, m.phase)) throw new Refusal('wrongPhase', { type: `control ${command}`, phase: m.phase });
  const parsed = spec.params.safeParse(rawParams);
  if (!parsed.success) throw new Refusal('badMessage', { detail: zodDetail(parsed.error) });
  const pre = CONTROL_PRECONDITIONS[command];
  if (pre && !pre.holds({ paused: m.clock.paused, locked: m.locked, pendingEvent: m.pendingEvent })) throw new Refusal(pre.refusal);
  m.log.info('control', { code: m.code, command, by: member.playerId });
  (HANDLERS[command] as ControlHandler<ControlName>)(m, member, parsed.data as never);
  // The clock, the lock or the queued event may have changed: projected, and in the live snapshot.
  m.changed();
}
