// The expert's decision time per level (npm run bench, or alone: npx tsx scripts/benchExpert.ts [--quick] [--level normal]):
// a decision from its seat's view on a spread of mid-match states, without a wall-clock cap,
// so the figure is the whole budget's cost on this machine (one core: the search is single-threaded).
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { playMatch } from '../shared/bots/selfPlay.ts';
import { expertOrders, expertSearch } from '../shared/bots/expert.ts';
import type { BotLevel } from '../shared/bots/levels.ts';
import { BOT_LEVELS, LEVELS } from '../shared/bots/levels.ts';
import type { GameState } from '../shared/index.ts';
import { viewFor } from '../shared/index.ts';
import { heapAfterGc } from '../server/heap.ts';

export interface ExpertRow {
  what: string;
  value: string;
  target: string;
  ok: boolean;
}

/** Mid-match states from mixed-bot matches: the same spread on every run. */
export function sampleStates(count: number): GameState[] {
  const out: GameState[] = [];
  for (let i = 0; out.length < count; i++) {
    const turns = playMatch({ seed: 10_000 + i }, 'mixed', true).turns.filter((t) => t.state.phase !== 'ended');
    out.push(turns[(i * 5) % turns.length].state);
  }
  return out;
}

export async function expertRows(quick: boolean, levels: readonly BotLevel[] = BOT_LEVELS): Promise<ExpertRow[]> {
  const states = sampleStates(quick ? 6 : 24);
  const roles = ['algeria', 'mali', 'aes'] as const;
  const rows: ExpertRow[] = [];
  // A server decides all day: the figures are for warm code, as after its first few decisions.
  for (const st of states) expertOrders(viewFor(st, { kind: 'role', role: 'mali' }), 'mali', { level: 'normal', capMs: 0, seed: 99 });
  for (const level of levels) {
    let weeks = 0;
    const wall: number[] = [];
    const cpu: number[] = [];
    states.forEach((st, i) => {
      const role = roles[i % 3];
      const t = performance.now();
      const c = process.cpuUsage();
      weeks += expertOrders(viewFor(st, { kind: 'role', role }), role, { level, capMs: 0 }).note.weeksSimulated;
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      wall.push(performance.now() - t);
    });
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const cpuTotal = cpu.reduce((a, b) => a + b, 0);
    // CPU time of this thread: what the decision costs one core, whatever else the machine runs
    // (wall time beside it, which on a shared machine includes waiting for a core).
    rows.push({
      what: `expert decision, ${level} (${LEVELS[level].budgetWeeks} weeks)`,
      value: `median ${median(cpu).toFixed(0)} ms CPU (wall ${median(wall).toFixed(0)} ms), max ${Math.max(...cpu).toFixed(0)} ms · ${Math.round(weeks / (cpuTotal / 1000))} weeks/s`,
      target: level === 'normal' ? 'median < 200 ms CPU, one core' : '—',
      ok: level !== 'normal' || median(cpu) < 200,
    });
  }
  rows.push(await heldRow(states));
  rows.push(await slicedRow(states));
  return rows;
}

/**
 * What a normal search holds while it runs, measured one step before its end (when it holds
 * the most): on a server thirty classes' experts may all be searching at once.
 */
async function heldRow(states: GameState[]): Promise<ExpertRow> {
  const roles = ['algeria', 'mali', 'aes'] as const;
  const start = (st: GameState, i: number) => expertSearch(viewFor(st, { kind: 'role', role: roles[i % 3] }), roles[i % 3], { level: 'normal', capMs: 0 });
  const steps = states.map((st, i) => {
    const search = start(st, i);
    let n = 0;
    while (!search.next().done) n++;
    return n;
  });
  const before = await heapAfterGc();
  const running = states.map((st, i) => {
    const search = start(st, i);
    for (let k = 0; k < steps[i] - 1; k++) search.next();
    return search;
  });
  const kb = (await heapAfterGc() - before) / running.length / 1024;
  return {
    what: 'heap a normal search holds near its end',
    value: `${kb.toFixed(0)} KB a search (${running.length} searches held at once)`,
    target: '< 512 KB (a class and its expert within 1 MB)',
    ok: kb < 512,
  };
}

/**
 * On the server the search runs in slices (server/match/botThinking.ts): the longest the
 * event loop waits while two hard bots think at once, each with its full budget.
 */
async function slicedRow(states: GameState[]): Promise<ExpertRow> {
  const { think } = await import('../server/match/botThinking.ts');
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const t = performance.now();
  const thoughts = (['algeria', 'aes'] as const).map((role, i) => think((clock) => expertSearch(viewFor(states[i], { kind: 'role', role }), role, { level: 'hard', capMs: 0, clock })));
  await Promise.all(thoughts.map((x) => x.done));
  const ms = performance.now() - t;
  h.disable();
  // The longest slice is what the search itself holds the loop for; the loop's longest wait
  // adds whatever else delayed it (on a shared machine, waiting for a core).
  const slice = Math.max(...thoughts.map((x) => x.longestSlice));
  const sliceCpu = Math.max(...thoughts.map((x) => x.longestSliceCpu));
  return {
    what: 'event loop while two hard bots think',
    value: `longest slice ${sliceCpu.toFixed(0)} ms CPU (wall ${slice.toFixed(0)} ms); loop's longest wait ${(h.max / 1e6).toFixed(0)} ms, p99 ${(h.percentile(99) / 1e6).toFixed(0)} ms over ${ms.toFixed(0)} ms`,
    target: 'longest slice < 50 ms CPU',
    ok: sliceCpu < 50,
  };
}

const isMain = process.argv[1]?.endsWith('benchExpert.ts');
if (isMain) {
  const i = process.argv.indexOf('--level');
  const levels = i > 0 ? [process.argv[i + 1] as BotLevel] : BOT_LEVELS;
  for (const r of await expertRows(process.argv.includes('--quick'), levels)) console.log(`${r.what.padEnd(36)} | ${r.value.padEnd(60)} | ${r.target} | ${r.ok ? 'yes' : 'NO'}`);
}
