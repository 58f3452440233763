// One match as data: the engine's state and everything the server adds around it
// (members, drafts, chat, proposals, bots, phase, clock). Its fields are private and
// change only through the named methods below (intents and controls call them, clock
// and bot timers call them); `snapshot()` and `restore()` sit side by side. What any
// member is sent follows from this data through one projection (projection.ts), run by
// the outbox after each change; only events (chat, proposals, resolutions, notices)
// are sent as they happen. Transport-free: it talks to its room through a RoomPort.
import type { GameState, MatchSettings, Order, Role } from '../../shared/index.ts';
import { createMatch, endEarly, seatedRoles } from '../../shared/index.ts';
import { phaseSeconds } from '../../shared/protocol/index.ts';
import type { ChannelId, ChatMessage, MatchOptions, MatchPhase, Proposal, TurnRecord } from '../../shared/protocol/index.ts';
import type { Logger } from '../log.ts';
import { metrics } from '../metrics.ts';
import type { CheckAnswer, CheckStage } from '../../shared/check/index.ts';
import type { LiveSnapshot, MatchLog, StoredMatch, StudentDraftChange } from '../records/types.ts';
import { BOT_MEMBER, BotSeats } from './botSeats.ts';
import { ChatLog } from './chat.ts';
import { KnowledgeChecks } from './checks.ts';
import { TeamMemos } from './memos.ts';
import { Participation } from './participation.ts';
import { buildLater } from './laterViews.ts';
import type { StudentActivity } from '../../shared/protocol/index.ts';
import { TeamDrafts } from './drafts.ts';
import type { Member } from './members.ts';
import { Members } from './members.ts';
import type { MatchModel } from './model.ts';
import { Outbox } from './outbox.ts';
import type { ClockPort } from './phaseClock.ts';
import { PhaseClock } from './phaseClock.ts';
import type { RoomPort } from './port.ts';
import type { Thinker } from './botSearch.ts';
import { Proposals } from './proposals.ts';
import { Refusal } from './refusal.ts';
import type { WeekResult } from './resolution.ts';
import { playWeek } from './resolution.ts';
import type { MatchState } from './schema.ts';

export interface MatchInit {
  code: string;
  options: MatchOptions;
  seed: number;
}

const IN_GAME: readonly MatchPhase[] = ['briefing', 'planning', 'resolution'];

/** A planning phase comes back with at least this long after a crash, so that players have time to reconnect. */
export const RESTORED_PLANNING_MIN_MS = 60_000;

export const engineSettings = (o: MatchOptions, seed: number): Partial<MatchSettings> => ({ turns: o.turns, apPerTurn: o.apPerTurn, mediator: o.mediator, seed, mode: 'standard' });

export class Match implements MatchModel {
  readonly code: string;
  readonly members = new Members();
  readonly drafts = new TeamDrafts();
  readonly chat = new ChatLog();
  readonly proposals = new Proposals();
  /** The knowledge check's answers (classroom sessions with the option). */
  readonly checks = new KnowledgeChecks();
  /** The teams' memos, written after the end of a class session. */
  readonly memos = new TeamMemos();
  /** What each student did (counted for the teacher: activity, not quality). */
  readonly activity = new Participation();
  readonly clock: PhaseClock;
  readonly bots: BotSeats;
  readonly outbox: Outbox;
  /**
   * The room clock's timers, each followed by the projection: a change made by a timer is in
   * the synced state before the patch that the same clock tick sends.
   */
  readonly timers: ClockPort;
  /** Where the bots' searches run (botThreads.ts). */
  readonly think: Thinker;
  /** Every resolved week, in full; what a seat sees of it is filtered on the way out. */
  private readonly weeks: TurnRecord[] = [];
  #options: MatchOptions;
  #seed: number;
  #engine: GameState;
  #phase: MatchPhase = 'lobby';
  #hostId = '';
  /** The creator's token hash is in the records (the first member to join is the creator). */
  #creatorRecorded = false;
  /** The server is going down: the match is saved as it stands and must not change any more. */
  #suspended = false;
  /** Nobody new may join; members with a seat token (and the teacher) still may. */
  #locked = false;
  /** The event card the teacher queued for the next resolution (secret until it plays). */
  #pendingEvent?: string;
  /** The teacher ended the match before its last week. */
  #endedEarly = false;
  private readyCheckQueued = false;
  private liveDirty = false;
  private projectQueued = false;
  private seated?: { settings: object; roles: readonly Role[] };
  /** The queued projection waits for the next turn of the event loop (projectNextTurn): a timer's change does not run it early. */
  private projectWaits = false;

  constructor(
    readonly port: RoomPort,
    state: MatchState,
    readonly log: Logger,
    readonly record: MatchLog,
    init: MatchInit,
    createdAt: number,
  ) {
    this.code = init.code;
    this.#options = init.options;
    this.#seed = init.seed;
    this.#engine = createMatch(engineSettings(init.options, init.seed));
    this.timers = {
      now: () => port.now(),
      later: (ms, fn) =>
        port.later(ms, () => {
          fn();
          if (this.projectQueued && !this.projectWaits) this.project();
        }),
    };
    this.clock = new PhaseClock(this.timers, () => this.endPhase());
    this.think = port.think;
    this.bots = new BotSeats(this);
    this.outbox = new Outbox(port, state, () => createdAt);
    this.project();
  }

  // ---- Reading (MatchModel) -----------------------------------------------------------

  get matchId(): string {
    return this.record.matchId;
  }
  get options(): MatchOptions {
    return this.#options;
  }
  get seed(): number {
    return this.#seed;
  }
  get engine(): GameState {
    return this.#engine;
  }
  get phase(): MatchPhase {
    return this.#phase;
  }
  get hostId(): string {
    return this.#hostId;
  }
  get locked(): boolean {
    return this.#locked;
  }
  get pendingEvent(): string | undefined {
    return this.#pendingEvent;
  }
  get endedEarly(): boolean {
    return this.#endedEarly;
  }
  get suspended(): boolean {
    return this.#suspended;
  }
  get creatorRecorded(): boolean {
    return this.#creatorRecorded;
  }
  get clockState() {
    return this.clock.shown;
  }
  get turns(): readonly TurnRecord[] {
    return this.weeks;
  }
  chatLog(): readonly ChatMessage[] {
    return this.chat.all();
  }
  proposalLog(): readonly Proposal[] {
    return this.proposals.all();
  }
  botHolds(role: Role): boolean {
    return this.bots.has(role);
  }
  botThinking(role: Role): boolean {
    return this.bots.thinking(role);
  }

  /** Asked on every message and for every member: made once per match settings (they change only in the lobby). */
  seatedRoles(): readonly Role[] {
    const settings = this.#engine.settings;
    if (this.seated?.settings !== settings) this.seated = { settings, roles: seatedRoles(this.#engine) };
    return this.seated.roles;
  }

  get inGame(): boolean {
    return IN_GAME.includes(this.#phase);
  }

  // ---- The single exit ----------------------------------------------------------------

  /**
   * Something changed: the projection runs (at the latest at the end of this turn of the
   * event loop; the inbox runs it at once before acknowledging), and the live snapshot is
   * saved, unless the record's logs give the change back on restore (`logged`): a draft
   * change, or a resolved week (Match.restore comes back in its resolution, and whoever
   * the last snapshot saw connected counts as present in the new week, as they do here).
   */
  changed(logged: false | 'draft' | 'week' = false): void {
    // Every week a student is connected in counts once, whenever they came (joined, came back, a new week).
    let present = false;
    if (this.inGame) for (const p of this.members.players()) if (p.connected && this.activity.present(p.playerId, this.#engine.turn)) present = true;
    if (!logged || (present && logged !== 'week')) this.saveSoon();
    this.shownChanged();
  }

  /** Only the teacher's participation counts moved (a chat line): they follow when the table is due (outbox.ts), with no projection. */
  countsChanged(): void {
    this.outbox.countsChanged(this);
  }

  /** Something only the outputs show changed (nothing the live snapshot holds): the projection runs, nothing is saved. */
  private shownChanged(): void {
    if (this.projectQueued) return;
    this.projectQueued = true;
    // (A microtask queued earlier may find the projection already run, or waiting on purpose.)
    queueMicrotask(() => !this.projectWaits && this.projectIfChanged());
  }

  /**
   * The projection waits for a coming turn of the event loop (laterViews.ts). When every
   * class of a school resolves at once, each class's resolution leaves before the classes'
   * new views are made (most of a resolution's work), even when their ready messages come
   * in over many turns: everyone learns how the week ended sooner, and each seat still gets
   * its resolution before its new view. A message that comes in meanwhile runs the
   * projection itself (projectIfChanged) before its `ok`.
   */
  private projectNextTurn(): void {
    if (this.projectWaits) return;
    this.projectQueued = true;
    this.projectWaits = true;
    buildLater(() => this.projectIfChanged());
  }

  /** Run the projection now: the synced state, each member's outputs, the lobby listing. */
  project(): void {
    this.projectQueued = false;
    this.projectWaits = false;
    this.outbox.flush(this);
  }

  /** The projection waits for a coming turn of the event loop (a week was just resolved). */
  get projectionWaits(): boolean {
    return this.projectWaits;
  }

  /** Run the projection now if anything changed since it last ran. */
  projectIfChanged(): void {
    if (this.projectQueued) this.project();
  }

  /** A member gets its whole snapshot again at the next projection. */
  resync(member: Member): void {
    this.outbox.resync(member);
    this.changed();
  }

  notifyAll(key: string, params: Record<string, string | number> = {}): void {
    this.outbox.notice(this, key, params);
  }

  /**
   * The records stopped (or started again) taking writes: everyone is told at once. While
   * they cannot, the inbox refuses every message and nothing else reaches anyone (heldOutput.ts).
   */
  recordsHealthChanged(writable: boolean): void {
    if (writable) this.notifyAll('notice.recordsBack');
    else this.outbox.noticeNow(this, 'notice.recordsDown');
  }

  // ---- Named changes ----------------------------------------------------------------

  setHost(playerId: string): void {
    this.#hostId = playerId;
    this.changed();
  }

  /** The first member to join is the creator; its token hash goes into the records. */
  noteCreator(member: Member): boolean {
    if (this.#creatorRecorded) return false;
    this.#creatorRecorded = true;
    this.record.creator(member.tokenHash);
    return true;
  }

  setLocked(locked: boolean): void {
    this.#locked = locked;
    this.changed();
  }

  queueEvent(card: string | undefined): void {
    this.#pendingEvent = card;
    this.changed();
  }

  postChat(member: Member, role: Role, channel: ChannelId, text: string): ChatMessage {
    const posted = this.chat.post(member, role, channel, text, this.#engine.turn, this.port.now());
    this.record.chat(posted);
    this.outbox.chat(this, posted);
    return posted;
  }

  /** A proposal was made or changed status: recorded, and sent to both teams. */
  proposalChanged(p: Proposal): void {
    this.record.proposal(p);
    this.outbox.proposal(this, p);
  }

  /** A student answered a question of the knowledge check: kept, recorded, and their check and the console follow. */
  answerCheck(member: Member, stage: CheckStage, question: string, choice: string): CheckAnswer {
    const a = this.checks.answer({ knowledgeCheck: this.#options.knowledgeCheck, phase: this.#phase, turn: this.#engine.turn }, this.#seed, {
      playerId: member.playerId,
      stage,
      question,
      choice,
      at: this.port.now(),
    });
    this.record.checkAnswer(a);
    this.changed();
    return a;
  }

  /** A student changed their team's memo (a class session, after the end): kept, recorded, and the team and the teacher follow. */
  writeMemo(member: Member, role: Role, text: string): void {
    if (!this.#options.classroom) throw new Refusal('notAllowed', { seat: role, why: 'team memos belong to classroom sessions' });
    const memo = this.memos.write(role, member, text, this.port.now());
    this.record.memo(memo);
    this.changed();
  }

  /** The teacher shows every team's memo to the class; they no longer change. */
  revealMemos(by: Member): void {
    this.memos.reveal();
    this.record.memosRevealed(this.port.now());
    this.log.info('memos.revealed', { code: this.code, by: by.playerId });
    this.notifyAll('notice.memosRevealed', { by: by.nickname });
    this.changed();
  }

  /**
   * A team's draft or ready flag changed: recorded as the draft it leaves, with what it
   * counts for the student who made it. The log gives both back on restore, so no live
   * snapshot is needed for it.
   */
  draftChanged(role: Role, by: string, student?: StudentDraftChange): void {
    this.drafts.touch(role, by);
    if (student) this.activity.drafted(student);
    this.record.draft({ turn: this.#engine.turn, role, at: this.port.now(), by, entries: this.drafts.list(role), ready: this.drafts.isReady(role), ...(student ? { student } : {}) });
    // A deal now binds a bot's role: it weighs its week again around it.
    if (this.bots.has(role)) this.bots.reconsider(role);
    this.changed('draft');
  }

  /** A bot's offer to a role people play: made like a person's, so refused the same way if it no longer fits. */
  offerDeal(from: Role, to: Role, give: Order[], get: Order[]): void {
    try {
      const p = this.proposals.make(this.#engine, from, to, give, get, undefined, BOT_MEMBER as unknown as Member);
      this.log.info('proposal.made', { code: this.code, id: p.id, from, to, bot: true });
      this.proposalChanged(p);
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      this.log.debug('bot.offerRefused', { code: this.code, from, to, error: err.code });
    }
  }

  // ---- Live snapshot (crash recovery) -----------------------------------------

  snapshot(): LiveSnapshot {
    const { members, joined } = this.members.snapshot();
    return {
      phase: this.#phase,
      turn: this.#engine.turn,
      clock: this.clock.snapshot(),
      hostId: this.#hostId,
      members,
      joined,
      drafts: this.drafts.snapshot(this.seatedRoles()),
      bots: this.bots.held(),
      locked: this.#locked,
      checks: this.checks.snapshot(),
      activity: this.activity.snapshot(),
      connected: this.members.players().filter((p) => p.connected).map((p) => p.playerId),
      ...(this.#pendingEvent ? { pendingEvent: this.#pendingEvent } : {}),
      savedAt: this.port.now(),
    };
  }

  /**
   * An unfinished match put back together from its records: the logs give the engine (last
   * resolved week, or the state at the start), chat, proposals and past weeks; the live
   * snapshot gives phase, clock, members, drafts, ready flags, bots, host.
   */
  restore(stored: StoredMatch, downSince: number): void {
    const live = stored.live!;
    this.#engine = stored.turns.at(-1)?.state ?? stored.initial ?? this.#engine;
    this.weeks.push(...stored.turns.map(({ resolvedAt: _r, state: _s, ...week }) => week));
    this.chat.restore(stored.chat);
    this.proposals.restore(stored.proposals);
    this.members.restore(live.members, live.joined);
    this.#hostId = live.hostId;
    this.#creatorRecorded = true;
    this.#locked = live.locked ?? false;
    this.checks.restore(live.checks);
    this.activity.restore(live.activity);
    this.activity.recountMessages(stored.chat);
    for (const d of stored.draftsAfter) if (d.student) this.activity.drafted(d.student);
    this.bots.restore(live.bots);
    // A week resolved after the last snapshot: come back in that week's resolution.
    const behind = this.#engine.turn > live.turn;
    // A queued card that week played is spent, whatever the older snapshot says.
    this.#pendingEvent = behind && stored.turns.at(-1)?.injected ? undefined : live.pendingEvent;
    // Whoever the snapshot saw connected was there when that week resolved (changed('week')).
    if (behind) for (const id of live.connected ?? []) this.activity.present(id, this.#engine.turn);
    const phase = behind ? 'resolution' : live.phase;
    const clock = behind ? { timed: true, paused: false, leftMs: this.#options.resolutionSeconds * 1000 } : live.clock;
    if (!behind) this.drafts.restore(live.drafts, stored.draftsAfter.filter((d) => d.turn === live.turn));
    this.#phase = phase;
    if (clock.timed) {
      // The clock ran on between the snapshot and the crash (at most one heartbeat is not charged).
      let left = clock.paused ? clock.leftMs : clock.leftMs - Math.max(0, downSince - live.savedAt);
      if (phase === 'planning') left = Math.max(left, RESTORED_PLANNING_MIN_MS);
      this.clock.restore(clock.paused, Math.max(0, left));
    } else {
      this.clock.stop();
    }
    this.changed();
    if (this.inGame) for (const role of this.seatedRoles()) this.bots.armTakeover(role);
    if (phase === 'planning') for (const role of this.bots.held()) this.bots.reconsider(role);
    this.checkAllReady();
    this.log.info('match.restored', { code: this.code, phase, turn: this.#engine.turn, members: live.members.length, leftMs: clock.timed ? this.clock.snapshot().leftMs : undefined });
  }

  /** Something the live snapshot holds changed: save it once, at the end of this turn of the event loop. */
  saveSoon(): void {
    if (this.liveDirty || this.#suspended) return;
    this.liveDirty = true;
    queueMicrotask(() => this.saveNow());
  }

  /** Hand the snapshot to the record store now if anything changed; the inbox calls it before acknowledging a message. */
  saveNow(): void {
    if (!this.liveDirty || this.#suspended) return;
    this.liveDirty = false;
    if (this.#phase !== 'ended') this.record.live(() => this.snapshot());
  }

  // ---- Options and start ------------------------------------------------------

  /** Host's change of options in the lobby: all checked before anything changes. `moves` reseat members (e.g. the mediator's players). */
  changeOptions(next: MatchOptions, seed: number, reseat: (engine: GameState) => [Member, Member['seat']][]): void {
    let engine: GameState;
    try {
      engine = createMatch(engineSettings(next, seed));
    } catch (err) {
      throw new Refusal('badOptions', { detail: (err as Error).message });
    }
    const before = this.#engine;
    this.#engine = engine;
    let moves: [Member, Member['seat']][];
    try {
      moves = reseat(engine);
    } catch (err) {
      this.#engine = before;
      throw err;
    }
    this.#options = next;
    this.#seed = seed;
    for (const [m, seat] of moves) m.seat = seat;
    this.project();
    this.port.setListed(next.public);
    this.record.options(next, seed);
    this.log.info('match.options', { options: { ...next, seed: undefined } });
    this.changed();
  }

  start(): void {
    if (!this.#options.bots && this.members.players().length === 0) throw new Refusal('nobodySeated');
    for (const role of this.seatedRoles()) {
      if (this.#options.bots && this.members.ofRole(role).length === 0) this.bots.seat(role);
    }
    this.record.started(this.#engine, this.port.now());
    this.log.info('match.started', { code: this.code, bots: this.seatedRoles().filter((r) => this.bots.has(r)), players: this.members.players().length });
    this.enter('briefing');
    for (const role of this.seatedRoles()) this.bots.armTakeover(role);
  }

  // ---- Phases -----------------------------------------------------------------

  /** The current phase's time is up (clock, host, or everyone ready). */
  endPhase(): void {
    // Saved for the restart as it stood: no timer that was already due may move it on.
    if (this.#suspended) return;
    if (this.#phase === 'briefing') this.enter('planning');
    else if (this.#phase === 'planning') this.enter('resolution');
    else if (this.#phase === 'resolution') this.enter('briefing');
  }

  private enter(phase: MatchPhase): void {
    this.#phase = phase;
    this.log.info('phase', { code: this.code, phase, turn: this.#engine.turn });
    if (phase === 'briefing') this.clock.run(phaseSeconds(this.#options, phase)!);
    if (phase === 'planning') this.openPlanning();
    if (phase === 'resolution') {
      this.projectNextTurn();
      this.clock.stop();
      let week: WeekResult;
      const started = process.hrtime.bigint();
      try {
        week = playWeek(this, this.#pendingEvent);
        metrics.resolved(started);
      } catch (err) {
        return this.resolutionFailed(err);
      }
      this.applyWeek(week);
      if (week.ended) return this.enter('ended');
      this.clock.run(phaseSeconds(this.#options, 'resolution')!);
      // The turn record gives this back (see changed); when a whole school resolves at once, no snapshots delay the news.
      return this.changed('week');
    }
    if (phase === 'ended') this.close();
    this.changed();
  }

  /** The engine resolved a week: it becomes the match's state, and every seat is told its part. */
  private applyWeek({ week, state, ended }: WeekResult): void {
    this.#engine = state;
    this.#pendingEvent = undefined;
    this.weeks.push(week);
    this.record.turn({ ...week, resolvedAt: this.port.now(), state });
    this.bots.stopThinking();
    this.drafts.reset();
    for (const p of this.proposals.expirePending()) this.proposalChanged(p);
    this.outbox.resolution(this, week, ended);
    this.log.info('turn.resolved', { code: this.code, turn: week.turn, card: week.event, bots: week.bots, ended, refused: week.refused.length });
  }

  private openPlanning(): void {
    this.drafts.reset();
    this.clock.run(phaseSeconds(this.#options, 'planning')!);
    // Expert bots start weighing their week, and what to offer the people at the table.
    for (const role of this.bots.held()) this.bots.reconsider(role);
    this.bots.offerDeals();
    this.checkAllReady();
  }

  /** An engine failure must not lose the week: back to planning, clock stopped, drafts kept. */
  private resolutionFailed(err: unknown): void {
    this.log.error('resolution.failed', { code: this.code, turn: this.#engine.turn, error: err });
    this.#phase = 'planning';
    this.clock.run(this.#options.planningSeconds);
    this.clock.pause();
    this.notifyAll('notice.resolutionFailed', { turn: this.#engine.turn });
    this.changed();
  }

  /**
   * The teacher ends the match now: scored as it stands (endEarly), the week being planned
   * is not played, and everything is revealed as at a normal end.
   */
  stop(by: Member): void {
    this.clock.stop();
    this.#engine = endEarly(this.#engine);
    this.#endedEarly = true;
    this.#pendingEvent = undefined;
    this.drafts.reset();
    for (const p of this.proposals.expirePending()) this.proposalChanged(p);
    this.log.info('match.stopped', { code: this.code, by: by.playerId, turn: this.#engine.turn });
    this.notifyAll('notice.matchEnded', { by: by.nickname });
    this.enter('ended');
  }

  get participationVersion(): number {
    return this.activity.version;
  }

  /** What each student now in the match did, for the console, the debrief and the grades. */
  participation(): StudentActivity[] {
    return this.members.players().map((p) => this.activity.activity({ playerId: p.playerId, nickname: p.nickname, role: p.seat.kind === 'role' ? p.seat.role : '' }));
  }

  private close(): void {
    this.clock.stop();
    this.record.participation(this.participation());
    this.bots.clear();
    this.port.setListed(false);
    this.record.ended(this.port.now(), 'finished', this.#engine.outcome, { state: this.#engine, early: this.#endedEarly });
    this.log.info('match.ended', { code: this.code, outcome: this.#engine.outcome?.kind, winner: this.#engine.outcome?.winner, turn: this.#engine.turn });
    // The final views go out before the record.
    this.project();
    this.outbox.record(this);
  }

  /** A role holds up the week if people play it, no bot does, and it is not ready; or if the bot playing it is still thinking. */
  private waitingFor(role: Role): boolean {
    if (this.bots.has(role)) return this.bots.thinking(role);
    return this.members.ofRole(role).length > 0 && !this.drafts.isReady(role);
  }

  /**
   * When every role is ready, resolve: at once, within the message that made everyone ready
   * (`promptly`: its ready flag is never shown apart, since the week's drafts are emptied at
   * once and its views follow as after a clock's end), else on the next tick of the room
   * clock, so that a planning phase everyone is ready for at its start (bots) is still
   * seen. Re-checked then: someone may un-ready.
   */
  checkAllReady(promptly = false): void {
    if (this.readyCheckQueued || !this.allReady()) return;
    if (promptly) return this.resolveAllReady();
    this.readyCheckQueued = true;
    this.timers.later(0, () => {
      this.readyCheckQueued = false;
      if (this.allReady()) this.resolveAllReady();
    });
  }

  /** Planning, running, and no seated role still to decide. */
  private allReady(): boolean {
    return !this.#suspended && this.#phase === 'planning' && !this.clock.paused && !this.seatedRoles().some((r) => this.waitingFor(r));
  }

  private resolveAllReady(): void {
    this.log.info('planning.allReady', { code: this.code, turn: this.#engine.turn });
    // Its views follow in the next turn of the event loop (projectNextTurn), as after a clock's end.
    this.enter('resolution');
  }

  /**
   * The server is shutting down: stop every timer, save the match exactly as it stands
   * (the clock's time left included) and tell everyone; the next start restores it.
   */
  suspend(): void {
    if (this.#suspended) return;
    // Snapshot first: the clock's time left is read from its running timer.
    const snapshot = this.snapshot();
    this.clock.halt();
    this.bots.clear();
    if (this.#phase !== 'ended') this.record.live(() => snapshot);
    this.#suspended = true;
    this.notifyAll('notice.serverRestarting', {});
  }

  /** The room is going away: without a shutdown, an unfinished match is abandoned. */
  dispose(): void {
    this.bots.clear();
    if (this.#phase !== 'ended' && !this.#suspended) this.record.ended(this.port.now(), 'abandoned');
  }
}
