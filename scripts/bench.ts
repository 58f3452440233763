// Speed and memory benchmarks, printed as a table (targets beside the figures).
// npm run bench [-- --quick] [--no-load] [--load-sessions N] [--load-seconds S] [--load-runs R] [--load-bots LEVEL] [--load-baseline-recorded] [--only-load]
//                 [--no-strength] [--strength-matches N]   (the expert's rows alone: npx tsx scripts/benchExpert.ts)
// The load rows (benchLoad.ts) compare this server with a bare Colyseus room under a whole
// school's load: by default 200 sessions of 21 clients, 20 s of load, 3 runs of each
// (medians); --quick: 10 sessions, 5 s, 1 run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { playMatch } from '../shared/bots/selfPlay.ts';
import { chooseOrders, legalActions, resolveTurn } from '../shared/index.ts';
import type { GameState, Orders } from '../shared/index.ts';
import { expertRows } from './benchExpert.ts';


interface Row {
  what: string;
  value: string;
  target: string;
  ok: boolean;
}

const quick = process.argv.includes('--quick');
const onlyLoad = process.argv.includes('--only-load');
const rows: Row[] = [];
const flag = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} takes a whole number ≥ 1`);
    process.exit(2);
  }
  return n;
};
const botsAt = process.argv.indexOf('--load-bots');
const loadBots = botsAt < 0 ? undefined : process.argv[botsAt + 1];
if (loadBots !== undefined && !['easy', 'normal', 'hard'].includes(loadBots)) {
  console.error('--load-bots takes easy, normal or hard');
  process.exit(2);
}
const load = {
  sessions: flag('load-sessions', quick ? 10 : 200),
  seconds: flag('load-seconds', quick ? 5 : 20),
  runs: flag('load-runs', quick ? 1 : 3),
  bots: loadBots as 'easy' | 'normal' | 'hard' | undefined,
  // Also against the bare room that records each message and copies the teacher (no target).
  recorded: process.argv.includes('--load-baseline-recorded'),
};
if (!onlyLoad) {

function time(n: number, f: (i: number) => void): number {
  const t = performance.now();
  for (let i = 0; i < n; i++) f(i);
  return (performance.now() - t) / n;
}

// A spread of real mid-match states to measure against.
const states: GameState[] = [];
const orders: Orders[] = [];
for (let i = 0; i < 150; i++) {
  for (const t of playMatch({ seed: 10_000 + i }, 'mixed', true).turns) {
    if (t.state.phase === 'ended') continue;
    states.push(t.state);
    orders.push({ algeria: chooseOrders(t.state, 'algeria', 'pragmatist'), mali: chooseOrders(t.state, 'mali', 'hawk'), aes: chooseOrders(t.state, 'aes', 'dove') });
  }
}
time(2000, (i) => resolveTurn(states[i % states.length], orders[i % orders.length]));

const n = quick ? 5_000 : 50_000;
const resolveMs = time(n, (i) => resolveTurn(states[i % states.length], orders[i % orders.length]));
rows.push({ what: 'resolveTurn (one week, three roles)', value: `${(resolveMs * 1000).toFixed(1)} µs → ${Math.round(1000 / resolveMs)} turns/s`, target: '≥ 20,000 turns/s', ok: 1000 / resolveMs >= 20_000 });
const legalMs = time(n, (i) => legalActions(states[i % states.length], 'mali'));
rows.push({ what: 'legalActions (one role)', value: `${(legalMs * 1000).toFixed(1)} µs`, target: '—', ok: true });
const botMs = time(n, (i) => chooseOrders(states[i % states.length], 'algeria', 'pragmatist'));
rows.push({ what: 'bot decision (pragmatist)', value: `${(botMs * 1000).toFixed(1)} µs`, target: '—', ok: true });
// The expert: a decision per level on a spread of mid-match states (scripts/benchExpert.ts).
rows.push(...(await expertRows(quick)));
const matches = quick ? 300 : 3000;
let turns = 0;
const matchMs = time(matches, (i) => (turns += playMatch({ seed: i }, 'mixed').state.turn));
rows.push({ what: 'whole bot match (bots + engine)', value: `${(matchMs * 1000).toFixed(0)} µs → ${Math.round((turns / matches) * (1000 / matchMs))} turns/s`, target: '10,000 matches < 60 s', ok: matchMs * 10_000 < 60_000 });
const bytes = Buffer.byteLength(JSON.stringify(states[states.length - 1]));
rows.push({ what: 'state size (JSON)', value: `${(bytes / 1024).toFixed(1)} KiB`, target: '< 16 KiB', ok: bytes < 16 * 1024 });

// Record writes on the embedded store: what an accepted draft change costs the room
// (the draft log line and the live snapshot, both written before the `ok`), and a
// resolved week (turn record with the full state). SQLite file in a temp dir, WAL.
{
  // Loaded only now: the engine rows above measure the engine as the simulator runs it.
  // In a process that loads zod (the protocol) before the engine warms up, the same loop
  // ran about 1.6× slower, most of it in GC (30 → 50 µs a week on a two-core machine);
  // the row just below measures it once more with the server's modules in memory.
  const { withDefaults } = await import('../shared/protocol/index.ts');
  const { createLogger } = await import('../server/log.ts');
  const { sqliteRecordStore } = await import('../server/records/sqlite.ts');
  const serverMs = time(n, (i) => resolveTurn(states[i % states.length], orders[i % orders.length]));
  rows.push({ what: 'resolveTurn, with the server loaded', value: `${(serverMs * 1000).toFixed(1)} µs → ${Math.round(1000 / serverMs)} turns/s`, target: '— (a class needs 1 a minute)', ok: true });
  const dir = mkdtempSync(join(tmpdir(), 'sahel-bench-'));
  const silent = createLogger({ level: 'silent', pretty: false, write: () => {} });
  const store = sqliteRecordStore(dir, silent);
  const log = store.open({ matchId: 'bench', code: 'BENCH', createdAt: 0, options: withDefaults({}), seed: 1 }, 'bench');
  const members = Array.from({ length: 12 }, (_, i) => ({ playerId: `p${i}`, tokenHash: 'x'.repeat(43), nickname: `Player ${i}`, seat: { kind: 'role' as const, role: 'mali' as const }, order: i }));
  const entries = [{ order: { action: 'statement', target: 'algeria', option: 'firm' } }];
  const writes = quick ? 2_000 : 20_000;
  const changeMs = time(writes, (i) => {
    log.draft({ turn: 1, role: 'mali', at: i, by: 'Player 1', entries, ready: false });
    log.live({ phase: 'planning', turn: 1, clock: { timed: true, paused: false, leftMs: 60_000 }, hostId: 'p0', members, joined: 12, drafts: [{ role: 'mali', entries, ready: false }], bots: [], savedAt: i });
  });
  rows.push({ what: 'record an accepted change (SQLite)', value: `${(changeMs * 1000).toFixed(0)} µs`, target: '< 1 ms', ok: changeMs < 1 });
  const weekMs = time(quick ? 200 : 1_000, (i) => log.turn({ turn: i + 1, orders: orders[i % orders.length], carriedOut: {}, refused: [], news: [], reports: {}, bots: [], resolvedAt: i, state: states[i % states.length] }));
  rows.push({ what: 'record a resolved week (SQLite)', value: `${(weekMs * 1000).toFixed(0)} µs`, target: '< 5 ms', ok: weekMs < 5 });
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

// Classroom scale: a real server and 40 students, a teacher and a projector per session
// (loaded only now, so that the server's modules are not in memory for the rows above).
try {
  const { classroomRows } = await import('./benchClassroom.ts');
  await classroomRows(quick, rows);
} catch (err) {
  rows.push({ what: 'classroom rows', value: `failed: ${String((err as Error).message ?? err).split('\n')[0]}`, target: '—', ok: false });
  process.exitCode = 1;
}

// Delivery on a school link: Chromium against the server as `npm start` runs it (scripts/benchDelivery.ts).
try {
  const { deliveryRows } = await import('./benchDelivery.ts');
  await deliveryRows(quick, rows);
} catch (err) {
  rows.push({ what: 'delivery rows', value: `failed: ${String((err as Error).message ?? err).split('\n')[0]}`, target: '—', ok: false });
  process.exitCode = 1;
}

}

// A whole school on one process, beside a bare Colyseus room.
if (!process.argv.includes('--no-load')) {
  try {
    const { loadRows } = await import('./benchLoad.ts');
    await loadRows(load, rows);
  } catch (err) {
    rows.push({ what: 'load rows', value: `failed: ${String((err as Error).message ?? err).split('\n')[0]}`, target: '—', ok: false });
    process.exitCode = 1;
  }
}

// A sample of the expert's strength table (the full one: npm run simulate -- --strength, docs/BALANCE.md).
const strengthMatches = Number(process.argv[process.argv.indexOf('--strength-matches') + 1]) || (quick ? 1 : 4);
if (!onlyLoad && !process.argv.includes('--no-strength')) {
  const { strengthTable } = await import('../shared/bots/strength.ts');
  const { printStrength } = await import('./simulate.ts');
  const t = performance.now();
  const table = strengthTable({ matches: strengthMatches, seed: 1, level: 'hard', rows: ['pragmatist', 'twoExperts'] });
  console.log(`Expert strength, a sample (${strengthMatches} matches a row; the full table: npm run simulate -- --strength --matches 1000 --seed 1001 --level hard):`);
  printStrength(table, (performance.now() - t) / 1000);
  console.log('');
}

const w = [Math.max(38, ...rows.map((r) => r.what.length)), Math.max(34, ...rows.map((r) => r.value.length)), Math.max(24, ...rows.map((r) => r.target.length))];
console.log(['what'.padEnd(w[0]), 'measured'.padEnd(w[1]), 'target'.padEnd(w[2]), 'met'].join(' | '));
console.log(['-'.repeat(w[0]), '-'.repeat(w[1]), '-'.repeat(w[2]), '---'].join('-|-'));
for (const r of rows) console.log([r.what.padEnd(w[0]), r.value.padEnd(w[1]), r.target.padEnd(w[2]), r.ok ? 'yes' : 'NO'].join(' | '));
