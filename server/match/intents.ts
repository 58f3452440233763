// What players ask for, one handler per client message type. Each handler checks
// everything first and throws a Refusal before changing anything.
import type { Role } from '../../shared/index.ts';
import type { ClientMessage, ClientMessageType, Proposal } from '../../shared/protocol/index.ts';
import { mayMarkReady } from '../../shared/protocol/index.ts';
import { BOT_MEMBER } from './botSeats.ts';
import { channelFor, checkChatRate } from './chat.ts';
import { runControl } from './controls.ts';
import type { Match } from './Match.ts';
import type { Member } from './members.ts';
import { roleOf } from './members.ts';
import { menuFor } from './projection.ts';
import { Refusal } from './refusal.ts';
import { reseat } from './seating.ts';
import type { StudentDraftChange } from '../records/types.ts';

type Handler<T extends ClientMessageType> = (m: Match, member: Member, msg: ClientMessage<T>) => void;

/** The sender's role; the dispatcher has already refused spectators for player-only messages. */
const roleOfSender = (member: Member): Role => {
  const role = roleOf(member);
  if (!role) throw new Refusal('notAllowed', { seat: member.seat.kind, why: 'only players seated in a role may do this' });
  return role;
};

/** The draft changed: the team is no longer ready; recorded, and projected to every seat that sees it. */
function draftChanged(m: Match, role: Role, by: string, student?: StudentDraftChange): void {
  m.drafts.setReady(role, false);
  m.draftChanged(role, by, student);
}

/** A student's edit, adding `ordersAdded` new orders to the draft. */
const edit = (member: Member, ordersAdded: number): StudentDraftChange => ({ playerId: member.playerId, kind: 'edit', ordersAdded });

function refusedOrder(v: { code: string; reason: { key: string; params?: Record<string, string | number> } }): Refusal {
  return new Refusal('orderRefused', { reason: v.code }, v.reason);
}

/** Both sides' orders go into both drafts, or nothing changes. */
export function acceptProposal(m: Match, p: Proposal, by: { playerId: string; nickname: string }): void {
  const ours = m.drafts.fit(m.engine, p.from, p.give);
  if (!ours.ok) throw new Refusal('proposalDoesNotFit', { id: p.id, side: p.from, reason: ours.verdict.code }, ours.verdict.reason);
  const theirs = m.drafts.fit(m.engine, p.to, p.get);
  if (!theirs.ok) throw new Refusal('proposalDoesNotFit', { id: p.id, side: p.to, reason: theirs.verdict.code }, theirs.verdict.reason);
  m.drafts.append(p.from, ours.added, p.id);
  m.drafts.append(p.to, theirs.added, p.id);
  p.status = 'accepted';
  p.decidedBy = { ...by };
  m.log.info('proposal.accepted', { code: m.code, id: p.id, from: p.from, to: p.to });
  const label = `proposal ${p.id}`;
  draftChanged(m, p.from, label);
  draftChanged(m, p.to, label);
  m.proposalChanged(p);
}

function decide(m: Match, p: Proposal, status: 'declined' | 'withdrawn', by: { playerId: string; nickname: string }): void {
  p.status = status;
  p.decidedBy = { ...by };
  m.proposalChanged(p);
}

function pending(p: Proposal): void {
  if (p.status !== 'pending') throw new Refusal('proposalClosed', { id: p.id, status: p.status });
}

export const INTENTS: { [T in ClientMessageType]: Handler<T> } = {
  'seat.choose': (m, member, msg) => reseat(m, member, msg.seat),

  'draft.add': (m, member, msg) => {
    const role = roleOfSender(member);
    const v = m.drafts.add(m.engine, role, msg.order);
    if (!v.ok) throw refusedOrder(v);
    draftChanged(m, role, member.nickname, edit(member, 1));
  },

  'draft.remove': (m, member, msg) => {
    const role = roleOfSender(member);
    if (!m.drafts.remove(role, msg.order)) throw new Refusal('notInDraft');
    draftChanged(m, role, member.nickname, edit(member, 0));
  },

  'draft.set': (m, member, msg) => {
    const role = roleOfSender(member);
    const before = m.drafts.orders(role).map((o) => JSON.stringify(o));
    const v = m.drafts.set(m.engine, role, msg.orders);
    if (!v.ok) throw refusedOrder(v);
    draftChanged(m, role, member.nickname, edit(member, msg.orders.filter((o) => !before.includes(JSON.stringify(o))).length));
  },

  'draft.clear': (m, member) => {
    const role = roleOfSender(member);
    m.drafts.clear(role);
    draftChanged(m, role, member.nickname, edit(member, 0));
  },

  ready: (m, member, msg) => {
    const role = roleOfSender(member);
    if (!mayMarkReady(m.options, m.members.captain(role)?.playerId, member.playerId)) throw new Refusal('notCaptain');
    m.drafts.setReady(role, msg.ready);
    m.draftChanged(role, member.nickname, msg.ready ? { playerId: member.playerId, kind: 'ready' } : undefined);
    m.checkAllReady(true);
  },

  'chat.send': (m, member, msg) => {
    const role = roleOfSender(member);
    const channel = channelFor(role, msg.to, m.seatedRoles());
    checkChatRate(member, m.port.now());
    m.postChat(member, role, channel, msg.text);
    m.activity.said(member.playerId, channel);
    // The teacher's participation counts follow; the chat log keeps this count (no live snapshot needed).
    m.countsChanged();
  },

  'proposal.make': (m, member, msg) => {
    const role = roleOfSender(member);
    if (!m.seatedRoles().includes(msg.to)) throw new Refusal('roleNotSeated', { role: msg.to });
    const p = m.proposals.make(m.engine, role, msg.to, msg.give, msg.get, msg.note, member);
    m.log.info('proposal.made', { code: m.code, id: p.id, from: p.from, to: p.to });
    m.activity.proposed(member.playerId);
    m.changed();
    m.proposalChanged(p);
    if (m.bots.has(p.to)) answerForBot(m, p);
  },

  'proposal.accept': (m, member, msg) => {
    const role = roleOfSender(member);
    const p = m.proposals.concerning(msg.id, role);
    if (p.to !== role) throw new Refusal('notAllowed', { seat: role, why: 'only the role a proposal is addressed to may accept it' });
    pending(p);
    try {
      acceptProposal(m, p, member);
      m.activity.answered(member.playerId);
      // The answer counts in the live snapshot (the drafts it changed are in their log).
      m.changed();
    } catch (err) {
      // The proposing team should know why its deal is stuck.
      if (err instanceof Refusal && err.code === 'proposalDoesNotFit') {
        m.outbox.notice(m, 'notice.proposalDoesNotFit', { id: p.id, side: String(err.params.side) }, (x) => roleOf(x) === p.from);
      }
      throw err;
    }
  },

  'proposal.decline': (m, member, msg) => {
    const role = roleOfSender(member);
    const p = m.proposals.concerning(msg.id, role);
    if (p.to !== role) throw new Refusal('notAllowed', { seat: role, why: 'only the role a proposal is addressed to may decline it' });
    pending(p);
    decide(m, p, 'declined', member);
    m.activity.answered(member.playerId);
    m.changed();
  },

  'proposal.withdraw': (m, member, msg) => {
    const role = roleOfSender(member);
    const p = m.proposals.concerning(msg.id, role);
    if (p.from !== role) throw new Refusal('notAllowed', { seat: role, why: 'only the proposing role may withdraw a proposal' });
    pending(p);
    decide(m, p, 'withdrawn', member);
  },

  'check.answer': (m, member, msg) => {
    m.answerCheck(member, msg.stage, msg.question, msg.choice);
  },

  'memo.write': (m, member, msg) => m.writeMemo(member, roleOfSender(member), msg.text),

  control: (m, member, msg) => runControl(m, member, msg.command, msg.params ?? {}),

  // A player asks for its own role's menu; the teacher names any seated role.
  menu: (m, member, msg) => {
    const own = roleOf(member);
    const role = member.seat.kind === 'teacher' ? msg.role : own;
    if (!role) throw new Refusal('notAllowed', { seat: member.seat.kind, why: member.seat.kind === 'teacher' ? 'name the role whose menu you want' : 'only players seated in a role (and the teacher) have a menu' });
    if (own && msg.role !== undefined && msg.role !== own) throw new Refusal('notAllowed', { seat: own, why: "a player may ask only for its own role's menu" });
    if (!m.seatedRoles().includes(role)) throw new Refusal('roleNotSeated', { role });
    m.outbox.send(member, 'menu', menuFor(m, role));
  },

  sync: (m, member) => m.resync(member),
};

/**
 * A bot answers: yes if it wants the deal (a one-step bot by its rule, at once; the expert
 * after weighing it, a little later) and it still fits both drafts, else no. A proposal
 * withdrawn or lapsed meanwhile is left as it is.
 */
function answerForBot(m: Match, p: Proposal): void {
  m.bots.answer(p, (yes) => {
    if (p.status !== 'pending' || m.phase !== 'planning' || p.turn !== m.engine.turn || !m.bots.has(p.to)) return;
    if (yes) {
      try {
        acceptProposal(m, p, BOT_MEMBER);
        return;
      } catch (err) {
        if (!(err instanceof Refusal)) throw err;
      }
    }
    decide(m, p, 'declined', BOT_MEMBER);
  });
}
