// The host's controls: the table in shared/protocol/controls.ts says who may use each
// and when; this file says what each does.
import type { ControlName, ControlParams } from '../../shared/protocol/index.ts';
import { CONTROLS, withDefaults } from '../../shared/protocol/index.ts';
import type { Match } from './Match.ts';
import type { Member } from './members.ts';
import { notifyAll } from './publish.ts';
import { Refusal } from './refusal.ts';
import { kick, setHost } from './seating.ts';
import { zodDetail } from './zodDetail.ts';

type ControlHandler<N extends ControlName> = (m: Match, member: Member, params: ControlParams<N>) => void;

function target(m: Match, playerId: string): Member {
  const t = m.members.byId(playerId);
  if (!t) throw new Refusal('unknownPlayer', { playerId });
  return t;
}

const HANDLERS: { [N in ControlName]: ControlHandler<N> } = {
  start: (m) => m.start(),

  pause: (m, member) => {
    if (m.clock.paused) throw new Refusal('paused');
    m.clock.pause();
    notifyAll(m, 'notice.paused', { by: member.nickname });
  },

  resume: (m, member) => {
    if (!m.clock.paused) throw new Refusal('notPaused');
    m.clock.resume();
    notifyAll(m, 'notice.resumed', { by: member.nickname });
    m.checkAllReady();
  },

  extend: (m, member, p) => {
    m.clock.extend(p.seconds);
    notifyAll(m, 'notice.extended', { by: member.nickname, seconds: p.seconds });
  },

  endPhase: (m, member) => {
    notifyAll(m, 'notice.phaseEnded', { by: member.nickname, phase: m.phase });
    m.endPhase();
  },

  kick: (m, member, p) => {
    const t = target(m, p.playerId);
    if (t === member) throw new Refusal('notAllowed', { seat: member.seat.kind, why: 'the host cannot kick themself; leave the room instead' });
    kick(m, t);
  },

  makeHost: (m, _member, p) => setHost(m, target(m, p.playerId)),

  settings: (m, _member, p) => m.changeOptions(withDefaults(p.options, m.options), p.options.seed ?? m.seed),
};

/** Authority, phase and parameters are checked against the controls table before the handler runs. */
export function runControl(m: Match, member: Member, command: ControlName, rawParams: unknown): void {
  const spec = CONTROLS[command];
  if ((spec.who as readonly string[]).includes('host') && member.playerId !== m.hostId) throw new Refusal('notHost', { command });
  if (!(spec.phases as readonly string[]).includes(m.phase)) throw new Refusal('wrongPhase', { type: `control ${command}`, phase: m.phase });
  const parsed = spec.params.safeParse(rawParams);
  if (!parsed.success) throw new Refusal('badMessage', { detail: zodDetail(parsed.error) });
  m.log.info('control', { code: m.code, command, by: member.playerId });
  (HANDLERS[command] as ControlHandler<ControlName>)(m, member, parsed.data as never);
  // The clock may have changed (pause, resume, extend), which the live snapshot holds.
  m.saveSoon();
}
