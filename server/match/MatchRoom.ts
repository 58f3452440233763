// The Colyseus room of one match: it turns room lifecycle events into Match calls and
// gives the match its RoomPort. The rules of the match live in Match and its modules.
import { randomInt, randomUUID } from 'node:crypto';
import type { Client } from '@colyseus/core';
import { Room, ServerError, updateLobby } from '@colyseus/core';
import type { ErrorCode, ErrorParams, JoinOptions } from '../../shared/protocol/index.ts';
import { CreateOptionsSchema, errorMessage, JOIN_ERROR_CODE, JoinOptionsSchema, LIMITS, MATCH_OPTION_NAMES, withDefaults } from '../../shared/protocol/index.ts';
import { serverContext } from '../context.ts';
import type { Logger } from '../log.ts';
import { Inbox } from './inbox.ts';
import { listingOf } from './listing.ts';
import { Match } from './Match.ts';
import type { RoomPort } from './port.ts';
import { CLOSE_CODES } from './port.ts';
import { Refusal } from './refusal.ts';
import { claimRoomCode, releaseRoomCode } from './roomCode.ts';
import { admit, depart, dropped, reconnectionExpired, returned } from './seating.ts';
import type { MatchState } from './schema.ts';
import { newMatchState } from './schema.ts';
import { zodDetail } from './zodDetail.ts';

const JOIN_KEYS = new Set(Object.keys(JoinOptionsSchema.shape));
const OPTION_KEYS = new Set<string>(MATCH_OPTION_NAMES);

/** Join and create failures reach the client as a matchmaking error: code 4422, message "code: sentence". */
const joinError = (code: ErrorCode, params: ErrorParams = {}) => new ServerError(JOIN_ERROR_CODE, `${code}: ${errorMessage(code, params)}`);

export class MatchRoom extends Room<MatchState> {
  private match?: Match;
  private inbox?: Inbox;
  private log: Logger = serverContext().log;
  private createdAt = Date.now();
  private listingQueue: Promise<void> = Promise.resolve();

  override onCreate(raw: unknown): void {
    const parsed = CreateOptionsSchema.safeParse(raw ?? {});
    if (!parsed.success) throw joinError('badOptions', { detail: zodDetail(parsed.error) });
    const { nickname: _n, role: _r, spectate: _s, seatToken: _t, ...chosen } = parsed.data;
    const options = withDefaults(chosen);
    const seed = options.seed ?? randomInt(0, 2 ** 31 - 1);
    const code = claimRoomCode();
    const ctx = serverContext();
    this.log = ctx.log.child({ code });
    this.roomId = code;
    this.state = newMatchState();
    try {
      const record = ctx.records.open({ matchId: randomUUID(), code, createdAt: this.createdAt, options, seed });
      this.match = new Match(this.port(), this.state, this.log, record, { code, options, seed });
    } catch (err) {
      releaseRoomCode(code);
      throw err instanceof RangeError ? joinError('badOptions', { detail: err.message }) : err;
    }
    this.inbox = new Inbox(this.match);
    this.onMessage('*', (client, type, message) => this.inbox!.receive(client.sessionId, type, message));
    if (!options.public) void this.setPrivate(true);
    void this.setMetadata(listingOf(this.match, this.createdAt));
    this.log.info('match.created', { options: { ...options, seed: undefined } });
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
      admit(this.match!, client.sessionId, auth);
    } catch (err) {
      if (err instanceof Refusal) throw joinError(err.code, err.params);
      throw err;
    }
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const match = this.match!;
    this.inbox!.forget(client.sessionId);
    const member = match.members.bySession(client.sessionId);
    if (!member) return;
    if (consented) return depart(match, member, 'left');
    dropped(match, member);
    try {
      await this.allowReconnection(client, LIMITS.reconnectSeconds);
    } catch {
      reconnectionExpired(match, member, client.sessionId);
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

  override onDispose(): void {
    releaseRoomCode(this.roomId);
    this.match?.dispose();
    this.log.info('match.disposed', { phase: this.match?.phase });
  }

  override onUncaughtException(error: unknown, method: string): void {
    this.log.error('room.exception', { method, error: (error as { cause?: unknown }).cause ?? error });
  }

  private port(): RoomPort {
    return {
      send: (sessionId, type, payload) => this.clients.getById(sessionId)?.send(type, payload),
      close: (sessionId, code) => this.clients.getById(sessionId)?.leave(code),
      later: (ms, fn) => this.clock.setTimeout(fn, ms),
      now: () => Date.now(),
      listingChanged: () => this.refreshListing(),
      setListed: (listed) => {
        this.setPrivate(!listed).catch((error: unknown) => this.log.warn('listing.failed', { error }));
      },
    };
  }

  /** Metadata writes are chained so that the lobby never sees an older listing after a newer one. */
  private refreshListing(): void {
    this.listingQueue = this.listingQueue
      .then(async () => {
        if (!this.match) return;
        await this.setMetadata(listingOf(this.match, this.createdAt));
        if (this.listing.roomId) updateLobby(this);
      })
      .catch((error: unknown) => this.log.warn('listing.failed', { error }));
  }
}
