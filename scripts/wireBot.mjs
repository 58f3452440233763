#!/usr/bin/env node
// A reference bot that knows only the wire: plain JavaScript, colyseus.js 0.16 and the
// server's JSON routes, nothing of this repository's code (no shared/ engine). It is what a
// client written in any language does, following docs/PROTOCOL.md:
//
//   join (or create and start) → each planning phase: ask `menu`, draft one order marked ok
//   that fits the budget, ask again, … then `ready` → until `record`.
//
//   node scripts/wireBot.mjs --url ws://127.0.0.1:2567 --create [--players 2] [--turns 4]
//                            [--planning 60] [--role algeria] [--seed 7] [--private]
//   node scripts/wireBot.mjs --url ws://127.0.0.1:2567 --code K7QXM [--role mali]
//
// Prints `code XXXXX` once seated, then one JSON line when the match ends:
// { code, role, turnsPlayed, outcome, drafted, refused, errors }; exits 0 (1 on a failure).
import { Client } from 'colyseus.js';

function parseArgs(argv) {
  const args = { url: 'ws://127.0.0.1:2567', create: false, players: 1, turns: 4, planning: 120, seed: 1, nickname: 'wire bot', timeout: 300 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'create' || key === 'private') args[key] = true;
    else args[key] = argv[++i];
  }
  for (const k of ['players', 'turns', 'planning', 'seed', 'timeout']) args[k] = Number(args[k]);
  return args;
}

/** A small deterministic generator (mulberry32), so that a seed replays the same choices. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const args = parseArgs(process.argv.slice(2));
const http = args.url.replace(/^ws/, 'http');
const rand = random(args.seed);
const fail = (why) => {
  console.error(`wireBot: ${why}`);
  process.exit(1);
};
setTimeout(() => fail(`no end after ${args.timeout} s`), args.timeout * 1000).unref();

// The rules as data: which actions raise tension, to prefer the others.
const rules = await (await fetch(`${http}/api/rules`)).json();
const escalatory = new Set(rules.actions.filter((a) => a.escalatory).map((a) => a.id));

const client = new Client(args.url);
const room = args.create
  ? await client.create('match', {
      ...(args.role ? { role: args.role } : {}),
      nickname: args.nickname,
      turns: args.turns,
      planningSeconds: args.planning,
      briefingSeconds: 0,
      resolutionSeconds: 0,
      public: !args.private,
    })
  : await client.joinById(args.code, { ...(args.role ? { role: args.role } : {}), nickname: args.nickname });

let welcome;
let draft; // my team's latest `draft`
let askedTurn = 0; // the week whose drafting began
let waitingMenu = false;
let started = false;
let readyTurn = 0;
const tally = { drafted: 0, refused: 0, errors: [] };
let rid = 0;
const nextRid = (what) => `${what}-${++rid}`;

const state = () => room.state;
const players = () => state()?.players?.length ?? 0;

function maybeStart() {
  if (!args.create || started || state()?.phase !== 'lobby' || !welcome?.host || players() < args.players) return;
  started = true;
  room.send('control', { command: 'start', rid: nextRid('start') });
}

/** A new week to draft: planning, my draft is for it, not done yet. */
function maybePlan() {
  const s = state();
  if (!s || s.phase !== 'planning' || !draft || draft.turn !== s.turn) return;
  if (askedTurn === s.turn || readyTurn === s.turn) return;
  askedTurn = s.turn;
  askMenu();
}

function askMenu() {
  waitingMenu = true;
  room.send('menu', { rid: nextRid('menu') });
}

room.onMessage('welcome', (w) => {
  welcome = w;
  console.log(`code ${w.code} role ${w.seat.kind === 'role' ? w.seat.role : w.seat.kind}`);
  maybeStart();
});
room.onMessage('draft', (d) => {
  if (welcome?.seat.kind === 'role' && d.role === welcome.seat.role) draft = d;
  maybePlan();
});
room.onMessage('menu', (menu) => {
  waitingMenu = false;
  const s = state();
  if (!s || s.phase !== 'planning' || menu.turn !== s.turn || readyTurn === s.turn) return;
  const left = menu.budget - menu.spent;
  const fits = menu.actions.filter((a) => a.cost <= left).flatMap((a) => a.choices.filter((c) => c.ok).map((c) => c.order));
  const calm = fits.filter((o) => !escalatory.has(o.action));
  const pool = calm.length ? calm : fits;
  // Draft one order at a time, asking again after each: the menu always matches the draft.
  if (pool.length && menu.spent < menu.budget && rand() < 0.9) {
    const order = pool[Math.floor(rand() * pool.length)];
    room.send('draft.add', { order, rid: nextRid('add') });
    return;
  }
  readyTurn = s.turn;
  room.send('ready', { ready: true, rid: nextRid('ready') });
});
room.onMessage('ok', (ok) => {
  if (ok.type === 'draft.add') {
    tally.drafted++;
    askMenu();
  }
});
room.onMessage('error', (e) => {
  if (e.code === 'orderRefused') tally.refused++;
  tally.errors.push(`${e.type}: ${e.code} ${e.message}`);
  // A refused order (a teammate's change in between): ask again.
  if (e.type === 'draft.add' && !waitingMenu) askMenu();
});
room.onMessage('record', (record) => {
  console.log(
    JSON.stringify({
      code: record.code,
      role: welcome?.seat.role,
      turnsPlayed: record.turns.length,
      outcome: record.outcome ? { kind: record.outcome.kind, winner: record.outcome.winner ?? null } : null,
      drafted: tally.drafted,
      refused: tally.refused,
      errors: tally.errors,
    }),
  );
  void room.leave(true).finally(() => process.exit(0));
});
// Everything else (view, chat, proposals, resolution, history, notice…) is not needed to play.
room.onMessage('*', () => {});
room.onStateChange(() => {
  maybeStart();
  maybePlan();
});
room.onLeave((code) => {
  if (code !== 1000 && code !== 4000) fail(`connection closed with ${code}`);
});
