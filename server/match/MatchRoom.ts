// The Colyseus room of one match: it turns room lifecycle events into Match calls and
// gives the match its RoomPort. The rules of the match live in Match and its modules.
// A room is created by a client, or by the server at start to restore a match from its
// records (same code, same phase); on a graceful shutdown it saves its match and closes.
import { randomInt, randomUUID } from 'node:crypto';
import type { Client, ClientPrivate } from '@colyseus/core';
import { ClientState, matchMaker, Room, ServerError, updateLobby } from '@colyseus/core';
import { createMatch } from '../../shared/index.ts';
import type { CreateOptions, ErrorCode, ErrorParams, JoinOptions } from '../../shared/protocol/index.ts';
import { CreateOptionsSchema, creationOptions, ERROR_CODES, errorMessage, JOIN_ERROR_CODE, JoinOptionsSchema, LIMITS, MATCH_OPTION_NAMES } from '../../shared/protocol/index.ts';
import type { LiveMatch, ServerContext } from '../context.ts';
import { serverContext } from '../context.ts';
import type { Logger } from '../log.ts';
import type { MatchLog } from '../records/types.ts';
import { corkFor, inOneWrite } from './corks.ts';
import { HeldOutput } from './heldOutput.ts';
import { Inbox } from './inbox.ts';
import { engineSettings, Match } from './Match.ts';
import type { RoomPort } from './port.ts';
import { CLOSE_CODES } from './port.ts';
import { Refusal } from './refusal.ts';
import type { StagedRestore } from './restore.ts';
import { takeRestore } from './restore.ts';
import { listingOf, syncedOf } from './projection.ts';
import { getMessageBytes, Protocol } from '@colyseus/core';
import type { Listing } from '../../shared/protocol/index.ts';
import { admit, depart, dropped, reconnectionExpired, returned } from './seating.ts';
import type { MatchState } from './schema.ts';
import { newMatchState } from './schema.ts';
import { zodDetail } from './zodDetail.ts';
import { metrics } from '../metrics.ts';

/** ws' WebSocket.OPEN. */
const OPEN = 1;

/** Lobby listing updates are coalesced over this long (a class editing drafts does not flood the lobby). */
const LISTING_MS = 100;

const JOIN_KEYS = new Set(Object.keys(JoinOptionsSchema.shape));
const OPTION_KEYS = new Set<string>(MATCH_OPTION_NAMES);

/** Join and create failures reach the client as a matchmaking error: code 4422, message "code: sentence". */
const joinError = (code: ErrorCode, params: ErrorParams = {}) => new ServerError(JOIN_ERROR_CODE, `${code}: ${errorMessage(code, params)}`);

/** A live view of a room's phase and connections (read when counted, never copied). */
function liveView(room: MatchRoom): LiveMatch {
  return {
    get phase() {
      return room.phase;
    },
    get connections() {
      return room.clients.length;
    },
    get room() {
      return room.attached ? room : undefined;
    },
  };
}

export class MatchRoom extends Room<MatchState> {
  private match?: Match;
  private inbox?: Inbox;
  /** Whether its match is attached (redisLink.ts lists attached rooms again after an outage). */
  get attached(): boolean {
    return this.match !== undefined;
  }
  private log: Logger = serverContext().log;
  private createdAt = Date.now();
  private listingQueue: Promise<void> = Promise.resolve();
  private nextListing?: Listing;
  private listingWrittenAt = 0;
  private emptyLobby?: { clear(): void };
  /** What the process reads of this match (the cap on matches, /metrics). */
  private readonly live: LiveMatch = liveView(this);
  private record?: MatchLog;
  /** What members are sent waits for the records (heldOutput.ts). */
  private held = new HeldOutput(() => this.record?.settled());
  private unwatchHealth?: () => void;

  override async onCreate(raw: unknown): Promise<void> {
    const ctx = serverContext();
    const staged = takeRestore(raw);
    if (staged) return this.restore(ctx, staged);
    const parsed = CreateOptionsSchema.safeParse(raw ?? {});
    if (!parsed.success) throw joinError('badOptions', { detail: zodDetail(parsed.error) });
    const { nickname: _n, role, spectate, projector, seatToken: _t, teacherToken, ...chosen } = parsed.data;
    // The creator plays, watches, or (classroom) teaches; a projector or a returning teacher joins an existing match.
    if (projector !== undefined || teacherToken !== undefined) throw joinError('badOptions', { detail: 'projector and teacherToken are for joining a match, not creating one' });
    if (chosen.classroom && (role !== undefined || spectate !== undefined)) {
      throw joinError('badOptions', { detail: 'the creator of a classroom session is its teacher: give no role and no spectate' });
    }
    // The cap on matches per process: refused before a code is claimed or anything recorded.
    // Counted from here on, so that creates arriving together cannot overshoot it.
    if (ctx.live.size >= ctx.guards.maxMatches) throw joinError('serverFull', { limit: ctx.guards.maxMatches });
    ctx.live.add(this.live);
    try {
      await this.create(ctx, chosen);
    } catch (err) {
      ctx.live.delete(this.live);
      throw err;
    }
  }

  private async create(ctx: ServerContext, chosen: Omit<CreateOptions, 'nickname' | 'role' | 'spectate' | 'projector' | 'seatToken' | 'teacherToken'>): Promise<void> {
    const options = creationOptions(chosen);
    const seed = options.seed ?? randomInt(0, 2 ** 31 - 1);
    // A match the records cannot hold is not created: it would be gone after a restart.
    if (!ctx.records.health.writable) throw joinError('recordsUnavailable');
    const code = await ctx.codes.claim();
    // A shutdown that began meanwhile would not save this room: refuse it.
    if (matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) {
      void ctx.codes.release(code);
      throw joinError('serverShuttingDown');
    }
    const matchId = randomUUID();
    this.log = ctx.log.child({ code, matchId });
    this.roomId = code;
    this.state = newMatchState();
    try {
      // Checked before anything is recorded: bad options must not leave a record behind.
      createMatch(engineSettings(options, seed));
    } catch (err) {
      void ctx.codes.release(code);
      throw err instanceof RangeError ? joinError('badOptions', { detail: err.message }) : err;
    }
    this.record = ctx.records.open({ matchId, code, createdAt: this.createdAt, options, seed }, ctx.serverId);
    this.attach(new Match(this.port(), this.state, this.log, this.record, { code, options, seed }, this.createdAt));
    metrics.matchCreated();
    this.log.info('match.created', { options: { ...options, seed: undefined } });
  }

  /** The match comes back under its own code, in its own phase; the room waits a while for its players. */
  private async restore(ctx: ServerContext, staged: StagedRestore): Promise<void> {
    const { header } = staged.stored;
    await ctx.codes.reclaim(header.code);
    this.log = ctx.log.child({ code: header.code, matchId: header.matchId });
    this.roomId = header.code;
    this.createdAt = header.createdAt;
    this.state = newMatchState();
    this.record = ctx.records.resume(staged.stored);
    const match = new Match(this.port(), this.state, this.log, this.record, { code: header.code, options: header.options, seed: header.seed }, this.createdAt);
    match.restore(staged.stored, staged.downSince);
    match.project();
    this.attach(match);
    // An empty room is normally disposed within seconds; give the players time to come back.
    this.autoDispose = false;
    this.clock.setTimeout(() => (this.autoDispose = true), ctx.restoreGraceSeconds * 1000);
  }

  private attach(match: Match): void {
    this.match = match;
    serverContext().live.add(this.live);
    this.inbox = new Inbox(match);
    const inbox = this.inbox;
    // Colyseus calls the catch-all with (client, type, payload), except for a message whose
    // type is '*' itself: that one is handed to it as (client, payload). (`arguments.length`
    // tells them apart without allocating anything per message.)
    this.onMessage('*', function (client: Client, type: unknown, payload?: unknown) {
      const star = arguments.length === 2;
      inOneWrite(() => (star ? inbox.receive(client.sessionId, '*', type) : inbox.receive(client.sessionId, type, payload)));
    });
    this.unwatchHealth = match.record.health.onChange((writable) => match.recordsHealthChanged(writable));
    if (!match.options.public || match.phase === 'ended') void this.setPrivate(true);
    void this.setMetadata(listingOf(syncedOf(match), this.createdAt));
  }

  /** Join options are checked before a seat is taken; match options are tolerated (they only matter on create). */
  override onAuth(_client: Client, raw: unknown): JoinOptions {
    const given = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const unknown = Object.keys(given).filter((k) => !JOIN_KEYS.has(k) && !OPTION_KEYS.has(k));
    if (unknown.length) throw joinError('badOptions', { detail: `unknown option(s): ${unknown.join(', ')}` });
    const parsed = JoinOptionsSchema.safeParse(Object.fromEntries(Object.entries(given).filter(([k]) => JOIN_KEYS.has(k))));
    if (!parsed.success) throw joinError('badOptions', { detail: zodDetail(parsed.error) });
    return parsed.data;
  }

  override onJoin(client: Client, _options: unknown, auth: JoinOptions): void {
    try {
      // A seat taken now could not be recorded: come back once the records write again.
      if (!this.match!.record.health.writable) throw new Refusal('recordsUnavailable');
      admit(this.match!, client.sessionId, auth);
      // The newcomer's snapshot is queued before Colyseus confirms the join, and goes out right after it.
      this.match!.project();
    } catch (err) {
      if (err instanceof Refusal) throw joinError(err.code, err.params);
      throw err;
    }
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const match = this.match!;
    this.connections.delete(client.sessionId);
    // Closed by the shutdown: the seat stays as saved, for the restart.
    if (match.suspended) return;
    this.inbox!.forget(client.sessionId);
    const member = match.members.bySession(client.sessionId);
    if (!member) return;
    // The teacher's seat is never given up: the console comes back with the teacher token.
    if (consented) {
      if (member.seat.kind === 'teacher') dropped(match, member);
      else depart(match, member, 'left');
      return this.watchEmptyLobby();
    }
    dropped(match, member);
    this.watchEmptyLobby();
    try {
      await this.allowReconnection(client, LIMITS.reconnectSeconds);
    } catch {
      // The shutdown cancels every reconnection: the seat stays as saved.
      if (!match.suspended) reconnectionExpired(match, member, client.sessionId);
      return;
    }
    // Kicked, or taken over by a seat token, while away: this session has no seat any more.
    if (match.members.bySession(client.sessionId) !== member) {
      const code = match.members.byId(member.playerId) ? CLOSE_CODES.replaced : CLOSE_CODES.kicked;
      this.clients.getById(client.sessionId)?.leave(code);
      return;
    }
    returned(match, member);
  }

  get phase(): string {
    return this.match?.phase ?? 'lobby';
  }

  /**
   * A lobby nobody is connected to closes after `emptyLobbySeconds` instead of waiting out
   * every reconnection window: an abandoned lobby must not fill the list (nor the cap). A
   * classroom session waits as usual, since its teacher may come back with the teacher token.
   */
  private watchEmptyLobby(): void {
    const match = this.match!;
    const empty = () => match.phase === 'lobby' && !match.members.list().some((m) => m.connected);
    if (match.options.classroom || !empty()) return;
    this.emptyLobby?.clear();
    this.emptyLobby = this.clock.setTimeout(() => {
      if (!empty() || match.suspended) return;
      this.log.info('match.emptyLobbyClosed', { seconds: serverContext().guards.emptyLobbySeconds });
      void this.disconnect();
    }, serverContext().guards.emptyLobbySeconds * 1000);
  }

  /** State patches wait for the records like messages do (the room clock still ticks). */
  override broadcastPatch(): boolean {
    if (!this.held.holding) return super.broadcastPatch();
    this.clock.tick();
    return false;
  }

  override onDispose(): void {
    this.unwatchHealth?.();
    serverContext().live.delete(this.live);
    // A suspended match keeps its code: it comes back under it when the server restarts.
    if (!this.match?.suspended) void serverContext().codes.release(this.roomId).catch((error: unknown) => this.log.warn('code.releaseFailed', { error }));
    this.match?.dispose();
    this.log.info('match.disposed', { phase: this.match?.phase, suspended: this.match?.suspended });
  }

  /** Graceful shutdown: save the match as it stands, tell everyone, close with "server restarting". */
  override onBeforeShutdown(): void {
    const unfinished = this.match !== undefined && this.match.phase !== 'ended';
    this.match?.suspend();
    // The notice waits for the snapshot's write (heldOutput.ts): close once it is out (a store that cannot write gets 5 s).
    // The room's clock ticks until the room is disposed, so its timer ends the wait too.
    void this.held.drained(5_000, (ms, fn) => this.clock.setTimeout(fn, ms)).then(() => this.disconnect(unfinished ? CLOSE_CODES.serverRestarting : undefined));
  }

  /**
   * Frames Colyseus 0.16 would silently drop (empty, or a protocol code it does not know)
   * close the connection with 4002, as Colyseus itself does for room data it cannot decode.
   * One byte is looked at; valid frames go on to Colyseus untouched.
   */
  protected override _onMessage(client: Client & ClientPrivate, buffer: Buffer): void {
    const code = buffer?.[0];
    if (code === Protocol.ROOM_DATA || code === Protocol.ROOM_DATA_BYTES || code === Protocol.JOIN_ROOM || code === Protocol.LEAVE_ROOM) return super._onMessage(client, buffer);
    if (client.state === ClientState.LEAVING) return;
    metrics.invalidFrame();
    this.log.info('frame.invalid', { protocolCode: code ?? 'empty', bytes: buffer?.byteLength ?? 0 });
    client.leave(CLOSE_CODES.invalidFrame);
  }

  /**
   * A refused create or join is the client's mistake, not the server's: one `info` line
   * with its code, no stack. Anything else that escapes a room method is a server fault.
   */
  override onUncaughtException(error: unknown, method: string): void {
    const cause = (error as { cause?: unknown }).cause ?? error;
    if (cause instanceof ServerError && cause.code === JOIN_ERROR_CODE) {
      const code = cause.message.slice(0, cause.message.indexOf(':'));
      if ((ERROR_CODES as string[]).includes(code)) metrics.refused(code as ErrorCode);
      this.log.info(method === 'onCreate' ? 'create.refused' : 'join.refused', { error: code, message: cause.message.slice(0, 300) });
      return;
    }
    this.log.error('room.exception', { method, error: cause });
  }

  private port(): RoomPort {
    return {
      send: (sessionId, type, payload) =>
        this.held.send(() => {
          metrics.messageOut();
          this.deliver(sessionId, getMessageBytes.raw(Protocol.ROOM_DATA, type, payload));
        }),
      sendNow: (sessionId, type, payload) => {
        metrics.messageOut();
        this.deliver(sessionId, getMessageBytes.raw(Protocol.ROOM_DATA, type, payload));
      },
      encode: (type, payload) => getMessageBytes.raw(Protocol.ROOM_DATA, type, payload),
      sendEncoded: (sessionId, bytes) => this.held.send(() => this.deliverShared(sessionId, bytes)),
      sendEncodedTo: (sessionIds, bytes) =>
        this.held.send(() => {
          for (const sessionId of sessionIds) this.deliverShared(sessionId, bytes);
        }),
      close: (sessionId, code) => this.clients.getById(sessionId)?.leave(code),
      later: (ms, fn) => this.clock.setTimeout(fn, ms),
      now: () => Date.now(),
      think: serverContext().think,
      listingChanged: (listing) => this.listingChanged(listing),
      // The listing waiting to be written goes first, so that a match listed again shows its new options at once.
      setListed: (listed) => this.chainListing(async () => {
        await this.writeListing();
        await this.setPrivate(!listed);
      }),
    };
  }

  /** Each session's connection as last found: Colyseus' getById walks the room's clients, and a resolution sends a class several frames each. */
  private readonly connections = new Map<string, Client>();

  /**
   * The session's client as Colyseus' list holds it. The one found before is kept while its
   * socket is open: a client leaves the list only once its socket closes, and one that comes
   * back is a new client with a new socket.
   */
  private clientOf(sessionId: string): Client | undefined {
    const known = this.connections.get(sessionId);
    if (known && (known as unknown as { ref?: { readyState?: number } }).ref?.readyState === OPEN) return known;
    const client = this.clients.getById(sessionId);
    if (client) this.connections.set(sessionId, client);
    else this.connections.delete(sessionId);
    return client;
  }

  /** Bytes encoded once for several members (port.encode), to one of them. */
  private deliverShared(sessionId: string, bytes: Uint8Array): void {
    metrics.sharedOut(bytes.byteLength);
    this.deliver(sessionId, bytes);
  }

  /** One frame to one member, in the same socket write as the others sent to it this tick (corks.ts). */
  private deliver(sessionId: string, bytes: Uint8Array): void {
    const client = this.clientOf(sessionId);
    if (!client) return;
    corkFor(client);
    client.enqueueRaw(bytes);
  }

  /**
   * The projection saw the listing change. Writes are coalesced: at most one metadata write
   * (and lobby update) per LISTING_MS, with the latest listing; and chained, so that the
   * lobby never sees an older listing after a newer one.
   */
  private listingChanged(listing: Listing): void {
    // Until the match is attached, attach() writes the first listing itself.
    if (!this.match) return;
    const idle = this.nextListing === undefined;
    this.nextListing = listing;
    if (!idle) return;
    // The first change after a quiet while goes out at once; changes within LISTING_MS of a write wait and merge.
    const wait = this.listingWrittenAt + LISTING_MS - Date.now();
    if (wait <= 0) this.chainListing(() => this.writeListing());
    else this.clock.setTimeout(() => this.chainListing(() => this.writeListing()), wait);
  }

  private async writeListing(): Promise<void> {
    const latest = this.nextListing;
    if (!latest) return;
    this.nextListing = undefined;
    this.listingWrittenAt = Date.now();
    await this.setMetadata(latest);
    if (this.listing.roomId) updateLobby(this);
  }

  private chainListing(step: () => Promise<void>): void {
    this.listingQueue = this.listingQueue.then(step).catch((error: unknown) => this.log.warn('listing.failed', { error }));
  }
}
