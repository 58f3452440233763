// Every server message (shared/protocol/serverMessages.ts) and the synced state, into the
// store. The client keeps what it is sent; it never works out an outcome itself.
import type { Room } from 'colyseus.js';
import type { StateView } from '../../../shared/index.ts';
import type { ChatMessage, Draft, MatchRecordMessage, Proposal, Resolution, ServerMessage, TeacherConsole, Welcome } from '../../../shared/protocol/index.ts';
import { ERROR_CODES } from '../../../shared/protocol/index.ts';
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
  store.set({ welcome: undefined, synced: undefined, view: undefined, mapView: undefined, drafts: {}, chat: [], proposals: [], history: [], record: undefined, console: undefined, playback: null, snapshots: {}, chatSeen: {}, talkTab: 'public' });
}

function plainSynced(state: unknown): Synced | undefined {
  const s = state as { toJSON?: () => unknown };
  const raw = (typeof s?.toJSON === 'function' ? s.toJSON() : s) as Synced | undefined;
  if (!raw || typeof raw.phase !== 'string') return undefined;
  return { ...raw, seats: raw.seats ?? [], players: raw.players ?? [] };
}

const upsert = <T extends { id: number }>(list: T[], item: T): T[] => {
  const i = list.findIndex((x) => x.id === item.id);
  return i < 0 ? [...list, item] : list.map((x, j) => (j === i ? item : x));
};

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
    if (before && (before.phase !== synced.phase || before.turn !== synced.turn)) notePhaseStart(synced.phase, synced.deadline, synced.options as unknown as Record<string, unknown>);
    store.set({ synced });
  });

  on<Welcome>('welcome', (w) => {
    const solo = store.get().solo;
    saveSeat(w.code, { token: w.seatToken, nickname: w.nickname, solo, at: Date.now() });
    setAddressForSeat(w);
    store.set({ welcome: w, code: w.code, connection: 'open' });
    onWelcome();
  });

  on<ServerMessage<'view'>>('view', (v) => {
    store.set({ view: v.state });
    remember(store.get().code, v.state);
  });

  on<Draft>('draft', (d) => store.set((s) => ({ drafts: { ...s.drafts, [d.role]: d } })));

  on<ChatMessage>('chat', (m) => store.set((s) => ({ chat: upsert(s.chat, m) })));
  on<ServerMessage<'chat.history'>>('chat.history', (h) => store.set({ chat: h.messages }));

  on<ServerMessage<'proposal'>>('proposal', (p) => store.set((s) => ({ proposals: upsert<Proposal>(s.proposals, p.proposal) })));
  on<ServerMessage<'proposals'>>('proposals', (p) => store.set({ proposals: p.proposals }));

  on<Resolution>('resolution', (r) => {
    store.set((s) => ({ history: [...s.history.filter((x) => x.turn !== r.turn), r].sort((a, b) => a.turn - b.turn) }));
    requestPlayback(r);
  });
  on<ServerMessage<'history'>>('history', (h) => store.set({ history: h.resolutions }));

  on<MatchRecordMessage>('record', (r) => store.set({ record: r }));

  on<ServerMessage<'notice'>>('notice', (n) => store.notify({ key: n.key, params: n.params, tone: 'info' }));

  on<ServerMessage<'ok'>>('ok', () => undefined);
  // Only the teacher's seat is sent this.
  on<TeacherConsole>('console', (c) => store.set({ console: c }));

  on<ServerMessage<'error'>>('error', (e) => {
    const known = (ERROR_CODES as string[]).includes(e.code);
    store.notify({ key: known ? `error.${e.code}` : 'error.internal', params: e.params, ...(e.reason ? { reason: e.reason } : {}), tone: 'error' });
  });
}
