// Every server message (shared/protocol/serverMessages.ts) and the synced state, into the
// store. What the seat knows is kept by the shared reducer (reduceSeat in shared/protocol,
// the same for the bot and the test harness); this file adds what only a browser does
// (saving the seat, the playback, notices). The client never works out an outcome itself.
import type { Room } from 'colyseus.js';
import type { StateView } from '../../../shared/index.ts';
import type { Resolution, SeatState, ServerMessage, Welcome } from '../../../shared/protocol/index.ts';
import { ERROR_CODES, reduceSeat, STATE_MESSAGES } from '../../../shared/protocol/index.ts';
import type { Snapshot, Synced } from '../state/store.ts';
import { store } from '../state/store.ts';
import { setAddressForSeat } from './endpoint.ts';
import { saveSeat } from './seatTokens.ts';
import { requestPlayback } from '../state/playback.ts';
import { notePhaseStart } from '../state/clock.ts';

const SNAP_KEY = (code: string) => `sahel.snap.${code}`;

/** Weeks resolved so far: the engine's turn is the week being planned, or after the end the last one played. */
export const weeksResolved = (v: StateView): number => (v.phase === 'ended' ? v.turn : v.turn - 1);

function loadSnapshots(code: string): Record<number, Snapshot> {
  try {
    return JSON.parse(sessionStorage.getItem(SNAP_KEY(code)) ?? '{}') as Record<number, Snapshot>;
  } catch {
    return {};
  }
}

/** Indicators after each resolved week, so that each can show its change. */
function remember(code: string | undefined, view: StateView): void {
  const k = weeksResolved(view);
  const s = store.get();
  const known = Object.keys(s.snapshots).length ? s.snapshots : code ? loadSnapshots(code) : {};
  if (known[k]) {
    if (known !== s.snapshots) store.set({ snapshots: known });
    return;
  }
  const snap: Snapshot = { roles: view.roles, cohesion: view.cohesion, tension: view.tension, narrative: view.narrative, threat: view.threat };
  const snapshots = { ...known, [k]: snap };
  store.set({ snapshots });
  try {
    if (code) sessionStorage.setItem(SNAP_KEY(code), JSON.stringify(snapshots));
  } catch {
    // Only the "change this week" figures are lost.
  }
}

export function resetMatchData(): void {
  store.set({ welcome: undefined, synced: undefined, view: undefined, mapView: undefined, drafts: {}, chat: [], proposals: [], history: [], record: undefined, console: undefined, check: undefined, memos: undefined, playback: null, snapshots: {}, chatSeen: {}, talkTab: 'public' });
}

function plainSynced(state: unknown): Synced | undefined {
  const s = state as { toJSON?: () => unknown };
  const raw = (typeof s?.toJSON === 'function' ? s.toJSON() : s) as Synced | undefined;
  if (!raw || typeof raw.phase !== 'string') return undefined;
  return { ...raw, seats: raw.seats ?? [], players: raw.players ?? [] };
}

/** The store's part that the shared reducer keeps. */
const seatOf = (s: ReturnType<typeof store.get>): SeatState => ({ welcome: s.welcome, console: s.console, check: s.check, memos: s.memos, view: s.view, drafts: s.drafts, chat: s.chat, proposals: s.proposals, history: s.history, record: s.record });

export function handleServerMessages(room: Room, alive: () => boolean, onWelcome: () => void): void {
  const on = <T>(type: string, fn: (msg: T) => void) =>
    room.onMessage(type, (msg: T) => {
      if (alive()) fn(msg);
    });

  room.onStateChange((state) => {
    if (!alive()) return;
    const synced = plainSynced(state);
    if (!synced) return;
    const before = store.get().synced;
    if (before && (before.phase !== synced.phase || before.turn !== synced.turn)) notePhaseStart(synced.phase, synced.deadline, synced.options);
    store.set({ synced });
  });

  // Every message that changes what the seat knows goes through the shared reducer first.
  for (const type of STATE_MESSAGES) on(type, (payload: unknown) => store.set((s) => reduceSeat(seatOf(s), type, payload)));

  on<Welcome>('welcome', (w) => {
    const solo = store.get().solo;
    saveSeat(w.code, { token: w.seatToken, nickname: w.nickname, solo, at: Date.now() });
    setAddressForSeat(w);
    store.set({ code: w.code, connection: 'open' });
    onWelcome();
  });

  on<ServerMessage<'view'>>('view', (v) => remember(store.get().code, v.state));

  on<Resolution>('resolution', (r) => requestPlayback(r));

  on<ServerMessage<'notice'>>('notice', (n) => store.notify({ key: n.key, params: n.params, tone: 'info' }));

  on<ServerMessage<'ok'>>('ok', () => undefined);

  on<ServerMessage<'error'>>('error', (e) => {
    const known = (ERROR_CODES as string[]).includes(e.code);
    store.notify({ key: known ? `error.${e.code}` : 'error.internal', params: e.params, ...(e.reason ? { reason: e.reason } : {}), tone: 'error' });
  });
}
