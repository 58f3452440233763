// The single exit of a match. `flush()` runs the projection (projection.ts) after each
// accepted change: the synced state is written into the schema where it differs, and
// each connected member is sent the pieces of its seat's outputs that differ from what
// it last got. A piece that several seats see alike (a team's draft, the spectators'
// view, a public chat line) is encoded once and the same bytes go to each of them.
// Events (chat, proposals, resolutions, notices) leave through here too, each to the
// members whose seat may see it.
import type { Role, StateView } from '../../shared/index.ts';
import { seesRoleSecrets } from '../../shared/index.ts';
import type { Memos } from '../../shared/protocol/index.ts';
import type { ChatMessage, CheckResults, Draft, Proposal, ServerMessage, ServerMessageType, StudentActivity, SyncedPlayer, TeacherConsole, TurnRecord } from '../../shared/protocol/index.ts';
import { channelAudience, resolutionFor, seatView, seesProposal } from './audience.ts';
import type { Member } from './members.ts';
import type { MatchModel } from './model.ts';
import type { SeatKey } from './projection.ts';
import { checkFor, checkResultsFor, consoleFor, draftFor, memosFor, inCharge, listingOf, recordFor, revealAll, seatKey, seatLogs, syncedOf, syncedPlayers, welcomeFor } from './projection.ts';
import type { Encoded, RoomPort, Timer } from './port.ts';
import type { MatchState } from './schema.ts';
import { writeSynced } from './schema.ts';

/**
 * The console's participation table is refreshed at most this often when only its counts
 * changed (every chat line and draft edit counts), and then only its changed rows go out
 * (`participation`): a class of twenty would otherwise send the teacher the whole table
 * with every message. Who is in it shows at once, in a whole console.
 */
export const PARTICIPATION_MS = 1_000;

/**
 * Counts that are due go out with the class's next projection or chat line, in the same
 * socket write as what that sends the teacher; in a quiet class, a timer sends them this
 * long after the last refresh at the latest (a frame of its own, a system call each).
 */
export const PARTICIPATION_LATEST_MS = 2_000;

/**
 * What the console was made from, compared part by part: `rest` is the console's JSON
 * without its table and check results, `checks` the results as last made (a new object only
 * when they changed), `who` the class list. One joined string would be copied whole (check
 * results and all) at every comparison: on every projection, in every class.
 */
interface ConsoleKey {
  rest: string;
  checks: object | undefined;
  who: string;
}

/** The console as a projection makes it once for the teachers it reaches, and its key. */
interface ConsolePiece {
  payload: TeacherConsole;
  key: ConsoleKey;
}

const sameConsole = (a: ConsoleKey | undefined, b: ConsoleKey): boolean => a !== undefined && a.rest === b.rest && a.checks === b.checks && a.who === b.who;

/** What a member was last sent of each derived output. */
interface Sent {
  seat: SeatKey;
  /** What the welcome was made from (code, matchId, kind of match and projector never change). */
  welcome?: { nickname: string; seatToken: string; host: boolean; inCharge: boolean };
  /** What the member's own check was last made from: the answers (a new list with each answer), phase, week, options and seed. */
  checkFrom?: { answers: readonly unknown[]; phase: string; turn: number; options: object; seed: number };
  view?: StateView;
  drafts: Map<Role, string>;
  console?: ConsoleKey;
  /** The participation rows the teacher holds (by playerId), and the table they came from. */
  rows?: Map<string, StudentActivity>;
  tableAt?: number;
  check: string;
  memos: string;
}

export class Outbox {
  private sent = new WeakMap<Member, Sent>();
  /** Views by seat, for the engine state and lobby-ness they were made from. */
  private views = new Map<SeatKey, StateView>();
  private viewsOf?: { engine: object; lobby: boolean };
  /** Each role's draft payload, its JSON and the draft version it was made from. */
  private drafts = new Map<Role, { version: number; turn: number; budget: number; payload: Draft; json: string }>();
  private encoded = new WeakMap<object, Encoded>();
  private listing = '';
  /** The participation table as the console last showed it, and what it was made from. */
  private table?: { rows: StudentActivity[]; version: number; who: string; at: number };
  private tableTimer?: Timer;
  private classOf?: { players: readonly SyncedPlayer[]; who: string };
  private checks?: { answers: readonly unknown[]; who: string; options: object; seed: number; results: { payload: CheckResults; json: string } | undefined };

  constructor(
    private port: RoomPort,
    private state: MatchState,
    private createdAt: () => number,
  ) {}

  /** The member gets its whole snapshot at the next flush (joined, came back, asked with `sync`). */
  resync(member: Member): void {
    this.sent.delete(member);
  }

  /** Run the projection and send what changed. */
  flush(m: MatchModel): void {
    const synced = syncedOf(m);
    const syncedChanged = writeSynced(this.state, synced);
    const lobby = m.phase === 'lobby';
    if (this.viewsOf?.engine !== m.engine || this.viewsOf.lobby !== lobby) {
      this.views.clear();
      this.viewsOf = { engine: m.engine, lobby };
    }
    let consolePiece: ConsolePiece | undefined;
    const memoCache = new Map<SeatKey, { payload: Memos; json: string } | null>();
    const seated = m.seatedRoles();
    for (const member of m.members.list()) {
      if (!member.connected) continue;
      const key = seatKey(member.seat);
      let sent = this.sent.get(member);
      const fresh = !sent || sent.seat !== key;
      if (fresh) {
        sent = { seat: key, drafts: new Map(), check: '', memos: '' };
        this.sent.set(member, sent);
      }
      const s = sent!;
      // Field by field, not as one string: this runs for every member on every projection.
      const w = s.welcome;
      const host = member.playerId === m.hostId;
      const runs = inCharge(m, member);
      if (!w || w.nickname !== member.nickname || w.seatToken !== member.seatToken || w.host !== host || w.inCharge !== runs) {
        s.welcome = { nickname: member.nickname, seatToken: member.seatToken, host, inCharge: runs };
        this.port.send(member.sessionId, 'welcome', welcomeFor(m, member));
      }
      if (member.seat.kind === 'teacher') consolePiece = this.toTeacher(m, member, s, consolePiece);
      // A student's own check is theirs alone: never shared, never cached by seat; made again only when
      // an answer came in, or the phase, week or options moved.
      const answers = m.checks.all();
      const from = s.checkFrom;
      if (from?.answers !== answers || from.phase !== m.phase || from.turn !== m.engine.turn || from.options !== m.options || from.seed !== m.seed) {
        s.checkFrom = { answers, phase: m.phase, turn: m.engine.turn, options: m.options, seed: m.seed };
        const check = checkFor(m, member);
        const checkJson = check ? JSON.stringify(check) : '';
        if (check && checkJson !== s.check) this.port.send(member.sessionId, 'check', check);
        s.check = checkJson;
      }
      // The memos: the same payload for every seat of a kind, encoded once per flush.
      const memos = this.memosFor(m, key, member, memoCache);
      if (memos && memos.json !== s.memos) this.sendShared(member, 'memos', memos.payload, () => memos.payload);
      s.memos = memos?.json ?? '';
      const view = this.viewFor(m, key, member);
      if (view !== s.view) {
        s.view = view;
        this.sendShared(member, 'view', view, () => ({ state: view }));
      }
      for (const role of seated) {
        if (!seesRoleSecrets(member.seat, role)) continue;
        const d = this.draft(m, role);
        if (s.drafts.get(role) === d.json) continue;
        s.drafts.set(role, d.json);
        this.sendShared(member, 'draft', d.payload, () => d.payload);
      }
      if (fresh) {
        const logs = seatLogs(m, member.seat);
        this.port.send(member.sessionId, 'chat.history', { messages: logs.chat });
        this.port.send(member.sessionId, 'proposals', { proposals: logs.proposals });
        this.port.send(member.sessionId, 'history', { resolutions: logs.history });
        if (logs.record) this.port.send(member.sessionId, 'record', logs.record);
      }
    }
    // The listing is a part of the synced state.
    if (!syncedChanged) return;
    const listing = listingOf(synced, this.createdAt());
    const listingJson = JSON.stringify(listing);
    if (listingJson !== this.listing) {
      this.listing = listingJson;
      this.port.listingChanged(listing);
    }
  }

  /**
   * The teacher's part of the projection: the console when it changed, otherwise the
   * participation rows whose counts moved since the table last went out.
   */
  private toTeacher(m: MatchModel, member: Member, s: Sent, piece: ConsolePiece | undefined): ConsolePiece {
    piece ??= this.console(m);
    const table = this.table;
    if (!sameConsole(s.console, piece.key)) {
      s.console = piece.key;
      s.rows = new Map(table?.rows.map((r) => [r.playerId, r]));
      s.tableAt = table?.at;
      this.port.send(member.sessionId, 'console', piece.payload);
    } else if (table && s.tableAt !== table.at) {
      // Only the counts moved: the rows that changed, not the whole table again.
      s.tableAt = table.at;
      // A row that changed is a new object (participation.ts keeps the others).
      const rows = table.rows.filter((r) => s.rows?.get(r.playerId) !== r);
      for (const r of rows) s.rows?.set(r.playerId, r);
      if (rows.length) this.port.send(member.sessionId, 'participation', { rows });
    }
    return piece;
  }

  /**
   * The table's counts are due (a chat line, or the timer): only the teacher's part runs.
   * Any other change has queued a projection of its own; a teacher not sent anything yet
   * gets the whole console from that one.
   */
  private flushTable(m: MatchModel): void {
    const teacher = m.members.teacher();
    const s = teacher?.connected ? this.sent.get(teacher) : undefined;
    if (teacher && s?.seat === seatKey(teacher.seat)) this.toTeacher(m, teacher, s, undefined);
  }

  // ---- Events ------------------------------------------------------------------------

  chat(m: MatchModel, msg: ChatMessage): void {
    const sees = channelAudience(msg.channel, revealAll(m));
    this.toEach(m, (member) => sees(member.seat), 'chat', msg);
  }

  proposal(m: MatchModel, p: Proposal): void {
    const all = revealAll(m);
    const payload = { proposal: p };
    this.toEach(m, (member) => seesProposal(member.seat, p, all), 'proposal', payload);
  }

  notice(m: MatchModel, key: string, params: Record<string, string | number> = {}, to?: (member: Member) => boolean): void {
    this.toEach(m, to ?? (() => true), 'notice', { key, params });
  }

  /** A notice to everyone connected, ahead of anything held back (the records cannot write). */
  noticeNow(m: MatchModel, key: string): void {
    for (const member of m.members.list()) if (member.connected) this.port.sendNow(member.sessionId, 'notice', { key, params: {} });
  }

  /** A week's resolution, as each seat may see it: one payload (and one encoding) per kind of seat. */
  resolution(m: MatchModel, week: TurnRecord, ended: boolean): void {
    const bySeat = new Map<SeatKey, ServerMessage<'resolution'>>();
    for (const member of m.members.list()) {
      if (!member.connected) continue;
      const key = seatKey(member.seat);
      let payload = bySeat.get(key);
      if (!payload) bySeat.set(key, (payload = resolutionFor(member.seat, week, ended)));
      this.sendShared(member, 'resolution', payload, () => payload);
    }
  }

  /** The record at the end, to everyone, as each seat may read it. */
  record(m: MatchModel): void {
    const bySeat = new Map<SeatKey, ServerMessage<'record'>>();
    for (const member of m.members.list()) {
      if (!member.connected) continue;
      const key = seatKey(member.seat);
      let payload = bySeat.get(key);
      if (!payload) bySeat.set(key, (payload = recordFor(m, member.seat)));
      this.sendShared(member, 'record', payload, () => payload);
    }
  }

  /** One member, one message (ok, error, a notice meant for that member alone). */
  send<T extends ServerMessageType>(member: Member, type: T, payload: ServerMessage<T>): void {
    if (member.connected) this.port.send(member.sessionId, type, payload);
  }

  // ---- Shared pieces -------------------------------------------------------------------

  private viewFor(m: MatchModel, key: SeatKey, member: Member): StateView {
    let view = this.views.get(key);
    if (!view) this.views.set(key, (view = seatView(m.engine, member.seat, m.phase)));
    return view;
  }

  /** The console, and its key: everything but the participation counts (they follow as rows), so a count alone resends no console. */
  private console(m: MatchModel): ConsolePiece {
    const who = this.classList(m);
    const rows = m.options.classroom ? this.participation(m, who) : [];
    const checks = this.checkResults(m, who);
    const payload = consoleFor(m, rows, checks?.payload);
    const { participation: _table, checks: _checks, ...rest } = payload;
    // The table's counts are not part of the key: they follow as `participation` rows.
    return { payload, key: { rest: JSON.stringify(rest), checks, who } };
  }

  /**
   * Who is in the class (each player's id, nickname and team) as one string, made again only
   * when the synced list of players is a new one (syncedPlayers keeps it while no player
   * changed); a player who connected or dropped out leaves the string as it was.
   */
  private classList(m: MatchModel): string {
    const players = syncedPlayers(m);
    const c = this.classOf;
    if (c?.players === players) return c.who;
    const who = players.map((p) => `${p.id}\u0000${p.nickname}\u0000${p.role}`).join('\u0001');
    this.classOf = { players, who };
    return who;
  }

  /** The class's check results, made again only when an answer came in or who is in the class changed. */
  private checkResults(m: MatchModel, who: string) {
    const answers = m.checks.all();
    const c = this.checks;
    if (c && c.answers === answers && c.who === who && c.options === m.options && c.seed === m.seed) return c.results;
    const payload = checkResultsFor(m);
    const json = payload ? JSON.stringify(payload) : undefined;
    // The same results as before are the same object: the console's key compares them by identity.
    const results = json === c?.results?.json ? c?.results : payload && { payload, json: json! };
    this.checks = { answers, who, options: m.options, seed: m.seed, results };
    return results;
  }

  /**
   * The participation table: made again at once when who is in it changed, otherwise at
   * most every PARTICIPATION_MS; counts that changed meanwhile follow on a timer.
   */
  private participation(m: MatchModel, who: string): StudentActivity[] {
    const version = m.participationVersion;
    const now = this.port.now();
    const t = this.table;
    if (t && t.who === who && t.version === version) return t.rows;
    if (!t || t.who !== who || now - t.at >= PARTICIPATION_MS) {
      const rows = m.participation();
      this.table = { rows, version, who, at: now };
      this.tableTimer?.clear();
      this.tableTimer = undefined;
      return rows;
    }
    this.refreshTableLater(m, t.at);
    return t.rows;
  }

  /**
   * Only the participation counts moved (a chat line): nothing else any seat holds changed.
   * The teacher's part of the projection runs now if the table is due; otherwise its counts
   * follow when it is (see PARTICIPATION_LATEST_MS). With no teacher connected nothing is
   * sent (a teacher who comes back gets the whole console).
   */
  countsChanged(m: MatchModel): void {
    if (!m.options.classroom || !m.members.teacher()?.connected) return;
    const t = this.table;
    if (!t || this.port.now() - t.at >= PARTICIPATION_MS) return this.flushTable(m);
    this.refreshTableLater(m, t.at);
  }

  private refreshTableLater(m: MatchModel, madeAt: number): void {
    this.tableTimer ??= this.port.later(madeAt + PARTICIPATION_LATEST_MS - this.port.now(), () => {
      this.tableTimer = undefined;
      this.flushTable(m);
    });
  }

  private memosFor(m: MatchModel, key: SeatKey, member: Member, cache: Map<SeatKey, { payload: Memos; json: string } | null>) {
    if (!cache.has(key)) {
      const payload = memosFor(m, member.seat);
      cache.set(key, payload ? { payload, json: JSON.stringify(payload) } : null);
    }
    return cache.get(key) ?? undefined;
  }

  private draft(m: MatchModel, role: Role) {
    const version = m.drafts.version(role);
    const turn = m.engine.turn;
    const budget = m.engine.settings.apPerTurn;
    let d = this.drafts.get(role);
    if (!d || d.version !== version || d.turn !== turn || d.budget !== budget) {
      const payload = draftFor(m, role);
      d = { version, turn, budget, payload, json: JSON.stringify(payload) };
      this.drafts.set(role, d);
    }
    return d;
  }

  /** `key` identifies the payload: every member sent the same key gets the same bytes. */
  private sendShared<T extends ServerMessageType>(member: Member, type: T, key: object, payload: () => ServerMessage<T>): void {
    let bytes = this.encoded.get(key);
    if (!bytes) this.encoded.set(key, (bytes = this.port.encode(type, payload())));
    this.port.sendEncoded(member.sessionId, bytes);
  }

  /** An event to every connected member who sees it: encoded once, and handed over as one send (a chat line reaches a team and the teacher). */
  private toEach<T extends ServerMessageType>(m: MatchModel, sees: (member: Member) => boolean, type: T, payload: ServerMessage<T>): void {
    const to: string[] = [];
    for (const member of m.members.list()) if (member.connected && sees(member)) to.push(member.sessionId);
    if (to.length) this.port.sendEncodedTo(to, this.port.encode(type, payload));
  }
}

/** Does the seat see a role's secrets? Re-exported for the handlers that address one team. */
export const seesTeam = (member: Member, role: Role): boolean => seesRoleSecrets(member.seat, role);
