// The client's memory of the match: what the server said, kept as plain data. One store,
// replaced immutably, so that Preact components can select the parts they draw.
import { useEffect, useState } from 'preact/hooks';
import type { NewsItem, Role, StateView } from '../../../shared/index.ts';
import type { ChatMessage, CreateOptions, Draft, MatchRecordMessage, Memos, MyCheck, Proposal, Resolution, Synced, TeacherConsole, Welcome } from '../../../shared/protocol/index.ts';

/** The synced state and its parts (shared/protocol/synced.ts). */
export type { Synced, SyncedOptions, SyncedPlayer as PlayerInfo, SyncedSeat as SeatInfo } from '../../../shared/protocol/index.ts';

export type Connection = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'lost' | 'replaced' | 'kicked';

/** A message for the person, as a ui key (or an engine text) and its parameters. */
export interface Notice {
  id: number;
  key: string;
  params?: Record<string, string | number>;
  /** The engine's reason, said after the message. */
  reason?: { key: string; params?: Record<string, string | number> };
  tone: 'info' | 'error';
}

export interface Playback {
  turn: number;
  index: number;
  total: number;
  item: NewsItem | null;
}

/** Indicators at the start of a week, to show each one's change. */
export interface Snapshot {
  roles: StateView['roles'];
  cohesion: number;
  tension: number;
  narrative: number;
  threat: number;
}

export interface AppState {
  connection: Connection;
  /** The room code of the match this page is in (or trying to get back to). */
  code?: string;
  /** A match created from "Play solo": the others are bots. */
  solo: boolean;
  welcome?: Welcome;
  synced?: Synced;
  /** The engine's state as this seat may see it. */
  view?: StateView;
  /** The view the map shows: during a playback, still the week before. */
  mapView?: StateView;
  drafts: Partial<Record<Role, Draft>>;
  chat: ChatMessage[];
  proposals: Proposal[];
  history: Resolution[];
  record?: MatchRecordMessage;
  notices: Notice[];
  playback: Playback | null;
  snapshots: Record<number, Snapshot>;
  /** Per chat channel, the last message id the person has seen there. */
  chatSeen: Record<string, number>;
  /** The conversation open in the Talk panel. */
  talkTab: string;
  /** A join or create that failed, to show on the home screen. */
  joinError?: Omit<Notice, 'id'>;
  /** A room code from an invite link, waiting for the person to join or watch. */
  invite?: string;
  /** The teacher's extra news (queued event card, watchers): sent to the teacher's seat only. */
  console?: TeacherConsole;
  /** A student's own knowledge check (theirs only). */
  check?: MyCheck;
  /** The team memos this seat may read (after the end of a class session). */
  memos?: Memos;
  /** The options this page last created a match with, for a rematch. */
  lastCreate?: { options: CreateOptions; solo: boolean };
}

const initial: AppState = {
  connection: 'idle',
  solo: false,
  drafts: {},
  chat: [],
  proposals: [],
  history: [],
  notices: [],
  playback: null,
  snapshots: {},
  chatSeen: {},
  talkTab: 'public',
};

type Listener = () => void;

class Store {
  private state: AppState = initial;
  private listeners = new Set<Listener>();
  private noticeId = 0;

  get(): AppState {
    return this.state;
  }

  set(patch: Partial<AppState> | ((s: AppState) => Partial<AppState>)): void {
    const next = typeof patch === 'function' ? patch(this.state) : patch;
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }

  /** Forget the match (back home). */
  reset(): void {
    this.set({ ...initial, notices: this.state.notices, lastCreate: this.state.lastCreate });
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  notify(n: Omit<Notice, 'id'>, ttlMs = 7000): void {
    const notice = { ...n, id: ++this.noticeId };
    this.set((s) => ({ notices: [...s.notices.slice(-3), notice] }));
    if (ttlMs > 0) setTimeout(() => this.dismiss(notice.id), ttlMs);
  }

  dismiss(id: number): void {
    this.set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  }
}

export const store = new Store();

/** A part of the store; the component redraws when that part changes. */
export function useStore<T>(select: (s: AppState) => T): T {
  const [value, setValue] = useState(() => select(store.get()));
  useEffect(() => {
    const update = () => setValue(() => select(store.get()));
    update();
    return store.subscribe(update);
    // The selector is expected to be stable in meaning; re-subscribing on each render is not needed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return value;
}
