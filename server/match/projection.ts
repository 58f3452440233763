// The one projection of a match: everything the server sends that is derived from the
// match's data, as plain values. `syncedOf` is the synced state (the same for everyone);
// `seatOutputs` is what one member's seat may hold of the rest (welcome, view, drafts,
// console). After each accepted change the outbox (outbox.ts) runs both and sends each
// member only what differs from what it last got. What happens once (chat, proposals,
// resolutions, notices) is an event, filtered by the same visibility rules (audience.ts).
//
// "What does seat X receive after change Y?": seatOutputs(match, X) before and after Y.
import type { GameState, Role, StateView, Text } from '../../shared/index.ts';
import { actionMenu, ROLES, seesRoleSecrets } from '../../shared/index.ts';
import type { CheckResults, Draft, Listing, MatchOptions, MatchRecordMessage, Memos, Menu, MyCheck, Resolution, StudentActivity, Synced, SyncedOptions, SyncedPlayer, TeacherConsole, TurnRecord, Welcome } from '../../shared/protocol/index.ts';
import { scoreOf, tallyChecks } from '../../shared/check/index.ts';
import { dueCheck } from './checks.ts';
import { discussionPrompts } from '../../shared/debrief/prompts.ts';
import type { PlayedTurn } from '../../shared/debrief/prompts.ts';
import { controlsFor } from '../../shared/protocol/index.ts';
import type { Seat } from '../../shared/index.ts';
import { resolutionFor, seatView, seesProposal, visibleChat } from './audience.ts';
import type { Member } from './members.ts';
import { roleOf } from './members.ts';
import type { MatchModel } from './model.ts';

/** Seats that see exactly the same things share a key (and so their encoded outputs): a team, all spectators, the teacher. */
export type SeatKey = 'spectator' | 'teacher' | `role:${Role}`;
const ROLE_KEYS = Object.fromEntries(ROLES.map((r) => [r, `role:${r}`])) as Record<Role, SeatKey>;
/** (Made once per role: the outbox asks for every member on every projection.) */
export const seatKey = (seat: Seat): SeatKey => (seat.kind === 'role' ? ROLE_KEYS[seat.role] : seat.kind);

/** Whether the member runs the match: the teacher of a classroom session, the host of any other. */
export const inCharge = (m: MatchModel, member: Member): boolean => (m.options.classroom ? member.seat.kind === 'teacher' : member.playerId === m.hostId);

// ---- The synced state ------------------------------------------------------------------

/** The options everyone may know, one value per match options (writeSynced skips them while it is the same). */
const syncedOptionsOf = new WeakMap<MatchOptions, SyncedOptions>();
function syncedOptions(options: MatchOptions): SyncedOptions {
  let out = syncedOptionsOf.get(options);
  if (!out) {
    const { seed: _seed, classroom, ...rest } = options;
    syncedOptionsOf.set(options, (out = { ...rest, classroom: classroom ?? false }));
  }
  return out;
}

/** The players as the synced list last showed them, and the members they came from. */
const playersOf = new WeakMap<object, { from: readonly Member[]; players: SyncedPlayer[] }>();

/**
 * The synced list of players. The projection runs after every change, and most changes (a
 * chat line, a draft edit) leave it alone: then the same list, with the same items, is
 * returned, checked member by member without allocating. The console's class list reads it
 * too. A new list, never one changed in place, when a player joined, left, moved, was
 * renamed, or connected or dropped out.
 */
export function syncedPlayers(m: MatchModel): SyncedPlayer[] {
  const last = playersOf.get(m.members);
  if (last && samePlayers(last, m.members.list())) return last.players;
  const from = m.members.players();
  const players = from.map((p) => ({ id: p.playerId, nickname: p.nickname, role: roleOf(p) ?? '', connected: p.connected }));
  playersOf.set(m.members, { from, players });
  return players;
}

function samePlayers(last: { from: readonly Member[]; players: SyncedPlayer[] }, members: readonly Member[]): boolean {
  let i = 0;
  for (const member of members) {
    if (member.seat.kind !== 'role') continue;
    const was = last.players[i];
    if (last.from[i++] !== member || was?.nickname !== member.nickname || was.role !== member.seat.role || was.connected !== member.connected) return false;
  }
  return i === last.players.length;
}

export function syncedOf(m: MatchModel): Synced {
  const { members } = m;
  const host = members.byId(m.hostId);
  return {
    code: m.code,
    phase: m.phase,
    turn: m.engine.turn,
    deadline: m.clockState.deadline,
    paused: m.clockState.paused,
    remaining: m.clockState.remaining,
    host: host?.playerId ?? '',
    hostName: host?.nickname ?? '',
    options: syncedOptions(m.options),
    seats: m.seatedRoles().map((role) => {
      const bot = m.botHolds(role);
      const team = members.team(role);
      return {
        role,
        ready: bot ? !m.botThinking(role) : m.drafts.isReady(role),
        bot,
        players: team.players.length,
        connected: team.connected.length,
        captain: team.captain?.playerId ?? '',
      };
    }),
    players: syncedPlayers(m),
    spectatorCount: members.connectedSpectators().length,
    projectorCount: members.connectedProjectors().length,
    locked: m.locked,
  };
}

/**
 * The match as the lobby lists it (Colyseus listing metadata and GET /api/matches): a part
 * of the synced state, so it can change only when that does.
 */
export function listingOf(synced: Synced, createdAt: number): Listing {
  const roles = synced.seats.map((s) => ({ role: s.role, players: s.players, bot: s.bot }));
  return {
    code: synced.code,
    title: synced.options.title,
    phase: synced.phase as Listing['phase'],
    turn: synced.turn,
    turns: synced.options.turns,
    freeRoles: roles.filter((r) => r.players === 0).map((r) => r.role),
    roles,
    players: synced.players.length,
    spectators: synced.spectatorCount,
    classroom: synced.options.classroom,
    locked: synced.locked,
    host: synced.hostName,
    mediator: synced.options.mediator,
    planningSeconds: synced.options.planningSeconds,
    createdAt,
  };
}

// ---- Per seat ----------------------------------------------------------------------------

export function welcomeFor(m: MatchModel, member: Member): Welcome {
  const teacher = member.seat.kind === 'teacher';
  return {
    code: m.code,
    matchId: m.matchId,
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

/** The teacher's console; `participation` is the table as last refreshed (outbox.ts coalesces its updates). */
export function consoleFor(m: MatchModel, participation: StudentActivity[] = m.participation(), checks: CheckResults | undefined = checkResultsFor(m)): TeacherConsole {
  return {
    ...(m.pendingEvent ? { pendingEvent: m.pendingEvent } : {}),
    watchers: m.members.watchers().map((w) => ({ playerId: w.playerId, nickname: w.nickname, connected: w.connected, projector: w.projector })),
    ...(checks ? { checks } : {}),
    ...(m.options.classroom && m.phase === 'ended' ? { memosRevealed: m.memos.revealed } : {}),
    ...(m.options.classroom ? { participation } : {}),
  };
}

/** The debrief prompts of a match's final state, worked out once per state. */
const promptsOf = new WeakMap<object, Text[]>();
function memoPrompts(m: MatchModel): Text[] {
  let p = promptsOf.get(m.engine);
  if (!p) promptsOf.set(m.engine, (p = discussionPrompts(m.turns as unknown as PlayedTurn[], m.engine)));
  return p;
}

/**
 * The team memos a seat may read, once a class session has ended: a team its own, the
 * teacher every team's, and everyone every team's once the teacher revealed them.
 */
export function memosFor(m: MatchModel, seat: Seat): Memos | undefined {
  if (!m.options.classroom || m.phase !== 'ended') return undefined;
  const roles = m.seatedRoles().filter((r) => m.members.ofRole(r).length > 0 || m.memos.of(r).version > 0);
  const readable = roles.filter((r) => m.memos.revealed || seesRoleSecrets(seat, r));
  if (!readable.length && seat.kind !== 'teacher' && !m.memos.revealed) return undefined;
  return { memos: readable.map((r) => m.memos.of(r)), revealed: m.memos.revealed, prompts: memoPrompts(m) };
}

/** A student's own knowledge check, when one is due: the questions and their own answers, nobody else's. */
export function checkFor(m: MatchModel, member: Member): MyCheck | undefined {
  if (member.seat.kind !== 'role') return undefined;
  const due = dueCheck({ knowledgeCheck: m.options.knowledgeCheck, phase: m.phase, turn: m.engine.turn });
  if (!due) return undefined;
  return { stage: due.stage, questions: [...m.checks.drawn(m.seed)[due.stage]], answers: m.checks.of(member.playerId, due.stage), open: due.open };
}

/** The teacher's live results: each student's score in each check, and the class's tally per question and concept. */
export function checkResultsFor(m: MatchModel): CheckResults | undefined {
  if (!m.options.knowledgeCheck) return undefined;
  const drawn = m.checks.drawn(m.seed);
  const players = m.members.players();
  const here = new Set(players.map((p) => p.playerId));
  return {
    questions: { before: [...drawn.before], after: [...drawn.after] },
    students: players.map((p) => ({
      playerId: p.playerId,
      nickname: p.nickname,
      before: scoreOf(m.checks.of(p.playerId, 'before'), drawn.before),
      after: scoreOf(m.checks.of(p.playerId, 'after'), drawn.after),
    })),
    // Students removed from the session no longer count.
    tally: tallyChecks(drawn, m.checks.all().filter((a) => here.has(a.playerId))),
  };
}

export function draftFor(m: MatchModel, role: Role): Draft {
  const editedBy = m.drafts.editedBy(role);
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

/**
 * The orders a role may draft now, as its own team sees the match: the engine's action menu
 * judged on the role's view (never the full state, so that no reason can tell a secret)
 * against the team's draft. Sent only to the role's team and the teacher, on request.
 */
export function menuFor(m: MatchModel, role: Role): Menu {
  // The rules read the view as they read a state (as the browser's action cards do): what the role may not see is absent from it.
  const view = seatView(m.engine, { kind: 'role', role }, m.phase) as unknown as GameState;
  const drafted = m.drafts.list(role).map((e) => e.order);
  return {
    role,
    turn: m.engine.turn,
    spent: m.drafts.spent(role),
    budget: m.engine.settings.apPerTurn,
    actions: actionMenu(view, role, drafted).map((entry) => ({
      action: entry.action,
      cost: entry.cost,
      choices: entry.choices.map(({ order, verdict }) => (verdict.ok ? { order, ok: true } : { order, ok: false, code: verdict.code, reason: verdict.reason })),
    })),
  };
}

/** The roles whose draft a seat holds: its own team's, or every team's for the teacher. */
export const draftRolesFor = (m: MatchModel, seat: Seat): Role[] => m.seatedRoles().filter((r) => seesRoleSecrets(seat, r));

/** Everything a member holds that follows from the match's data (as opposed to events). */
export interface SeatOutputs {
  welcome: Welcome;
  view: StateView;
  drafts: Draft[];
  /** The teacher's only. */
  console?: TeacherConsole;
  /** A student's own knowledge check. */
  check?: MyCheck;
  /** The team memos this seat may read (after the end of a class session). */
  memos?: Memos;
}

/**
 * What one member may hold now. The outbox computes the same thing piece by piece, with
 * the pieces shared by seats that see the same (see outbox.ts); this is its definition,
 * and what the leak tests check.
 */
export function seatOutputs(m: MatchModel, member: Member): SeatOutputs {
  return {
    welcome: welcomeFor(m, member),
    view: seatView(m.engine, member.seat, m.phase),
    drafts: draftRolesFor(m, member.seat).map((r) => draftFor(m, r)),
    ...(member.seat.kind === 'teacher' ? { console: consoleFor(m) } : {}),
    ...(checkFor(m, member) ? { check: checkFor(m, member) } : {}),
    ...(memosFor(m, member.seat) ? { memos: memosFor(m, member.seat) } : {}),
  };
}

// ---- Logs a seat reads on joining -------------------------------------------------------

export function recordFor(m: MatchModel, seat: Seat): MatchRecordMessage {
  const reveal = m.options.revealPrivate;
  return {
    code: m.code,
    matchId: m.matchId,
    endedEarly: m.endedEarly,
    seed: m.seed,
    outcome: m.engine.outcome,
    objectives: { ...m.engine.objectives },
    turns: [...m.turns],
    privateRevealed: reveal,
    chat: visibleChat(seat, m.chatLog(), reveal),
    proposals: m.proposalLog().filter((p) => seesProposal(seat, p, reveal)),
  };
}

/** After the end, and if the host chose it, private channels and proposals are open to all. */
export const revealAll = (m: MatchModel): boolean => m.phase === 'ended' && m.options.revealPrivate;

/** The logs a member gets with its seat's outputs on (re)joining or changing seat. */
export function seatLogs(m: MatchModel, seat: Seat) {
  const ended = m.phase === 'ended';
  return {
    chat: visibleChat(seat, m.chatLog(), revealAll(m)),
    proposals: m.proposalLog().filter((p) => seesProposal(seat, p, revealAll(m))),
    history: m.turns.map((t: TurnRecord): Resolution => resolutionFor(seat, t, ended)),
    ...(ended ? { record: recordFor(m, seat) } : {}),
  };
}
