// What the lobby shows of a match: Colyseus listing metadata of each public "match" room,
// also served by GET /api/matches.
import { z } from 'zod';
import { RoleSchema } from './common.ts';
import { MATCH_PHASES } from './phases.ts';

export const ListingSchema = z.object({
  code: z.string(),
  title: z.string(),
  phase: z.enum(MATCH_PHASES),
  turn: z.int(),
  turns: z.int(),
  /** Roles in play that no person holds (a bot may be playing them). */
  freeRoles: z.array(RoleSchema),
  roles: z.array(z.object({ role: RoleSchema, players: z.int(), bot: z.boolean() })),
  players: z.int(),
  /** Connected spectators (projectors are not counted). */
  spectators: z.int(),
  /** A classroom session: joining places you in a team; no role choice. */
  classroom: z.boolean(),
  /** Nobody new may join (members with a seat token still may). */
  locked: z.boolean(),
  host: z.string(),
  mediator: z.boolean(),
  planningSeconds: z.int(),
  createdAt: z.number(),
});
export type Listing = z.infer<typeof ListingSchema>;

/** The names under which the server defines its rooms. */
export const ROOM_NAMES = { match: 'match', lobby: 'lobby' } as const;
