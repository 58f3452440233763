// Every message a client may send: its payload schema, the phases it is accepted in and
// which seats may send it. The server checks all three before acting; so can a client.
import { z } from 'zod';
import type { MatchPhase } from './phases.ts';
import { MATCH_PHASES } from './phases.ts';
import { humanText, OrderListSchema, OrderSchema, RidSchema, RoleSchema } from './common.ts';
import { CONTROL_NAMES } from './controlList.ts';
import { LIMITS } from './limits.ts';

/** 'player': a member seated in a role; 'any': players and spectators alike. */
export type SenderKind = 'player' | 'any';

export interface ClientMessageSpec {
  schema: z.ZodType;
  phases: readonly MatchPhase[];
  who: SenderKind;
  description: string;
}

const proposalRef = z.strictObject({ id: z.int().min(1), rid: RidSchema });

export const CLIENT_MESSAGES = {
  'seat.choose': {
    schema: z.strictObject({ seat: z.union([RoleSchema, z.literal('auto'), z.literal('spectator')]), rid: RidSchema }),
    phases: ['lobby'],
    who: 'any',
    description: 'Take a role (or let the server pick the emptiest), or watch as a spectator.',
  },
  'draft.add': {
    schema: z.strictObject({ order: OrderSchema, rid: RidSchema }),
    phases: ['planning'],
    who: 'player',
    description: "Add an order to the team's draft.",
  },
  'draft.remove': {
    schema: z.strictObject({ order: OrderSchema, rid: RidSchema }),
    phases: ['planning'],
    who: 'player',
    description: "Remove an order (same action, target and option) from the team's draft.",
  },
  'draft.set': {
    schema: z.strictObject({ orders: OrderListSchema, rid: RidSchema }),
    phases: ['planning'],
    who: 'player',
    description: "Replace the team's whole draft; all or nothing.",
  },
  'draft.clear': {
    schema: z.strictObject({ rid: RidSchema }),
    phases: ['planning'],
    who: 'player',
    description: "Empty the team's draft.",
  },
  ready: {
    schema: z.strictObject({ ready: z.boolean(), rid: RidSchema }),
    phases: ['planning'],
    who: 'player',
    description: 'Mark the team ready (or not). Any change to the draft clears it.',
  },
  'chat.send': {
    schema: z.strictObject({
      to: z.union([z.literal('public'), z.literal('team'), RoleSchema]),
      text: humanText(LIMITS.chatChars),
      rid: RidSchema,
    }),
    phases: MATCH_PHASES,
    who: 'player',
    description: "Say something publicly, to one's team, or privately to another role.",
  },
  'proposal.make': {
    schema: z
      .strictObject({
        to: RoleSchema,
        give: OrderListSchema,
        get: OrderListSchema,
        note: humanText(LIMITS.proposalNoteChars).optional(),
        rid: RidSchema,
      })
      .refine((p) => p.give.length + p.get.length > 0, 'a proposal needs at least one order'),
    phases: ['planning'],
    who: 'player',
    description: 'Propose a deal to another role: the orders you will give and the orders you ask for.',
  },
  'proposal.accept': {
    schema: proposalRef,
    phases: ['planning'],
    who: 'player',
    description: "Accept a proposal addressed to your role: both sides' orders join both drafts.",
  },
  'proposal.decline': { schema: proposalRef, phases: ['planning'], who: 'player', description: 'Decline a proposal addressed to your role.' },
  'proposal.withdraw': { schema: proposalRef, phases: ['planning'], who: 'player', description: 'Withdraw a proposal your role made.' },
  control: {
    schema: z.strictObject({ command: z.enum(CONTROL_NAMES), params: z.record(z.string(), z.unknown()).optional(), rid: RidSchema }),
    phases: MATCH_PHASES,
    who: 'any',
    description: 'A host control; see the controls table.',
  },
  sync: {
    schema: z.strictObject({ rid: RidSchema }),
    phases: MATCH_PHASES,
    who: 'any',
    description: 'Ask the server to send this seat everything it may see again.',
  },
} as const satisfies Record<string, ClientMessageSpec>;

export type ClientMessageType = keyof typeof CLIENT_MESSAGES;
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof CLIENT_MESSAGES)[T]['schema']>;
export const CLIENT_MESSAGE_TYPES = Object.keys(CLIENT_MESSAGES) as ClientMessageType[];

export const isClientMessageType = (t: unknown): t is ClientMessageType =>
  typeof t === 'string' && Object.prototype.hasOwnProperty.call(CLIENT_MESSAGES, t);
