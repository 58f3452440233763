// The synced room state: small, flat and public. Everything seat-specific travels as
// per-client messages instead (see audience.ts). Collections are mutated in place,
// never replaced, because schema 3 has had refId decoding bugs with replacement.
import { ArraySchema, schema } from '@colyseus/schema';
import type { SchemaType } from '@colyseus/schema';

export const RoleSeatState = schema(
  {
    role: 'string',
    /** The team marked its orders ready this week (bots always are). */
    ready: 'boolean',
    /** A bot plays the role now. */
    bot: 'boolean',
    players: 'uint8',
    connected: 'uint8',
    /** playerId of the captain: the earliest member still connected. */
    captain: 'string',
  },
  'RoleSeat',
);
export type RoleSeatState = SchemaType<typeof RoleSeatState>;

export const PlayerState = schema(
  {
    id: 'string',
    nickname: 'string',
    role: 'string',
    connected: 'boolean',
  },
  'Player',
);
export type PlayerState = SchemaType<typeof PlayerState>;

/** The options everyone may know (not the seed). */
export const OptionsState = schema(
  {
    public: 'boolean',
    title: 'string',
    turns: 'uint8',
    planningSeconds: 'uint16',
    briefingSeconds: 'uint16',
    resolutionSeconds: 'uint16',
    apPerTurn: 'uint8',
    mediator: 'boolean',
    bots: 'boolean',
    botTakeover: 'boolean',
    takeoverGraceSeconds: 'uint16',
    botStyle: 'string',
    botLevel: 'string',
    captainOnly: 'boolean',
    revealPrivate: 'boolean',
    /** A classroom session: a teacher runs it and places the students in teams. */
    classroom: 'boolean',
  },
  'Options',
);
export type OptionsState = SchemaType<typeof OptionsState>;

export const MatchState = schema(
  {
    code: 'string',
    phase: 'string',
    /** The week being planned (after the end, the last week played). */
    turn: 'uint8',
    /** When the current phase ends, ms since the epoch; 0 when paused or untimed. */
    deadline: 'float64',
    paused: 'boolean',
    /** While paused: the ms that were left. */
    remaining: 'float64',
    /** playerId and nickname of the host. */
    host: 'string',
    hostName: 'string',
    options: OptionsState,
    seats: [RoleSeatState],
    players: [PlayerState],
    /** Connected spectators, not counting projectors. */
    spectatorCount: 'uint16',
    /** Connected projectors (the class's big screens). */
    projectorCount: 'uint16',
    /** Nobody new may join; seat-token and teacher-token returns still may. */
    locked: 'boolean',
    /** viewFor(state, spectator) as JSON, the seed hidden until the end. */
    publicView: 'string',
  },
  'Match',
);
export type MatchState = SchemaType<typeof MatchState>;

export function newMatchState(): MatchState {
  const s = new MatchState();
  s.options = new OptionsState();
  s.seats = new ArraySchema<RoleSeatState>();
  s.players = new ArraySchema<PlayerState>();
  return s;
}
