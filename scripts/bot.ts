// A bot that plays over the network like any other client, with the shared bots' brains.
//   npm run bot -- --url ws://HOST:PORT --code CODE --role mali [--style hawk]
//   npm run bot -- --url ws://HOST:PORT --create [--players 2] [--turns 8] [--role algeria]
// With --create it opens a match, prints its code and, as host, starts it once --players
// players are seated. It exits 0 when the match ends, 1 if it cannot join or loses the match.
import { parseArgs } from 'node:util';
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import type { BotStyle, GameState, Order, Role, StateView } from '../shared/index.ts';
import { acceptsByRule, BOT_STYLES, chooseOrders, ROLES, validateOrder } from '../shared/index.ts';
import type { CreateOptions, Proposal, SeatState, ServerMessage, ServerMessageType } from '../shared/protocol/index.ts';
import { emptySeatState, LIMITS, reduceSeat, SERVER_MESSAGES } from '../shared/protocol/index.ts';

const OPTIONS = {
  url: { type: 'string', default: 'ws://127.0.0.1:2567' },
  code: { type: 'string' },
  create: { type: 'boolean', default: false },
  role: { type: 'string', default: 'auto' },
  style: { type: 'string', default: 'pragmatist' },
  nickname: { type: 'string' },
  players: { type: 'string', default: '1' },
  turns: { type: 'string' },
  planning: { type: 'string' },
  briefing: { type: 'string' },
  resolution: { type: 'string' },
  seed: { type: 'string' },
  mediator: { type: 'boolean', default: false },
  private: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

function readArgs() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (err) {
    return fail((err as Error).message);
  }
}

const USAGE = `usage: npm run bot -- --url ws://HOST:PORT (--code CODE | --create [--players N] [--turns N] [--planning S] [--briefing S] [--resolution S] [--seed N] [--mediator] [--private]) [--role ${ROLES.join('|')}|auto] [--style ${BOT_STYLES.join('|')}] [--nickname NAME]`;

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(1);
}

const args = readArgs();

if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.code && !args.create) fail('Give --code CODE to join a match, or --create to open one.');
const style = args.style as BotStyle;
if (!BOT_STYLES.includes(style)) fail(`Unknown style "${args.style}".`);
const wantedRole = args.role as Role | 'auto';
if (wantedRole !== 'auto' && !ROLES.includes(wantedRole)) fail(`Unknown role "${args.role}".`);
const nickname = (args.nickname ?? `bot-${style}`).slice(0, LIMITS.nicknameChars);
const int = (name: string, v: string | undefined) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) fail(`--${name} must be a whole number.`);
  return n;
};

const say = (event: string, detail = '') => console.log(`${new Date().toISOString().slice(11, 19)} [${nickname}] ${event}${detail ? ' ' + detail : ''}`);

/** Everything the bot knows, from the server's messages (the shared reducer), and what it did. */
const known: { seat: SeatState; playedTurn: number; started: boolean } = { seat: emptySeatState(), playedTurn: 0, started: false };

async function join(client: Client): Promise<Room> {
  const joinOptions = { nickname, role: wantedRole };
  if (!args.create) return client.joinById(args.code!.toUpperCase().replace(/[\s-]+/g, ''), joinOptions);
  const options: CreateOptions = {
    ...joinOptions,
    public: !args.private,
    mediator: args.mediator,
    ...(args.turns ? { turns: int('turns', args.turns) } : {}),
    ...(args.planning ? { planningSeconds: int('planning', args.planning) } : {}),
    ...(args.briefing ? { briefingSeconds: int('briefing', args.briefing) } : {}),
    ...(args.resolution ? { resolutionSeconds: int('resolution', args.resolution) } : {}),
    ...(args.seed ? { seed: int('seed', args.seed) } : {}),
  };
  return client.create('match', options);
}

function myRole(): Role | undefined {
  const seat = known.seat.welcome?.seat;
  return seat?.kind === 'role' ? seat.role : undefined;
}

/** The shared bot's choice for this week, keeping only what the engine accepts as a set. */
function ordersFor(view: StateView, role: Role): Order[] {
  const state = view as unknown as GameState;
  const kept: Order[] = [];
  for (const o of chooseOrders(state, role, style)) if (validateOrder(state, role, o, kept).ok) kept.push(o);
  return kept;
}

function play(room: Room): void {
  const state = room.state as { phase: string; turn: number; players: { length: number }; host: string };
  const role = myRole();
  if (state.phase === 'lobby' && args.create && !known.started && known.seat.welcome?.host && state.players.length >= Number(args.players)) {
    known.started = true;
    say('starting', `with ${state.players.length} player(s)`);
    room.send('control', { command: 'start' });
  }
  const view = known.seat.view;
  if (state.phase !== 'planning' || !role || !view) return;
  if (view.turn !== state.turn || known.playedTurn >= state.turn) return;
  known.playedTurn = state.turn;
  const orders = ordersFor(view, role);
  say(`week ${state.turn}`, orders.map((o) => [o.action, o.target, o.option].filter(Boolean).join(':')).join(', ') || '(no orders)');
  room.send('draft.set', { orders, rid: `set-${state.turn}` });
}

function onMessage(room: Room, type: ServerMessageType, message: unknown): void {
  const parsed = SERVER_MESSAGES[type]?.safeParse(message);
  if (!parsed?.success) return say('unexpected message', type);
  const msg = parsed.data as ServerMessage<typeof type>;
  known.seat = reduceSeat(known.seat, type, msg);
  switch (type) {
    case 'welcome': {
      const w = known.seat.welcome!;
      say('seated', `${JSON.stringify(w.seat)} in ${w.code}${w.host ? ' (host)' : ''}`);
      break;
    }
    case 'ok': {
      const ok = msg as ServerMessage<'ok'>;
      if (typeof ok.rid === 'string' && ok.rid.startsWith('set-')) room.send('ready', { ready: true });
      break;
    }
    case 'error': {
      const err = msg as ServerMessage<'error'>;
      say('error', `${err.code}: ${err.message}`);
      // Whatever went wrong with the draft, do not hold up the week.
      if (typeof err.rid === 'string' && err.rid.startsWith('set-')) room.send('ready', { ready: true });
      break;
    }
    case 'proposal': {
      const p = (msg as ServerMessage<'proposal'>).proposal as Proposal;
      if (p.status === 'pending' && p.to === myRole()) {
        const yes = acceptsByRule(style, p);
        say(yes ? 'accepting proposal' : 'declining proposal', String(p.id));
        room.send(yes ? 'proposal.accept' : 'proposal.decline', { id: p.id });
      }
      break;
    }
    case 'resolution': {
      const r = msg as ServerMessage<'resolution'>;
      say(`week ${r.turn} resolved`, `${r.news.length} news item(s)${r.event ? `, event ${r.event}` : ''}`);
      break;
    }
    case 'record': {
      const rec = msg as ServerMessage<'record'>;
      const outcome = rec.outcome as { kind: string; winner: string; scores: Record<string, { total: number }> } | undefined;
      const scores = outcome ? Object.entries(outcome.scores).map(([r, s]) => `${r} ${s.total}`).join(', ') : '';
      say('match over', outcome ? `${outcome.kind}; winner ${outcome.winner}; ${scores}` : '');
      void room.leave(true).finally(() => process.exit(0));
      break;
    }
    default:
      break;
  }
  play(room);
}

function attach(room: Room): void {
  room.onMessage('*', (type, message) => onMessage(room, type as ServerMessageType, message));
  room.onStateChange(() => play(room));
  room.onLeave((code) => {
    if (code === 4000) return;
    if (code === 4003 || code === 4005) fail(code === 4003 ? 'Kicked by the host.' : 'Another connection took this seat.');
    say('connection lost', `code ${code}; reconnecting`);
    void reconnect(room.reconnectionToken);
  });
}

async function reconnect(token: string): Promise<void> {
  const client = new Client(args.url);
  const until = Date.now() + LIMITS.reconnectSeconds * 1000;
  for (let wait = 500; Date.now() < until; wait = Math.min(wait * 2, 8000)) {
    try {
      const room = await client.reconnect(token);
      say('reconnected');
      attach(room);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, wait));
    }
  }
  fail('Could not reconnect within the reconnection window.');
}

try {
  const room = await join(new Client(args.url));
  if (args.create) {
    const http = args.url.replace(/^ws/, 'http');
    say('match created', `code ${room.roomId}; invite ${http}/join/${room.roomId}; others join with --code ${room.roomId}`);
  }
  attach(room);
} catch (err) {
  fail(`Could not join: ${(err as Error).message}`);
}
