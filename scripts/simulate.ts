// Plays many bot matches headless and reports outcomes, win rates and action shares.
// npm run simulate -- --matches N --seed S [--bots mixed|hawk|dove|pragmatist|random] [--mediator] [--json]
// npm run simulate -- --strength --matches N --seed S [--level easy|normal|hard] [--rows pragmatist,hawk,dove,twoExperts,allExperts] [--progress] [--json]
// npm run simulate -- --tally FILE... [--level hard]   (the table from the --progress lines of runs stopped early)
// npm run simulate -- --reach ROLE:STYLE --knows styles|everything --matches N --seed S [--worlds K] [--finalists F]   (scripts/reach.ts)
import { performance } from 'node:perf_hooks';
import { BOT_STYLES } from '../shared/bots/index.ts';
import type { StyleChoice } from '../shared/bots/selfPlay.ts';
import { stylesFor } from '../shared/bots/selfPlay.ts';
import { chooseOrders, createMatch, resolveTurn, seatedRoles } from '../shared/index.ts';
import type { Orders } from '../shared/index.ts';
import { PARTY_ROLES, ROLES } from '../shared/rules/types.ts';
import { probeRole } from './probe.ts';
import type { Knows } from './reach.ts';
import { reachMatch } from './reach.ts';
import type { BotLevel } from '../shared/bots/levels.ts';
import { BOT_LEVELS } from '../shared/bots/levels.ts';
import type { MatchResult, StrengthOptions, StrengthRow } from '../shared/bots/strength.ts';
import { rowSpecs, strengthTable, tally } from '../shared/bots/strength.ts';
import { readFileSync } from 'node:fs';
import type { OutcomeKind, PartyRole, Role } from '../shared/rules/types.ts';
import type { BotStyle } from '../shared/bots/index.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The files of `--tally FILE... [--level hard]`: the words after it up to the next option. */
export function tallyFiles(argv: readonly string[]): string[] {
  const after = argv.slice(argv.indexOf('--tally') + 1);
  const next = after.findIndex((a) => a.startsWith('--'));
  const files = next < 0 ? after : after.slice(0, next);
  if (files.length === 0) throw new Error('--tally needs the files of one or more --progress runs');
  return files;
}

export interface SimulationReport {
  matches: number;
  seconds: number;
  matchesPerSecond: number;
  /** Weeks resolved per second of engine time (resolveTurn alone). */
  turnsPerSecond: number;
  /** Weeks played per second of wall time, bots' thinking included. */
  botTurnsPerSecond: number;
  meanTurns: number;
  winRate: Partial<Record<Role, number>>;
  outcomes: Record<OutcomeKind, number>;
  actionShare: Record<string, number>;
  bots: StyleChoice;
}

export function simulate(matches: number, seed: number, bots: StyleChoice, mediator = false): SimulationReport {
  const wins: Partial<Record<Role, number>> = {};
  const outcomes: Record<OutcomeKind, number> = { conflict: 0, settlement: 0, turnLimit: 0 };
  const actions: Record<string, number> = {};
  let orders = 0;
  let turns = 0;
  let resolving = 0;
  const t0 = performance.now();
  for (let i = 0; i < matches; i++) {
    let state = createMatch({ seed: seed + i, mediator });
    const seated = seatedRoles(state);
    const styles = stylesFor(state.settings.seed, bots, seated);
    while (state.phase !== 'ended') {
      const week: Orders = {};
      for (const r of seated) week[r] = chooseOrders(state, r, styles[r]!);
      const r0 = performance.now();
      const t = resolveTurn(state, week);
      resolving += performance.now() - r0;
      state = t.state;
      turns++;
      for (const list of Object.values(t.carriedOut)) {
        for (const o of list ?? []) {
          actions[o.action] = (actions[o.action] ?? 0) + 1;
          orders++;
        }
      }
    }
    const out = state.outcome!;
    outcomes[out.kind]++;
    wins[out.winner] = (wins[out.winner] ?? 0) + 1;
  }
  const seconds = (performance.now() - t0) / 1000;
  const share = (n: number, d: number) => Math.round((n / Math.max(1, d)) * 10000) / 10000;
  const roles = ROLES.filter((r) => r !== 'mediator' || mediator);
  return {
    matches,
    seconds: Math.round(seconds * 1000) / 1000,
    matchesPerSecond: Math.round(matches / seconds),
    turnsPerSecond: Math.round(turns / (resolving / 1000)),
    botTurnsPerSecond: Math.round(turns / seconds),
    meanTurns: Math.round((turns / matches) * 100) / 100,
    winRate: Object.fromEntries(roles.map((r) => [r, share(wins[r] ?? 0, matches)])),
    outcomes: { conflict: share(outcomes.conflict, matches), settlement: share(outcomes.settlement, matches), turnLimit: share(outcomes.turnLimit, matches) },
    actionShare: Object.fromEntries(Object.entries(actions).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, share(v, orders)])),
    bots,
  };
}

function printTable(r: SimulationReport): void {
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  console.log(`Sahel Standoff simulator: ${r.matches} matches, bots ${r.bots}`);
  console.log(`${r.seconds}s · ${r.matchesPerSecond} matches/s · ${r.meanTurns} weeks a match`);
  console.log(`engine: ${r.turnsPerSecond} turns resolved/s · with bots thinking: ${r.botTurnsPerSecond} turns/s\n`);
  console.log('outcome      share');
  for (const [k, v] of Object.entries(r.outcomes)) console.log(`${k.padEnd(12)} ${pct(v)}`);
  console.log('\nrole         wins (highest score)');
  for (const [k, v] of Object.entries(r.winRate)) console.log(`${k.padEnd(12)} ${pct(v ?? 0)}`);
  console.log('\naction               share of orders');
  for (const [k, v] of Object.entries(r.actionShare)) console.log(`${k.padEnd(20)} ${pct(v)}`);
}

export function printStrength(rows: StrengthRow[], seconds?: number): void {
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const w = Math.max(...rows.map((r) => r.label.length));
  console.log(`${'row'.padEnd(w)} | matches | focus wins | target     | met | wins algeria · mali · aes | conflict · settlement | deals taken`);
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(w)} | ${String(r.matches).padStart(7)} | ${pct(r.share).padStart(10)} | ${r.target.padEnd(10)} | ${r.met ? 'yes' : 'NO '} | ${[r.wins.algeria, r.wins.mali, r.wins.aes].map(pct).join(' · ').padEnd(25)} | ${pct(r.outcomes.conflict)} · ${pct(r.outcomes.settlement)} | ${r.dealsAccepted}/${r.dealsOffered}`,
    );
  }
  const weeks = rows.reduce((n, r) => n + r.weeksSimulated, 0);
  console.log(`${rows[0]?.matches ?? 0} matches a row${seconds ? `, ${seconds.toFixed(0)} s, ${Math.round(weeks / seconds)} simulated weeks/s` : ''}`);
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
  const matches = Number(arg('matches') ?? 1000);
  const seed = Number(arg('seed') ?? 1);
  const bots = (arg('bots') ?? 'mixed') as StyleChoice;
  if (!Number.isInteger(matches) || matches < 1) throw new Error('--matches must be a positive whole number');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  if (bots !== 'mixed' && !(BOT_STYLES as readonly string[]).includes(bots)) throw new Error(`--bots must be mixed or one of ${BOT_STYLES.join(', ')}`);
  if (process.argv.includes('--tally')) {
    // The table from the JSON lines of runs with --progress (stopped early or split by --rows):
    // each row from its first matches, in order, so that it equals a run with that many --matches.
    const level = (arg('level') ?? 'hard') as BotLevel;
    const files = tallyFiles(process.argv);
    const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => l.startsWith('{"row"'));
    const byRow = new Map<string, MatchResult[]>();
    for (const l of lines) {
      const m = JSON.parse(l) as MatchResult;
      (byRow.get(m.row) ?? byRow.set(m.row, []).get(m.row)!).push(m);
    }
    const table: StrengthRow[] = [];
    for (const spec of rowSpecs({ level })) {
      const got = (byRow.get(spec.label) ?? []).sort((a, b) => a.index - b.index);
      let n = 0;
      while (n < got.length && got[n].index === n) n++;
      if (n === 0) continue;
      const name = (p: (typeof spec.seats)['algeria']) => (p.kind === 'expert' ? `${p.level} expert` : p.style);
      table.push(tally({ ...spec, seats: { algeria: name(spec.seats.algeria), mali: name(spec.seats.mali), aes: name(spec.seats.aes) } }, got.slice(0, n)));
    }
    if (process.argv.includes('--json')) console.log(JSON.stringify(table));
    else printStrength(table);
  } else if (process.argv.includes('--strength')) {
    // The expert's strength table (docs/BALANCE.md): one command reproduces it.
    const level = (arg('level') ?? 'hard') as BotLevel;
    if (!(BOT_LEVELS as readonly string[]).includes(level)) throw new Error(`--level must be one of ${BOT_LEVELS.join(', ')}`);
    const rows = arg('rows')?.split(',') as StrengthOptions['rows'];
    let done = 0;
    const t0 = performance.now();
    // Each match's result on stderr as it is played (--progress: as JSON lines, to tally a run stopped early with --tally).
    const progress = process.argv.includes('--progress');
    const table = strengthTable({ matches, seed, level, rows, onMatch: (m) => (progress ? process.stderr.write(`${JSON.stringify(m)}\n`) : ++done % 50 === 0 && process.stderr.write(`${done} matches, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`)) });
    if (process.argv.includes('--json')) console.log(JSON.stringify(table));
    else printStrength(table, (performance.now() - t0) / 1000);
  } else if (process.argv.includes('--reach')) {
    // How far a row lies within reach of a far heavier search (docs/BALANCE.md); a match a line on stderr.
    const [role, against] = (arg('reach') ?? '').split(':') as [PartyRole, BotStyle];
    const knows = (arg('knows') ?? 'styles') as Knows;
    if (!PARTY_ROLES.includes(role) || !(BOT_STYLES as readonly string[]).includes(against)) throw new Error(`--reach must be ROLE:STYLE, a role of ${PARTY_ROLES.join(', ')} and a style of ${BOT_STYLES.join(', ')}`);
    if (knows !== 'styles' && knows !== 'everything') throw new Error('--knows must be styles or everything');
    const worlds = Number(arg('worlds') ?? 8);
    const finalists = Number(arg('finalists') ?? 20);
    if (![worlds, finalists].every((n) => Number.isInteger(n) && n >= 1)) throw new Error('--worlds and --finalists must be positive whole numbers');
    let wins = 0;
    for (let i = 0; i < matches; i++) {
      const m = reachMatch(seed + i, { role, against, knows, worlds, finalists });
      if (m.winner === role) wins++;
      process.stderr.write(`${JSON.stringify(m)}\n`);
    }
    console.log(`${role} planned knowing ${knows === 'styles' ? 'the others\' styles' : 'everything'}, against two ${against}s: won ${wins} of ${matches} (seeds ${seed}–${seed + matches - 1})`);
  } else if (process.argv.includes('--probe')) {
    // Search for a fixed script that beats every style; a balanced game has none (worst < 50%).
    const results = PARTY_ROLES.map((role) => probeRole(role, { tries: 30, climbs: 30, matches: Math.min(matches, 60), seed }));
    if (process.argv.includes('--json')) console.log(JSON.stringify(results));
    else for (const r of results) console.log(`${r.role.padEnd(8)} best fixed script's win rate: ${Object.entries(r.winRate).map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`).join(' · ')} (worst ${(r.worst * 100).toFixed(0)}%)`);
  } else {
    const report = simulate(matches, seed, bots, process.argv.includes('--mediator'));
    if (process.argv.includes('--json')) console.log(JSON.stringify(report));
    else printTable(report);
  }
}
