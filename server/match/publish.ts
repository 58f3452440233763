// Sending each member what its seat may see: on (re)join a full snapshot, then updates.
import type { Role } from '../../shared/index.ts';
import { seesRoleSecrets } from '../../shared/index.ts';
import type { ChatMessage, Draft, MatchRecordMessage, Proposal, TeacherConsole, Welcome } from '../../shared/protocol/index.ts';
import { controlsFor } from '../../shared/protocol/index.ts';
import type { Seat } from '../../shared/index.ts';
import { publicView, resolutionFor, seatView, seesChannel, seesProposal, visibleChat } from './audience.ts';
import type { Match } from './Match.ts';
import type { Member } from './members.ts';

/** Whether the member runs the match: the teacher of a classroom session, the host of any other. */
export const inCharge = (m: Match, member: Member): boolean => (m.options.classroom ? member.seat.kind === 'teacher' : member.playerId === m.hostId);

export function welcomeFor(m: Match, member: Member): Welcome {
  const teacher = member.seat.kind === 'teacher';
  return {
    code: m.code,
    matchId: m.record.matchId,
    playerId: member.playerId,
    seatToken: member.seatToken,
    nickname: member.nickname,
    seat: member.seat,
    host: member.playerId === m.hostId,
    controls: inCharge(m, member) ? controlsFor(m.options.classroom) : [],
    classroom: m.options.classroom,
    ...(member.projector ? { projector: true } : {}),
    ...(teacher ? { teacherToken: member.seatToken } : {}),
  };
}

export function consoleFor(m: Match): TeacherConsole {
  return {
    ...(m.pendingEvent ? { pendingEvent: m.pendingEvent } : {}),
    watchers: m.members.watchers().map((w) => ({ playerId: w.playerId, nickname: w.nickname, connected: w.connected, projector: w.projector })),
  };
}

/** The teacher's console message, sent when what it says changed (or always, on the teacher's snapshot). */
export function publishConsole(m: Match, always = false): void {
  const teacher = m.members.teacher();
  if (!teacher) return;
  const payload = consoleFor(m);
  const text = JSON.stringify(payload);
  if (!always && text === m.consoleSent) return;
  m.consoleSent = text;
  m.send(teacher, 'console', payload);
}

export function draftFor(m: Match, role: Role, editedBy?: string): Draft {
  return {
    role,
    turn: m.engine.turn,
    entries: m.drafts.list(role).map((e) => ({ ...e, order: { ...e.order } })),
    spent: m.drafts.spent(role),
    budget: m.engine.settings.apPerTurn,
    ready: m.drafts.isReady(role),
    ...(editedBy ? { editedBy } : {}),
  };
}

export function recordFor(m: Match, seat: Seat): MatchRecordMessage {
  const reveal = m.options.revealPrivate;
  return {
    code: m.code,
    matchId: m.record.matchId,
    endedEarly: m.endedEarly,
    seed: m.seed,
    outcome: m.engine.outcome,
    objectives: { ...m.engine.objectives },
    turns: m.turns,
    privateRevealed: reveal,
    chat: visibleChat(seat, m.chat.all(), reveal),
    proposals: m.proposals.all().filter((p) => seesProposal(seat, p, reveal)),
  };
}

export function sendSnapshot(m: Match, member: Member): void {
  const seat = member.seat;
  const ended = m.phase === 'ended';
  m.send(member, 'welcome', welcomeFor(m, member));
  if (member.seat.kind === 'teacher') publishConsole(m, true);
  m.send(member, 'view', { state: seatView(m.engine, seat, m.phase) });
  for (const role of m.seatedRoles()) if (seesRoleSecrets(seat, role)) m.send(member, 'draft', draftFor(m, role));
  m.send(member, 'chat.history', { messages: visibleChat(seat, m.chat.all(), m.revealAll) });
  m.send(member, 'proposals', { proposals: m.proposals.all().filter((p) => seesProposal(seat, p, m.revealAll)) });
  m.send(member, 'history', { resolutions: m.turns.map((t) => resolutionFor(seat, t, ended)) });
  if (ended) m.send(member, 'record', recordFor(m, seat));
}

export function publishViews(m: Match): void {
  m.state.publicView = JSON.stringify(publicView(m.engine, m.phase));
  for (const member of m.members.list()) m.send(member, 'view', { state: seatView(m.engine, member.seat, m.phase) });
}

export function publishDraft(m: Match, role: Role, editedBy?: string): void {
  const draft = draftFor(m, role, editedBy);
  for (const member of m.members.list()) if (seesRoleSecrets(member.seat, role)) m.send(member, 'draft', draft);
}

export function publishProposal(m: Match, p: Proposal): void {
  for (const member of m.members.list()) if (seesProposal(member.seat, p, m.revealAll)) m.send(member, 'proposal', { proposal: p });
}

export function publishChat(m: Match, msg: ChatMessage): void {
  for (const member of m.members.list()) if (seesChannel(member.seat, msg.channel, m.revealAll)) m.send(member, 'chat', msg);
}

export function notifyAll(m: Match, key: string, params: Record<string, string | number> = {}): void {
  for (const member of m.members.list()) m.send(member, 'notice', { key, params });
}

export function sendRecordToAll(m: Match): void {
  for (const member of m.members.list()) m.send(member, 'record', recordFor(m, member.seat));
}
