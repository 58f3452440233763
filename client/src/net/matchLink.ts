// The page's one link to a match room: create, join, come back with a seat token, keep the
// connection alive (Colyseus reconnection, then the seat token), and pour every server
// message into the store.
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import type { ClientMessage, ClientMessageType, CreateOptions, JoinOptions } from '../../../shared/protocol/index.ts';
import { withNickname } from './nickname.ts';
import { CLOSE_CODES, ROOM_NAMES } from '../../../shared/protocol/index.ts';
import { store } from '../state/store.ts';
import { serverOrigin, setAddressCode } from './endpoint.ts';
import { joinFailure } from './joinErrors.ts';
import { handleServerMessages, resetMatchData } from './messages.ts';
import { forgetSeat, savedSeat } from './seatTokens.ts';

/** Close codes: our own leave, and the server's (shared/protocol/rules.ts; 4012, a restart, is recovered from like a drop). */
const { consented: CONSENTED, kicked: KICKED, replaced: REPLACED } = CLOSE_CODES;
const NORMAL = 1000;

/** Colyseus reconnection tries, then seat-token tries (a restarting server restores its matches). */
const RETRY_DELAYS_MS = [500, 1500, 3000, 5000];
const RESUME_DELAYS_MS = [0, 2000, 4000, 8000, 15000, 30000];

/** Refusals that mean the seat is gone for good (as opposed to a server that cannot be reached). */
const SEAT_GONE = new Set(['error.seatTokenUnknown', 'error.noSuchMatch']);

type Entered = { ok: true } | { ok: false; failure: ReturnType<typeof joinFailure> };

let client: Client | null = null;
const colyseus = () => (client ??= new Client(serverOrigin()));

class MatchLink {
  private room: Room | null = null;
  /** Bumped on every new room or leave: callbacks of an old room are ignored. */
  private epoch = 0;

  get connected(): boolean {
    return this.room !== null && store.get().connection === 'open';
  }

  /** Create a match and take a seat in it; a solo match starts at once. */
  async create(options: CreateOptions, solo: boolean): Promise<boolean> {
    const named = withNickname(options);
    store.set({ lastCreate: { options: named, solo } });
    return (await this.enter(() => colyseus().create(ROOM_NAMES.match, named), { solo, startWhenWelcomed: solo })).ok;
  }

  /**
   * A new match with these options while still in the old one: the old table is told where
   * the rematch is (its invite link in the public channel), then left.
   */
  async rematch(options: CreateOptions, solo: boolean, announce: (code: string) => string | undefined): Promise<boolean> {
    store.set({ lastCreate: { options, solo } });
    const entered = await this.enter(() => colyseus().create(ROOM_NAMES.match, options), {
      solo,
      startWhenWelcomed: solo,
      beforeSwitch: (code) => {
        const text = announce(code);
        if (text && this.room) this.room.send('chat.send', { to: 'public', text });
      },
    });
    return entered.ok;
  }

  async join(code: string, options: JoinOptions): Promise<boolean> {
    const named = withNickname(options);
    return (await this.enter(() => colyseus().joinById(code, named), { solo: false, code })).ok;
  }

  /**
   * Back to a seat this browser held (after a refresh or a lost connection). A seat the
   * server no longer knows is forgotten; an unreachable server leaves it for the next try.
   */
  async resume(code: string, reconnecting = false): Promise<'ok' | 'gone' | 'unreachable'> {
    const seat = savedSeat(code);
    if (!seat) return 'gone';
    const entered = await this.enter(() => colyseus().joinById(code, { seatToken: seat.token }), { solo: !!seat.solo, code, quiet: true, reconnecting });
    if (entered.ok) return 'ok';
    if (SEAT_GONE.has(entered.failure.key)) {
      forgetSeat(code);
      return 'gone';
    }
    return 'unreachable';
  }

  send<T extends ClientMessageType>(type: T, payload: Omit<ClientMessage<T>, 'rid'>): void {
    if (!this.room) return;
    try {
      this.room.send(type, payload);
    } catch {
      store.notify({ key: 'error.notConnected', tone: 'error' });
    }
  }

  /** Leave for good (back home): the seat is given up in the lobby, kept for its token in a match. */
  async leave(): Promise<void> {
    const room = this.room;
    const code = store.get().code;
    this.epoch++;
    this.room = null;
    if (code && store.get().synced?.phase === 'lobby') forgetSeat(code);
    setAddressCode(undefined);
    resetMatchData();
    store.set({ connection: 'idle', code: undefined, solo: false, welcome: undefined, synced: undefined });
    if (room) {
      try {
        await room.leave(true);
      } catch {
        // Already closed.
      }
    }
  }

  private async enter(
    open: () => Promise<Room>,
    how: { solo: boolean; code?: string; startWhenWelcomed?: boolean; quiet?: boolean; reconnecting?: boolean; beforeSwitch?: (code: string) => void },
  ): Promise<Entered> {
    const epoch = ++this.epoch;
    store.set({ connection: how.reconnecting ? 'reconnecting' : 'connecting', joinError: undefined, ...(how.code ? { code: how.code } : {}) });
    let room: Room;
    try {
      room = await open();
    } catch (err) {
      const failure = joinFailure(err);
      if (epoch === this.epoch && !how.reconnecting) store.set({ connection: 'idle', ...(how.quiet ? {} : { joinError: failure }) });
      return { ok: false, failure };
    }
    if (epoch !== this.epoch) {
      void room.leave(true);
      return { ok: false, failure: { key: 'error.joinFailed', tone: 'error' } };
    }
    if (this.room && this.room !== room) {
      how.beforeSwitch?.(room.roomId);
      void this.room.leave(true).catch(() => undefined);
    }
    // Back in the same match (a refresh, a lost connection): keep what this page already knows.
    if (store.get().welcome?.code !== room.roomId) resetMatchData();
    store.set({ solo: how.solo, code: room.roomId });
    this.attach(room, how.startWhenWelcomed ?? false);
    return { ok: true };
  }

  private attach(room: Room, startWhenWelcomed: boolean): void {
    const epoch = this.epoch;
    this.room = room;
    store.set({ connection: 'open' });
    handleServerMessages(room, () => epoch === this.epoch, () => {
      if (startWhenWelcomed) {
        startWhenWelcomed = false;
        this.send('control', { command: 'start' });
      }
    });
    room.onLeave((code) => {
      if (epoch !== this.epoch) return;
      this.room = null;
      // A match that ended may close its room; anything else is worth getting back to.
      if ((code === CONSENTED || code === NORMAL) && store.get().synced?.phase === 'ended') {
        store.set({ connection: 'lost' });
        return;
      }
      if (code === KICKED) {
        forgetSeat(room.roomId);
        store.set({ connection: 'kicked' });
        return;
      }
      if (code === REPLACED) {
        store.set({ connection: 'replaced' });
        return;
      }
      void this.recover(room, epoch);
    });
  }

  /** The connection dropped: Colyseus' own reconnection first, then the seat token. */
  private async recover(old: Room, epoch: number): Promise<void> {
    store.set({ connection: 'reconnecting' });
    for (const delay of RETRY_DELAYS_MS) {
      await new Promise((r) => setTimeout(r, delay));
      if (epoch !== this.epoch) return;
      try {
        const room = await colyseus().reconnect(old.reconnectionToken);
        if (epoch !== this.epoch) {
          void room.leave(true);
          return;
        }
        this.attach(room, false);
        room.send('sync', {});
        return;
      } catch {
        // Not yet: the server may be restarting, or the window closed; try again, then fall back.
      }
    }
    const code = store.get().code ?? old.roomId;
    for (const delay of RESUME_DELAYS_MS) {
      await new Promise((r) => setTimeout(r, delay));
      // The person left, or another attempt (a "Try again") took over.
      if (store.get().connection !== 'reconnecting' || this.room) return;
      const result = await this.resume(code, true);
      if (result === 'ok') return;
      if (result === 'gone') break;
    }
    if (!this.room && store.get().connection === 'reconnecting') store.set({ connection: 'lost' });
  }

  /** "Try again" after a lost connection, or "use it here" after another tab took the seat. */
  async retry(): Promise<void> {
    const code = store.get().code;
    if (!code) return;
    if ((await this.resume(code, true)) !== 'ok') store.set({ connection: 'lost' });
  }
}

export const link = new MatchLink();
