// Every message the server sends to a client, with its payload schema. Clients may
// parse what they receive with these; the integration tests do.
import { z } from 'zod';
import type { Change, StateView } from '../index.ts';
import { OrderListSchema, OrderSchema, RidSchema, RoleSchema, SeatSchema, TextSchema } from './common.ts';
import { CONTROL_NAMES } from './controlList.ts';
import { ErrorReplySchema } from './errors.ts';
import { CheckResultsSchema, MyCheckSchema } from './check.ts';
import { MemosSchema } from './memo.ts';
import { StudentActivitySchema } from './participation.ts';

const perRole = <T extends z.ZodType>(v: T) => z.partialRecord(RoleSchema, v);
const MemberRefSchema = z.object({ playerId: z.string(), nickname: z.string() });

export const WelcomeSchema = z.object({
  code: z.string(),
  /** The match's record id for all time: exports, debrief and replay (GET /api/records/:matchId…). */
  matchId: z.string(),
  playerId: z.string(),
  /** Keep it (e.g. in sessionStorage): joining with it returns you to this seat. */
  seatToken: z.string(),
  nickname: z.string(),
  seat: SeatSchema,
  host: z.boolean(),
  /** The controls this member may send (see the controls table; each has its own phases). */
  controls: z.array(z.enum(CONTROL_NAMES)),
  /** A classroom session (the teacher runs it; students are placed in teams). */
  classroom: z.boolean(),
  /** This seat is a projector: a spectator's view, counted in `projectorCount`. */
  projector: z.boolean().optional(),
  /**
   * Teacher only: the secret that returns the teacher to the console (join option
   * `teacherToken`) and opens the session's records (`Authorization: Bearer`). Same value as
   * `seatToken`. Keep it out of anything shown on the projector.
   */
  teacherToken: z.string().optional(),
});

const ConsoleMemberSchema = z.object({ playerId: z.string(), nickname: z.string(), connected: z.boolean(), projector: z.boolean() });
/** Teacher only: what the console needs beyond the synced state. Sent on join and whenever it changes. */
export const ConsoleSchema = z.object({
  /** The event card queued with injectEvent, to be played at the next resolution. */
  pendingEvent: z.string().optional(),
  /** Spectators and projectors (students are in `state.players`), e.g. to remove one. */
  watchers: z.array(ConsoleMemberSchema),
  /** The knowledge check's results, live (when the class takes it). */
  checks: CheckResultsSchema.optional(),
  /** What each student did (a class session): activity, not quality. */
  participation: z.array(StudentActivitySchema).optional(),
  /** Whether the team memos were shown to the class (the memos themselves come in `memos`). */
  memosRevealed: z.boolean().optional(),
});

/** Participation counts that changed since the teacher's last console: rows to put in place of theirs, by `playerId`. */
export const ParticipationRowsSchema = z.object({ rows: z.array(StudentActivitySchema) });

export const ViewSchema = z.object({
  /** The engine's state as this seat may see it (viewFor), with the seed hidden until the end. */
  state: z.custom<StateView>((v) => typeof v === 'object' && v !== null && 'turn' in v && 'roles' in v, 'a state view'),
});

export const DraftEntrySchema = z.object({ order: OrderSchema, proposal: z.int().optional() });
export const DraftSchema = z.object({
  role: RoleSchema,
  turn: z.int(),
  entries: z.array(DraftEntrySchema),
  spent: z.int(),
  budget: z.int(),
  ready: z.boolean(),
  /** Who made the last change (a nickname, "bot", or a proposal). */
  editedBy: z.string().optional(),
});

export const ChatMessageSchema = z.object({
  id: z.int(),
  turn: z.int(),
  channel: z.string(),
  from: MemberRefSchema.extend({ role: RoleSchema }),
  text: z.string(),
  at: z.number(),
});
export const ChatHistorySchema = z.object({ messages: z.array(ChatMessageSchema) });

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn', 'expired'] as const;
export const ProposalSchema = z.object({
  id: z.int(),
  turn: z.int(),
  from: RoleSchema,
  to: RoleSchema,
  /** Orders the proposing role will carry out. */
  give: OrderListSchema,
  /** Orders it asks the other role to carry out. */
  get: OrderListSchema,
  note: z.string().optional(),
  status: z.enum(PROPOSAL_STATUSES),
  proposedBy: MemberRefSchema,
  decidedBy: MemberRefSchema.optional(),
});
export const ProposalMessageSchema = z.object({ proposal: ProposalSchema });
export const ProposalListSchema = z.object({ proposals: z.array(ProposalSchema) });

const AmbassadorStatusSchema = z.enum(['posted', 'recalled', 'expelled']);
const AirspaceStatusSchema = z.enum(['open', 'closed']);
const BorderStatusSchema = z.enum(['open', 'restricted', 'closed']);
/** What a news item changed in the state (the engine's Change): the map plays it as is. */
export const ChangeSchema = z.discriminatedUnion('on', [
  z.object({ on: z.literal('ambassador'), key: z.string(), from: AmbassadorStatusSchema, to: AmbassadorStatusSchema }),
  z.object({ on: z.literal('airspace'), key: z.string(), from: AirspaceStatusSchema, to: AirspaceStatusSchema }),
  z.object({ on: z.literal('border'), key: z.string(), from: BorderStatusSchema, to: BorderStatusSchema }),
  z.object({
    on: z.literal('incident'),
    id: z.int(),
    by: z.literal('mali'),
    border: z.literal('algeria-mali'),
    downed: z.boolean(),
    claims: z.object({ algeria: z.number(), operator: z.number() }),
  }),
]);
// The schema and the engine's type say the same, both ways, or this does not compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type ChangeSchemaIsEngines = Holds<Same<z.infer<typeof ChangeSchema>, Change>>;

export const NewsItemSchema = z.object({
  text: TextSchema,
  actor: z.string().optional(),
  target: z.string().optional(),
  action: z.string().optional(),
  kind: z.string(),
  changes: z.array(ChangeSchema).optional(),
});
const RefusedSchema = z.object({ role: RoleSchema, order: OrderSchema, reason: TextSchema });

export const ResolutionSchema = z.object({
  /** The week that was resolved. */
  turn: z.int(),
  event: z.string().optional(),
  /** The teacher chose this week's event card (injectEvent); the news says so too. */
  injected: z.boolean().optional(),
  news: z.array(NewsItemSchema),
  /** Private reports, only for the roles this seat may see. */
  reports: perRole(z.array(TextSchema)),
  /** Carried-out orders: public ones of every role, and all of this seat's own role. */
  revealed: perRole(OrderListSchema),
  refused: z.array(RefusedSchema),
  /** Roles a bot played this week. */
  bots: z.array(RoleSchema),
  ended: z.boolean(),
});
export const HistorySchema = z.object({ resolutions: z.array(ResolutionSchema) });

/** What an expert bot expected of its orders one week (shared/bots/expert.ts, DecisionNote): shown in the debrief. */
export const BotNoteSchema = z.object({
  turn: z.int(),
  role: RoleSchema,
  level: z.string(),
  character: z.string(),
  expectedScore: z.number(),
  winChance: z.number(),
  tension: z.number(),
  orders: z.array(z.object({ order: OrderSchema, effects: z.record(z.string(), z.number()), tension: z.number(), scoreGain: z.number() })),
  considered: z.int(),
  worlds: z.int(),
  weeksSimulated: z.int(),
  cutShort: z.boolean(),
});
export type BotNote = z.infer<typeof BotNoteSchema>;

export const TurnRecordSchema = z.object({
  turn: z.int(),
  event: z.string().optional(),
  injected: z.boolean().optional(),
  orders: perRole(OrderListSchema),
  carriedOut: perRole(OrderListSchema),
  refused: z.array(RefusedSchema),
  news: z.array(NewsItemSchema),
  reports: perRole(z.array(TextSchema)),
  bots: z.array(RoleSchema),
  /** The expert bots' reasoning for the week (in the record only: revealed at the end, with every order). */
  botNotes: z.array(BotNoteSchema).optional(),
});
export const RecordSchema = z.object({
  code: z.string(),
  matchId: z.string(),
  /** The teacher ended the match before its last week (endMatch): the week being planned was not played. */
  endedEarly: z.boolean(),
  seed: z.int(),
  outcome: z.unknown(),
  objectives: perRole(z.string()),
  turns: z.array(TurnRecordSchema),
  /** Whether the host chose to reveal private and team channels and proposals. */
  privateRevealed: z.boolean(),
  chat: z.array(ChatMessageSchema),
  proposals: z.array(ProposalSchema),
});

/** One order a role could give now, and whether the engine would take it (with its reason if not). */
export const MenuChoiceSchema = z.object({
  order: OrderSchema,
  ok: z.boolean(),
  /** The engine's refusal code when not ok (`notEnoughAp`, `duplicateOrder`, an action's own precondition…). */
  code: z.string().optional(),
  /** The same refusal as text to translate (`reason.<code>`). */
  reason: TextSchema.optional(),
});
/**
 * The orders a role may draft now (answer to `menu`): every action of the role's, each
 * target and option spelled out, judged against the role's own view and its team's draft.
 */
export const MenuSchema = z.object({
  role: RoleSchema,
  turn: z.int(),
  /** Action points the draft already spends, and the week's budget. */
  spent: z.int(),
  budget: z.int(),
  actions: z.array(z.object({ action: z.string(), cost: z.int(), choices: z.array(MenuChoiceSchema) })),
});

export const NoticeSchema = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export const OkSchema = z.object({ type: z.string(), rid: RidSchema });

export const SERVER_MESSAGES = {
  welcome: WelcomeSchema,
  console: ConsoleSchema,
  /** The counts that changed in the console's participation table (coalesced, at most once a second). */
  participation: ParticipationRowsSchema,
  /** A student's own knowledge check (only theirs). */
  check: MyCheckSchema,
  /** The team memos this seat may read, at the end of a class session. */
  memos: MemosSchema,
  view: ViewSchema,
  draft: DraftSchema,
  chat: ChatMessageSchema,
  'chat.history': ChatHistorySchema,
  proposal: ProposalMessageSchema,
  proposals: ProposalListSchema,
  resolution: ResolutionSchema,
  history: HistorySchema,
  record: RecordSchema,
  notice: NoticeSchema,
  menu: MenuSchema,
  ok: OkSchema,
  error: ErrorReplySchema,
} as const;

export type ServerMessageType = keyof typeof SERVER_MESSAGES;
export type ServerMessage<T extends ServerMessageType> = z.infer<(typeof SERVER_MESSAGES)[T]>;
export type Welcome = ServerMessage<'welcome'>;
export type TeacherConsole = ServerMessage<'console'>;
export type Draft = ServerMessage<'draft'>;
export type DraftEntry = z.infer<typeof DraftEntrySchema>;
export type ChatMessage = ServerMessage<'chat'>;
export type Proposal = z.infer<typeof ProposalSchema>;
export type ProposalStatus = Proposal['status'];
export type Resolution = ServerMessage<'resolution'>;
export type TurnRecord = z.infer<typeof TurnRecordSchema>;
export type MatchRecordMessage = ServerMessage<'record'>;
export type Menu = ServerMessage<'menu'>;
