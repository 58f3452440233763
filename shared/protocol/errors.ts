// Error replies: a stable code, a message key for translation (`error.<code>`), its
// parameters, and a plain English sentence for people writing their own clients.
import { z } from 'zod';
import { RidSchema, TextSchema } from './common.ts';

export const ERROR_TEXT = {
  badMessage: 'The message does not match its schema: {detail}',
  tooLarge: 'The message is {size} bytes; the limit is {limit}.',
  unknownType: 'There is no message type "{type}".',
  rateLimited: 'Too many messages: at most {limit} every {seconds} seconds.',
  chatRateLimited: 'Too many chat messages: at most {burst} every {seconds} seconds.',
  wrongPhase: '"{type}" cannot be sent during the {phase} phase.',
  notAllowed: 'Your seat ({seat}) may not do this: {why}.',
  notHost: 'Only the host (in a classroom session, the teacher) may use the control "{command}".',
  notCaptain: "Only your team's captain may mark it ready in this match.",
  orderRefused: 'The order was refused ({reason}).',
  notInDraft: "That order is not in your team's draft.",
  badChannel: 'You cannot write to "{to}": {why}.',
  unknownProposal: 'There is no proposal {id} for your role.',
  proposalClosed: 'Proposal {id} is already {status}.',
  tooManyProposals: 'Your role already has {limit} proposals open.',
  proposalDoesNotFit: 'Proposal {id} does not fit the {side} draft: {reason}. It stays pending.',
  roleFull: 'The role {role} already has {limit} players.',
  sessionFull: 'This classroom session already has {limit} students.',
  roomLocked: 'The room is locked: nobody new may join. Ask the teacher (or host) to unlock it.',
  teacherAssigns: 'In a classroom session the teacher places students in teams; join without a role.',
  teacherTokenUnknown: 'No teacher of this session has that token; check the console link.',
  alreadyLocked: 'The room is already locked.',
  notLocked: 'The room is not locked.',
  noEventQueued: 'No event card is queued.',
  roleNotSeated: 'The role {role} is not in this match.',
  unknownPlayer: 'There is no member {playerId} in this match.',
  seatTokenUnknown: 'No seat in this match has that seat token; join without it.',
  paused: 'The clock is already stopped.',
  notPaused: 'The clock is running.',
  badOptions: 'Invalid options: {detail}',
  nobodySeated: 'Nobody holds a role and bots are off: there would be no one to play.',
  checkOff: 'This session has no knowledge check.',
  checkClosed: 'The {stage} check does not take answers now.',
  unknownQuestion: 'There is no question or choice "{question}" in the check now due.',
  memosRevealed: 'The memos are already revealed; they can no longer change.',
  internal: 'The server could not handle this message; nothing was changed.',
  serverShuttingDown: 'The server is restarting; try again in a moment.',
  tooManyMatches: 'Too many matches created from your address: at most {limit} every {seconds} seconds. Try again in {retryAfter} seconds.',
  tooManyRequests: 'Too many requests from your address: at most {limit} every {seconds} seconds. Try again in {retryAfter} seconds.',
  serverFull: 'This server already runs {limit} matches; try again later.',
  recordsUnavailable: 'The server cannot record changes right now (its storage is full, read-only or unreachable); nothing was changed. Try again in a moment.',
} as const;

export type ErrorCode = keyof typeof ERROR_TEXT;
export const ERROR_CODES = Object.keys(ERROR_TEXT) as ErrorCode[];

export type ErrorParams = Record<string, string | number>;

export function errorMessage(code: ErrorCode, params: ErrorParams = {}): string {
  return ERROR_TEXT[code].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

export const ErrorReplySchema = z.object({
  /** The message type that caused it, when known. */
  type: z.string().optional(),
  rid: RidSchema,
  code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
  /** The engine's own reason, for refused orders and proposals that do not fit. */
  reason: TextSchema.optional(),
});
export type ErrorReply = z.infer<typeof ErrorReplySchema>;

/** Join and create failures arrive as a matchmaking error with this code and a message "code: sentence". */
export const JOIN_ERROR_CODE = 4422;
