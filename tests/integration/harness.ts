// Test harness: a real server on a free loopback port, and colyseus.js clients that
// record everything they receive (the raw WebSocket frames as well as the decoded
// messages and state) and wait for conditions on their own callbacks, never on sleeps.
import { unpack } from '@colyseus/msgpackr';
import { decode } from '@colyseus/schema';
import { Client } from 'colyseus.js';
import { afterAll, beforeAll } from 'vitest';
import { Waiters } from './waiters.ts';
import type { Room } from 'colyseus.js';
import type { Role, StateView } from '../../shared/index.ts';
import type {
  ChatMessage,
  ClientMessageType,
  CreateOptions,
  Draft,
  ErrorReply,
  JoinOptions,
  MatchRecordMessage,
  Proposal,
  Resolution,
  SeatState,
  Synced,
  TeacherConsole,
  MyCheck,
  Memos,
  Welcome,
} from '../../shared/protocol/index.ts';
import { emptySeatState, reduceSeat, validServerMessage } from '../../shared/protocol/index.ts';
import { LOOSE_GUARDS } from '../../server/config.ts';
import { createLogger } from '../../server/log.ts';
import type { LogLevel } from '../../server/log.ts';
import type { RunningServer, StartOptions } from '../../server/startServer.ts';
import { startServer } from '../../server/startServer.ts';

export interface TestServer extends RunningServer {
  url: string;
  http: string;
}

/**
 * Server logs are silent unless TEST_LOG_LEVEL says otherwise (e.g. TEST_LOG_LEVEL=debug).
 * Records live in an in-memory SQLite database unless `extra` says otherwise.
 */
export async function bootServer(extra: Partial<StartOptions> = {}): Promise<TestServer> {
  const level = (process.env.TEST_LOG_LEVEL ?? 'silent') as LogLevel;
  const log = createLogger({ level, pretty: true, write: (line) => process.stderr.write(line + '\n') });
  // Test files play many matches from one address: loose limits, unless a test sets its own.
  // Bot threads at normal priority: test files run side by side on every core, and an idle-priority
  // thread would wait for them all (its idle priority has a test of its own, botThreads.test.ts).
  const server = await startServer({ port: 0, host: '127.0.0.1', log, handleSignals: false, botPriority: 'normal', ...extra, guards: { ...LOOSE_GUARDS, ...extra.guards } });
  return { ...server, url: `ws://127.0.0.1:${server.port}`, http: `http://127.0.0.1:${server.port}` };
}

/** Options that make a match move as fast as its players: no briefing or playback pauses. */
export const FAST: CreateOptions = { briefingSeconds: 0, resolutionSeconds: 0, planningSeconds: 120 };

export interface Received {
  type: string;
  payload: unknown;
}

/** The synced state as the client decoded it, in plain JSON. */
export type PlainState = Synced;

let rids = 0;

export class TestClient {
  room!: Room;
  /** Every WebSocket frame received, in order, across reconnections. */
  readonly frames: Uint8Array[] = [];
  /** Every room message, decoded by the harness itself from the raw frames. */
  readonly rawMessages: Received[] = [];
  /** Every room message as colyseus.js delivered it. */
  readonly received: Received[] = [];
  /** Messages that did not match their schema in shared/protocol (should stay empty). */
  readonly invalid: Received[] = [];
  /** Every decoded state the client went through (JSON), to check what the synced state carried. */
  readonly states: string[] = [];
  welcome?: Welcome;
  /** The teacher's console message (teachers only). */
  console?: TeacherConsole;
  /** A student's own knowledge check. */
  check?: MyCheck;
  /** The team memos this seat may read. */
  memos?: Memos;
  view?: StateView;
  readonly drafts = new Map<Role, Draft>();
  readonly chat: ChatMessage[] = [];
  readonly proposals = new Map<number, Proposal>();
  readonly resolutions: Resolution[] = [];
  readonly errors: ErrorReply[] = [];
  readonly notices: { key: string; params: Record<string, string | number> }[] = [];
  record?: MatchRecordMessage;
  left?: number;
  /**
   * What the seat knows, kept by the clients' shared reducer (shared/protocol/reducer.ts).
   * The fields above mirror it (a slice is copied when the reducer changed it), so that a
   * test may clear them, e.g. before a refresh, and see what the new connection sends.
   */
  private seatState: SeatState = emptySeatState();
  private waiters = new Waiters();

  private constructor(
    readonly url: string,
    readonly label: string,
  ) {}

  static async create(url: string, label: string, options: CreateOptions): Promise<TestClient> {
    const c = new TestClient(url, label);
    c.attach(await new Client(url).create('match', options));
    await c.until('welcome', () => c.welcome);
    return c;
  }

  static async join(url: string, label: string, code: string, options: JoinOptions): Promise<TestClient> {
    const c = new TestClient(url, label);
    c.attach(await new Client(url).joinById(code, options));
    await c.until('welcome', () => c.welcome);
    return c;
  }

  get code(): string {
    return this.room.roomId;
  }

  get state(): PlainState {
    return (this.room.state as { toJSON(): PlainState }).toJSON();
  }

  get role(): Role | undefined {
    return this.welcome?.seat.kind === 'role' ? this.welcome.seat.role : undefined;
  }

  get playerId(): string {
    return this.welcome!.playerId;
  }

  seat(role: Role) {
    return this.state.seats.find((s) => s.role === role);
  }

  /**
   * Resolves when `check` returns something truthy, re-checked on every message and state
   * change. A check that throws (e.g. the state has not arrived yet) counts as "not yet".
   */
  until<T>(what: string, check: () => T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
    return this.waiters.until(check, timeoutMs, (lastError) => {
      const cause = lastError ? `; last check error: ${String(lastError)}` : '';
      return `${this.label}: timed out waiting for ${what} (phase ${this.safePhase()}, last messages: ${this.received.slice(-5).map((r) => r.type).join(', ')}${cause})`;
    });
  }

  /** Send a message with a request id and wait for its `ok` or `error` reply. */
  async request(type: ClientMessageType | string, payload: Record<string, unknown> = {}): Promise<{ ok: true } | { ok: false; error: ErrorReply }> {
    const rid = `r${++rids}`;
    this.room.send(type, { ...payload, rid });
    return this.until(`reply to ${type}`, () => {
      const err = this.errors.find((e) => e.rid === rid);
      if (err) return { ok: false as const, error: err };
      return this.received.some((r) => r.type === 'ok' && (r.payload as { rid?: string }).rid === rid) ? { ok: true as const } : undefined;
    });
  }

  /** Like request, but the test fails on an error reply. */
  async must(type: ClientMessageType, payload: Record<string, unknown> = {}): Promise<void> {
    const r = await this.request(type, payload);
    if (!r.ok) throw new Error(`${this.label}: ${type} refused: ${r.error.code} ${r.error.message}`);
  }

  async refused(type: ClientMessageType | string, payload: Record<string, unknown> = {}): Promise<ErrorReply> {
    const r = await this.request(type, payload);
    if (r.ok) throw new Error(`${this.label}: ${type} was accepted but should have been refused`);
    return r.error;
  }

  /** Cut the connection as a network failure would (no consented leave). */
  drop(): void {
    const ws = (this.room as unknown as { connection: { transport: { ws: { terminate(): void } } } }).connection.transport.ws;
    ws.terminate();
  }

  async reconnect(): Promise<void> {
    this.attach(await new Client(this.url).reconnect(this.room.reconnectionToken));
  }

  /** A refreshed page: a new join with the stored seat token (or the one given, e.g. kept across a server restart). */
  async rejoinWithToken(seatToken = this.welcome!.seatToken, url = this.url): Promise<void> {
    this.attach(await new Client(url).joinById(this.code, { seatToken }));
  }

  /** A new join on this client's room with other options, e.g. `{ teacherToken }` for a refreshed console. */
  async rejoinWith(options: JoinOptions, url = this.url): Promise<void> {
    this.attach(await new Client(url).joinById(this.code, options));
  }

  async leave(): Promise<void> {
    if (this.left === undefined) await this.room.leave(true);
  }

  private safePhase(): string {
    try {
      return this.state.phase;
    } catch {
      return '?';
    }
  }

  private notify(): void {
    this.waiters.notify();
  }

  private attach(room: Room): void {
    this.room = room;
    this.left = undefined;
    // A new connection (a refreshed page): the lists come again in its snapshot.
    const { welcome, console, view, record } = this.seatState;
    this.seatState = { ...emptySeatState(), welcome, console, view, record };
    const ws = (room as unknown as { connection: { transport: { ws: { addEventListener(t: string, f: (e: { data: ArrayBuffer }) => void): void } } } }).connection.transport.ws;
    ws.addEventListener('message', (e) => this.onFrame(new Uint8Array(e.data)));
    room.onMessage('*', (type, payload) => this.onMessage(String(type), payload));
    room.onStateChange(() => {
      this.states.push(JSON.stringify(this.state));
      this.notify();
    });
    room.onLeave((code) => {
      this.left = code;
      this.notify();
    });
  }

  private onFrame(frame: Uint8Array): void {
    this.frames.push(frame);
    if (frame[0] !== 13) return; // ROOM_DATA: a message type, then a msgpack payload
    const bytes = Buffer.from(frame);
    const it = { offset: 1 };
    const type = decode.stringCheck(bytes, it) ? decode.string(bytes, it) : String(decode.number(bytes, it));
    const payload: unknown = bytes.byteLength > it.offset ? unpack(bytes.subarray(it.offset)) : undefined;
    this.rawMessages.push({ type, payload });
  }

  private onMessage(type: string, payload: unknown): void {
    this.received.push({ type, payload });
    if (!validServerMessage(type, payload)) this.invalid.push({ type, payload });
    const before = this.seatState;
    const s = (this.seatState = reduceSeat(before, type, payload));
    if (s.welcome !== before.welcome) this.welcome = s.welcome;
    if (s.console !== before.console) this.console = s.console;
    if (s.check !== before.check) this.check = s.check;
    if (s.memos !== before.memos) this.memos = s.memos;
    if (s.view !== before.view) this.view = s.view;
    if (s.record !== before.record) this.record = s.record;
    if (s.drafts !== before.drafts) {
      this.drafts.clear();
      for (const d of Object.values(s.drafts) as Draft[]) this.drafts.set(d.role, d);
    }
    if (s.chat !== before.chat) this.chat.splice(0, this.chat.length, ...s.chat);
    if (s.proposals !== before.proposals) {
      this.proposals.clear();
      for (const p of s.proposals) this.proposals.set(p.id, p);
    }
    // Events, as they came (every week's resolution each time it is sent, errors, notices).
    if (type === 'resolution') this.resolutions.push(payload as Resolution);
    if (type === 'error') this.errors.push(payload as ErrorReply);
    if (type === 'notice') this.notices.push(payload as { key: string; params: Record<string, string | number> });
    this.notify();
  }
}

/** Everything a client received, as bytes, to search for strings it must never have seen. */
export function receivedText(c: TestClient, frames = c.frames): string {
  return frames.map((f) => Buffer.from(f).toString('latin1')).join('\n');
}

export const closeAll = async (clients: TestClient[]) => {
  await Promise.allSettled(clients.map((c) => c.leave()));
};

/**
 * The server of one test file: booted before its tests and closed after them, once the
 * clients pushed to `clients` have left. Its fields exist once booted (inside the tests).
 */
export function suiteServer(clients: TestClient[], extra: Partial<StartOptions> = {}): Pick<TestServer, 'url' | 'http' | 'records'> {
  let booted: TestServer | undefined;
  beforeAll(async () => {
    booted = await bootServer(extra);
  });
  afterAll(async () => {
    await closeAll(clients);
    await booted?.close();
  });
  const get = (): TestServer => {
    if (!booted) throw new Error('the test server is used before beforeAll booted it');
    return booted;
  };
  return {
    get url() {
      return get().url;
    },
    get http() {
      return get().http;
    },
    get records() {
      return get().records;
    },
  };
}

/** The host starts the match and everyone sees the first planning phase. */
export async function startAndPlan(host: TestClient, all: TestClient[]): Promise<void> {
  await host.must('control', { command: 'start' });
  await Promise.all(all.map((c) => c.until('planning', () => c.state.phase === 'planning')));
}

