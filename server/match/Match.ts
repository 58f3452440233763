// One match: the engine's state and everything the server adds around it (members,
// drafts, chat, proposals, bots, phases). Transport-free: it talks to its room
// through a RoomPort, so every rule here is about the game, not the network.
import type { GameState, MatchSettings, Role, Seat } from '../../shared/index.ts';
import { createMatch, endEarly, isSeated, ROLES } from '../../shared/index.ts';
import type { MatchOptions, MatchPhase, ServerMessage, ServerMessageType, TurnRecord } from '../../shared/protocol/index.ts';
import type { Logger } from '../log.ts';
import type { LiveSnapshot, MatchLog } from '../records/types.ts';
import { BOT_MEMBER, BotSeats } from './botSeats.ts';
import { ChatLog } from './chat.ts';
import { TeamDrafts } from './drafts.ts';
import type { Member } from './members.ts';
import { Members } from './members.ts';
import { PhaseClock } from './phaseClock.ts';
import type { RoomPort } from './port.ts';
import { Proposals } from './proposals.ts';
import { notifyAll, publishConsole, publishDraft, publishProposal, publishViews, sendRecordToAll, sendSnapshot } from './publish.ts';
import { Refusal } from './refusal.ts';
import { resolveWeek } from './resolution.ts';
import { syncOptions, syncRoster } from './roster.ts';
import { seatFor } from './seating.ts';
import type { MatchState } from './schema.ts';

export interface MatchInit {
  code: string;
  options: MatchOptions;
  seed: number;
}

const IN_GAME: readonly MatchPhase[] = ['briefing', 'planning', 'resolution'];

export const engineSettings = (o: MatchOptions, seed: number): Partial<MatchSettings> => ({ turns: o.turns, apPerTurn: o.apPerTurn, mediator: o.mediator, seed, mode: 'standard' });

export class Match {
  readonly code: string;
  readonly members = new Members();
  readonly drafts = new TeamDrafts();
  readonly chat = new ChatLog();
  readonly proposals = new Proposals();
  /** Every resolved week, in full; what a seat sees of it is filtered on the way out. */
  readonly turns: TurnRecord[] = [];
  readonly clock: PhaseClock;
  readonly bots: BotSeats;
  options: MatchOptions;
  seed: number;
  engine: GameState;
  phase: MatchPhase = 'lobby';
  hostId = '';
  /** The creator's token hash is in the records (the first member to join is the creator). */
  creatorRecorded = false;
  /** The server is going down: the match is saved as it stands and must not change any more. */
  suspended = false;
  /** Nobody new may join; members with a seat token (and the teacher) still may. */
  locked = false;
  /** The event card the teacher queued for the next resolution (secret until it plays). */
  pendingEvent?: string;
  /** The teacher ended the match before its last week. */
  endedEarly = false;
  /** The teacher's last `console` message, to send it only when it changes. */
  consoleSent = '';
  private readyCheckQueued = false;
  private liveDirty = false;

  constructor(
    readonly port: RoomPort,
    readonly state: MatchState,
    readonly log: Logger,
    readonly record: MatchLog,
    init: MatchInit,
  ) {
    this.code = init.code;
    this.options = init.options;
    this.seed = init.seed;
    this.engine = createMatch(engineSettings(init.options, init.seed));
    this.clock = new PhaseClock(port, state, () => this.endPhase());
    this.bots = new BotSeats(this);
    state.code = this.code;
    state.phase = this.phase;
    state.turn = this.engine.turn;
    syncOptions(state.options, this.options);
    syncRoster(this);
    publishViews(this);
  }

  seatedRoles(): Role[] {
    return ROLES.filter((r) => isSeated(this.engine, r));
  }

  get inGame(): boolean {
    return IN_GAME.includes(this.phase);
  }

  /** After the end, and if the host chose it, private channels and proposals are open to all. */
  get revealAll(): boolean {
    return this.phase === 'ended' && this.options.revealPrivate;
  }

  send<T extends ServerMessageType>(member: Member, type: T, payload: ServerMessage<T>): void {
    if (member.connected) this.port.send(member.sessionId, type, payload);
  }

  /** Seats, players, host, lock and lobby listing changed. */
  rosterChanged(): void {
    syncRoster(this);
    publishConsole(this);
    this.port.listingChanged();
    this.saveSoon();
  }

  // ---- Live snapshot (crash recovery) -----------------------------------------

  liveSnapshot(): LiveSnapshot {
    const { members, joined } = this.members.snapshot();
    return {
      phase: this.phase,
      turn: this.engine.turn,
      clock: this.clock.snapshot(),
      hostId: this.hostId,
      members,
      joined,
      drafts: this.drafts.snapshot(this.seatedRoles()),
      bots: this.bots.held(),
      locked: this.locked,
      ...(this.pendingEvent ? { pendingEvent: this.pendingEvent } : {}),
      savedAt: this.port.now(),
    };
  }

  /** Something the live snapshot holds changed: save it once, at the end of this turn of the event loop. */
  saveSoon(): void {
    if (this.liveDirty || this.suspended) return;
    this.liveDirty = true;
    queueMicrotask(() => this.saveNow());
  }

  /** Save now if anything changed; the inbox calls it before acknowledging a message. */
  saveNow(): void {
    if (!this.liveDirty || this.suspended) return;
    this.liveDirty = false;
    if (this.phase !== 'ended') this.record.live(this.liveSnapshot());
  }

  // ---- Options and start ------------------------------------------------------

  /** Host's change of options in the lobby: all checked before anything changes. */
  changeOptions(next: MatchOptions, seed: number): void {
    let engine: GameState;
    try {
      engine = createMatch(engineSettings(next, seed));
    } catch (err) {
      throw new Refusal('badOptions', { detail: (err as Error).message });
    }
    const before = this.engine;
    this.engine = engine;
    const mediators = this.members.ofRole('mediator');
    let moves: [Member, Seat][];
    try {
      moves = next.mediator ? [] : mediators.map((m) => [m, seatFor(this, 'auto', m)]);
    } catch (err) {
      this.engine = before;
      throw err;
    }
    this.options = next;
    this.seed = seed;
    for (const [m, seat] of moves) m.seat = seat;
    syncOptions(this.state.options, next);
    this.port.setListed(next.public);
    this.record.options(next, seed);
    this.log.info('match.options', { options: { ...next, seed: undefined } });
    this.rosterChanged();
    publishViews(this);
    for (const [m] of moves) sendSnapshot(this, m);
  }

  start(): void {
    if (!this.options.bots && this.members.players().length === 0) throw new Refusal('nobodySeated');
    for (const role of this.seatedRoles()) {
      if (this.options.bots && this.members.ofRole(role).length === 0) this.bots.seat(role);
    }
    this.record.started(this.engine, this.port.now());
    this.log.info('match.started', { code: this.code, bots: this.seatedRoles().filter((r) => this.bots.has(r)), players: this.members.players().length });
    this.enter('briefing');
    for (const role of this.seatedRoles()) this.bots.armTakeover(role);
    // Each seat now sees its own objective.
    publishViews(this);
  }

  // ---- Phases -----------------------------------------------------------------

  /** The current phase's time is up (clock, host, or everyone ready). */
  endPhase(): void {
    // Saved for the restart as it stood: no timer that was already due may move it on.
    if (this.suspended) return;
    if (this.phase === 'briefing') this.enter('planning');
    else if (this.phase === 'planning') this.enter('resolution');
    else if (this.phase === 'resolution') this.enter('briefing');
  }

  private enter(phase: MatchPhase): void {
    this.phase = phase;
    this.state.phase = phase;
    this.log.info('phase', { code: this.code, phase, turn: this.engine.turn });
    if (phase === 'briefing') this.clock.run(this.options.briefingSeconds);
    if (phase === 'planning') this.openPlanning();
    if (phase === 'resolution') {
      this.clock.stop();
      let ended: boolean;
      try {
        ended = resolveWeek(this);
      } catch (err) {
        return this.resolutionFailed(err);
      }
      if (ended) return this.enter('ended');
      this.clock.run(this.options.resolutionSeconds);
    }
    if (phase === 'ended') this.close();
    this.state.turn = this.engine.turn;
    this.rosterChanged();
  }

  private openPlanning(): void {
    this.drafts.reset();
    this.clock.run(this.options.planningSeconds);
    for (const role of this.seatedRoles()) publishDraft(this, role);
    this.offerBotDeals();
    this.checkAllReady();
  }

  /** Expert bots open the week's bargaining: one deal each, to a role people play. */
  private offerBotDeals(): void {
    for (const d of this.bots.dealsToOffer()) {
      try {
        const p = this.proposals.make(this.engine, d.from, d.to, d.give, d.get, undefined, BOT_MEMBER as unknown as Member);
        this.record.proposal(p);
        publishProposal(this, p);
      } catch (err) {
        if (!(err instanceof Refusal)) throw err;
      }
    }
  }

  /** An engine failure must not lose the week: back to planning, clock stopped, drafts kept. */
  private resolutionFailed(err: unknown): void {
    this.log.error('resolution.failed', { code: this.code, turn: this.engine.turn, error: err });
    this.phase = 'planning';
    this.state.phase = 'planning';
    this.clock.run(this.options.planningSeconds);
    this.clock.pause();
    notifyAll(this, 'notice.resolutionFailed', { turn: this.engine.turn });
    this.rosterChanged();
  }

  /**
   * The teacher ends the match now: scored as it stands (endEarly), the week being planned
   * is not played, and everything is revealed as at a normal end.
   */
  stop(by: Member): void {
    this.clock.stop();
    this.engine = endEarly(this.engine);
    this.endedEarly = true;
    this.pendingEvent = undefined;
    this.drafts.reset();
    for (const p of this.proposals.expirePending()) {
      this.record.proposal(p);
      publishProposal(this, p);
    }
    this.log.info('match.stopped', { code: this.code, by: by.playerId, turn: this.engine.turn });
    notifyAll(this, 'notice.matchEnded', { by: by.nickname });
    this.enter('ended');
  }

  private close(): void {
    this.clock.stop();
    this.bots.clear();
    this.port.setListed(false);
    this.record.ended(this.port.now(), 'finished', this.engine.outcome, { state: this.engine, early: this.endedEarly });
    this.log.info('match.ended', { code: this.code, outcome: this.engine.outcome?.kind, winner: this.engine.outcome?.winner, turn: this.engine.turn });
    publishViews(this);
    sendRecordToAll(this);
  }

  /** A role holds up the week if people play it, no bot does, and it is not ready. */
  private waitingFor(role: Role): boolean {
    return !this.bots.has(role) && this.members.ofRole(role).length > 0 && !this.drafts.isReady(role);
  }

  /** When every role is ready, resolve on the next tick (re-checked then: someone may un-ready). */
  checkAllReady(): void {
    if (this.phase !== 'planning' || this.clock.paused || this.readyCheckQueued) return;
    if (this.seatedRoles().some((r) => this.waitingFor(r))) return;
    this.readyCheckQueued = true;
    this.port.later(0, () => {
      this.readyCheckQueued = false;
      if (!this.suspended && this.phase === 'planning' && !this.clock.paused && !this.seatedRoles().some((r) => this.waitingFor(r))) {
        this.log.info('planning.allReady', { code: this.code, turn: this.engine.turn });
        this.enter('resolution');
      }
    });
  }

  /**
   * The server is shutting down: stop every timer, save the match exactly as it stands
   * (the clock's time left included) and tell everyone; the next start restores it.
   */
  suspend(): void {
    if (this.suspended) return;
    // Snapshot first: the clock's time left is read from its running timer.
    const snapshot = this.liveSnapshot();
    this.clock.halt();
    this.bots.clear();
    if (this.phase !== 'ended') this.record.live(snapshot);
    this.suspended = true;
    notifyAll(this, 'notice.serverRestarting', {});
  }

  /** The room is going away: without a shutdown, an unfinished match is abandoned. */
  dispose(): void {
    this.bots.clear();
    if (this.phase !== 'ended' && !this.suspended) this.record.ended(this.port.now(), 'abandoned');
  }
}
