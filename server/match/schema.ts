// The synced room state: small, flat and public. Everything seat-specific travels as
// per-client messages instead (see projection.ts). Collections are mutated in place,
// never replaced, because schema 3 has had refId decoding bugs with replacement.
//
// The shape is declared once, as `Synced` in shared/protocol/synced.ts (what a client
// decodes); these field tables are pinned to it by the compiler (`Same` below), and
// `writeSynced` copies a `Synced` value in, field by field from the same tables.
import { ArraySchema, schema, Schema } from '@colyseus/schema';
import type { SchemaType } from '@colyseus/schema';
import type { Synced, SyncedOptions, SyncedPlayer, SyncedSeat } from '../../shared/protocol/index.ts';

/** Compile-time: a schema class has exactly the fields of its plain type. */
type Fields<S> = Exclude<keyof S, keyof Schema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const pin = <T extends true>(_: T) => undefined;

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
pin<Same<Fields<RoleSeatState>, keyof SyncedSeat>>(true);

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
pin<Same<Fields<PlayerState>, keyof SyncedPlayer>>(true);

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
    /** Students answer the knowledge check before the start and after the end. */
    knowledgeCheck: 'boolean',
  },
  'Options',
);
export type OptionsState = SchemaType<typeof OptionsState>;
pin<Same<Fields<OptionsState>, keyof SyncedOptions>>(true);

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
  },
  'Match',
);
export type MatchState = SchemaType<typeof MatchState>;
pin<Same<Fields<MatchState>, keyof Synced>>(true);

export function newMatchState(): MatchState {
  const s = new MatchState();
  s.options = new OptionsState();
  s.seats = new ArraySchema<RoleSeatState>();
  s.players = new ArraySchema<PlayerState>();
  return s;
}

/** Copy each primitive field that differs (the schema then patches only those). */
function copyFlat(target: Record<string, unknown>, source: Record<string, unknown>, keys: readonly string[]): void {
  for (const k of keys) if (target[k] !== source[k]) target[k] = source[k];
}

/** What each list was last made to hold, as plain items: comparing with these is far cheaper than reading the schema's getters. */
const written = new WeakMap<object, readonly object[]>();

/** Whether two plain items have the same fields with the same values. */
function sameItem(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (x[k] !== y[k]) return false;
  for (const k in y) if (!(k in x)) return false;
  return true;
}

/** Make `list` hold `items` (by key), keeping and updating the schema items it has; order follows `items`. Whether it changed. */
function writeList<P extends object, S extends object>(list: S[], items: readonly P[], keyOf: (x: P | S) => string, create: () => S): boolean {
  // Most projections change nothing in a list (a chat line, a draft edit): one pass over plain objects says so.
  const last = written.get(list);
  if (last && last.length === items.length && items.every((item, i) => sameItem(item, last[i]))) return false;
  written.set(list, items.map((item) => ({ ...item })));
  const wanted = new Set(items.map(keyOf));
  for (let i = list.length - 1; i >= 0; i--) if (!wanted.has(keyOf(list[i]))) list.splice(i, 1);
  const have = new Map(list.map((x) => [keyOf(x), x]));
  for (const item of items) {
    let target = have.get(keyOf(item));
    if (!target) {
      target = create();
      list.push(target);
    }
    copyFlat(target as Record<string, unknown>, item as Record<string, unknown>, Object.keys(item));
  }
  return true;
}

/** The synced state's own primitive fields (all but its options and lists). */
const FLAT = ['code', 'phase', 'turn', 'deadline', 'paused', 'remaining', 'host', 'hostName', 'spectatorCount', 'projectorCount', 'locked'] as const;
pin<Same<(typeof FLAT)[number] | 'options' | 'seats' | 'players', keyof Synced>>(true);

/** The synced value each state was last made to hold: compared with it, not with the schema's getters. */
const lastSynced = new WeakMap<MatchState, Synced>();

/**
 * The synced state becomes `synced`. New keys always come last (join order; the mediator
 * is the last role), so appending keeps the order clients see. Only this function writes
 * the synced state, so what it last wrote is what the state holds. Whether anything changed.
 */
export function writeSynced(state: MatchState, synced: Synced): boolean {
  const last = lastSynced.get(state);
  const target = state as unknown as Record<string, unknown>;
  let changed = false;
  for (const k of FLAT) {
    if (last && last[k] === synced[k]) continue;
    target[k] = synced[k];
    changed = true;
  }
  // The projection keeps one options value per match options (projection.ts), so most flushes skip this.
  if (!last || last.options !== synced.options) {
    copyFlat(state.options as unknown as Record<string, unknown>, synced.options as unknown as Record<string, unknown>, Object.keys(synced.options));
    changed = true;
  }
  if (writeList(state.seats, synced.seats, (x) => (x as SyncedSeat).role, () => new RoleSeatState())) changed = true;
  if (writeList(state.players, synced.players, (x) => (x as SyncedPlayer).id, () => new PlayerState())) changed = true;
  lastSynced.set(state, synced);
  return changed;
}
