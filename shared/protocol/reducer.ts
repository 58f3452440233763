// What a client knows of its match, from the server's messages: one reducer for every
// client (the browser's store, `npm run bot`, the test harness), so that the rules for
// keeping messages (chat and proposals by id, weeks by turn, a snapshot replacing the
// lists, a new seat dropping the old seat's secrets) are written once.
import type { Role, StateView } from '../index.ts';
import type { ChatMessage, Draft, MatchRecordMessage, Proposal, Resolution, ServerMessage, ServerMessageType, TeacherConsole, Welcome } from './serverMessages.ts';
import { SERVER_MESSAGES } from './serverMessages.ts';
import type { MyCheck } from './check.ts';
import type { Memos } from './memo.ts';

export interface SeatState {
  welcome?: Welcome;
  /** The teacher's only. */
  console?: TeacherConsole;
  /** A student's own knowledge check. */
  check?: MyCheck;
  /** The team memos this seat may read (after the end of a class session). */
  memos?: Memos;
  /** The engine's state as this seat may see it. */
  view?: StateView;
  drafts: Partial<Record<Role, Draft>>;
  chat: ChatMessage[];
  proposals: Proposal[];
  /** Every resolved week this seat was told of, by turn. */
  history: Resolution[];
  record?: MatchRecordMessage;
}

export const emptySeatState = (): SeatState => ({ drafts: {}, chat: [], proposals: [], history: [] });

const upsert = <T extends { id: number }>(list: readonly T[], item: T): T[] => {
  const i = list.findIndex((x) => x.id === item.id);
  return i < 0 ? [...list, item] : list.map((x, j) => (j === i ? item : x));
};

const seatKey = (w?: Welcome): string => (w ? (w.seat.kind === 'role' ? `role:${w.seat.role}` : w.seat.kind) : '');

/** The message types that change a SeatState; the others (notice, ok, error) are events for the caller. */
export const STATE_MESSAGES = ['welcome', 'console', 'participation', 'check', 'memos', 'view', 'draft', 'chat', 'chat.history', 'proposal', 'proposals', 'resolution', 'history', 'record'] as const satisfies readonly ServerMessageType[];

/**
 * The state after one server message. Returns `s` itself when the message changes nothing
 * here (notices, replies, unknown types), and never mutates `s`.
 */
export function reduceSeat<T extends ServerMessageType>(s: SeatState, type: T, payload: ServerMessage<T>): SeatState;
export function reduceSeat(s: SeatState, type: string, payload: unknown): SeatState;
export function reduceSeat(s: SeatState, type: string, payload: unknown): SeatState {
  const p = payload as never;
  switch (type as ServerMessageType) {
    case 'welcome': {
      const w = p as Welcome;
      // A new seat (a teacher's move): nothing of the old seat's secrets stays; its snapshot follows.
      if (s.welcome && seatKey(s.welcome) !== seatKey(w)) return { ...emptySeatState(), welcome: w };
      return { ...s, welcome: w };
    }
    case 'console':
      return { ...s, console: p as TeacherConsole };
    case 'participation': {
      // Changed rows only: each replaces the row of the same student in the console's table.
      const table = s.console?.participation;
      if (!s.console || !table) return s;
      const rows = new Map((p as ServerMessage<'participation'>).rows.map((r) => [r.playerId, r]));
      return { ...s, console: { ...s.console, participation: table.map((r) => rows.get(r.playerId) ?? r) } };
    }
    case 'check':
      return { ...s, check: p as MyCheck };
    case 'memos':
      return { ...s, memos: p as Memos };
    case 'view':
      return { ...s, view: (p as ServerMessage<'view'>).state };
    case 'draft': {
      const d = p as Draft;
      return { ...s, drafts: { ...s.drafts, [d.role]: d } };
    }
    case 'chat':
      return { ...s, chat: upsert(s.chat, p as ChatMessage) };
    case 'chat.history':
      return { ...s, chat: (p as ServerMessage<'chat.history'>).messages };
    case 'proposal':
      return { ...s, proposals: upsert(s.proposals, (p as ServerMessage<'proposal'>).proposal) };
    case 'proposals':
      return { ...s, proposals: (p as ServerMessage<'proposals'>).proposals };
    case 'resolution': {
      const r = p as Resolution;
      return { ...s, history: [...s.history.filter((x) => x.turn !== r.turn), r].sort((a, b) => a.turn - b.turn) };
    }
    case 'history':
      return { ...s, history: (p as ServerMessage<'history'>).resolutions };
    case 'record':
      return { ...s, record: p as MatchRecordMessage };
    default:
      return s;
  }
}

/** Whether a message is what its type promises (shared/protocol/serverMessages.ts). */
export function validServerMessage(type: string, payload: unknown): boolean {
  const schema = SERVER_MESSAGES[type as ServerMessageType];
  return !!schema && schema.safeParse(payload).success;
}
