// The strength table: how often an expert wins (the highest score) against the one-step
// styles, in each role; and how the three roles fare with experts everywhere.
import type { OutcomeKind, PartyRole, Role } from '../rules/types.ts';
import { PARTY_ROLES } from '../rules/types.ts';
import type { ArenaOptions, SeatPlayer } from './arena.ts';
import { playArena } from './arena.ts';
import type { BotStyle } from './index.ts';
import type { BotLevel } from './levels.ts';

export interface StrengthRow {
  /** What the row measures, e.g. "hard expert as mali vs two pragmatists". */
  label: string;
  seats: Record<PartyRole, string>;
  matches: number;
  /** Win share of each role. */
  wins: Record<PartyRole, number>;
  outcomes: Record<OutcomeKind, number>;
  /** The role the row is about, and its win share. */
  focus: PartyRole;
  share: number;
  target: string;
  met: boolean;
  weeksSimulated: number;
  dealsOffered: number;
  dealsAccepted: number;
}

export interface StrengthOptions extends ArenaOptions {
  matches: number;
  seed: number;
  level: BotLevel;
  /** Which rows: every row by default. */
  rows?: ('pragmatist' | 'hawk' | 'dove' | 'twoExperts' | 'allExperts')[];
  /** Called after each match of each row (progress, and a table that can be stopped early). */
  onMatch?: (m: MatchResult) => void;
}

/** One match of one row: match `index` is played with seed `seed + index` in every row. */
export interface MatchResult {
  row: string;
  index: number;
  winner: PartyRole;
  kind: OutcomeKind;
  weeksSimulated: number;
  dealsOffered: number;
  dealsAccepted: number;
}

interface RowSpec {
  label: string;
  seats: Record<PartyRole, SeatPlayer>;
  focus: PartyRole;
  target: { min?: number; max?: number; balance?: boolean };
}

const name = (p: SeatPlayer) => (p.kind === 'expert' ? `${p.level} expert` : p.style);

/** A row's figures from its matches' results. */
export function tally(spec: Pick<RowSpec, 'label' | 'focus' | 'target'> & { seats: Record<PartyRole, string> }, results: readonly MatchResult[]): StrengthRow {
  const n = results.length;
  const frac = (x: number) => (n ? x / n : 0);
  const count = (f: (r: MatchResult) => boolean) => results.filter(f).length;
  const wins = { algeria: frac(count((r) => r.winner === 'algeria')), mali: frac(count((r) => r.winner === 'mali')), aes: frac(count((r) => r.winner === 'aes')) };
  const share = wins[spec.focus];
  const t = spec.target;
  // GAME.md section 8 for the row with experts everywhere: each role 20-45%.
  const met = t.balance ? Object.values(wins).every((x) => x >= 0.2 && x <= 0.45) : (t.min === undefined || share >= t.min) && (t.max === undefined || share <= t.max);
  return {
    label: spec.label,
    seats: spec.seats,
    matches: n,
    wins,
    outcomes: { conflict: frac(count((r) => r.kind === 'conflict')), settlement: frac(count((r) => r.kind === 'settlement')), turnLimit: frac(count((r) => r.kind === 'turnLimit')) },
    focus: spec.focus,
    share,
    target: t.balance ? 'each role 20–45%' : t.min !== undefined ? `≥ ${Math.round(t.min * 100)}%` : t.max !== undefined ? `≤ ${Math.round(t.max * 100)}%` : 'balance',
    met,
    weeksSimulated: results.reduce((a, r) => a + r.weeksSimulated, 0),
    dealsOffered: results.reduce((a, r) => a + r.dealsOffered, 0),
    dealsAccepted: results.reduce((a, r) => a + r.dealsAccepted, 0),
  };
}

export function rowSpecs(o: Pick<StrengthOptions, 'level' | 'rows'>): RowSpec[] {
  const expert: SeatPlayer = { kind: 'expert', level: o.level };
  const style = (s: BotStyle): SeatPlayer => ({ kind: 'style', style: s });
  const want = new Set(o.rows ?? ['pragmatist', 'hawk', 'dove', 'twoExperts', 'allExperts']);
  const specs: RowSpec[] = [];
  const against: [BotStyle, number][] = [
    ['pragmatist', 0.55],
    ['hawk', 0.5],
    ['dove', 0.5],
  ];
  for (const [st, min] of against) {
    if (!want.has(st as 'hawk')) continue;
    for (const focus of PARTY_ROLES) {
      specs.push({ label: `${o.level} expert as ${focus} vs two ${st}s`, seats: { algeria: style(st), mali: style(st), aes: style(st), [focus]: expert } as Record<PartyRole, SeatPlayer>, focus, target: { min } });
    }
  }
  if (want.has('twoExperts')) {
    for (const focus of PARTY_ROLES) {
      specs.push({ label: `pragmatist as ${focus} vs two ${o.level} experts`, seats: { algeria: expert, mali: expert, aes: expert, [focus]: style('pragmatist') } as Record<PartyRole, SeatPlayer>, focus, target: { max: 0.2 } });
    }
  }
  if (want.has('allExperts')) specs.push({ label: `${o.level} experts in every seat`, seats: { algeria: expert, mali: expert, aes: expert }, focus: 'algeria', target: { balance: true } });
  return specs;
}

/**
 * The table. Rows are played side by side (match i of every row, then match i + 1), so a
 * run stopped early has as many matches in each row, and its first k matches are exactly
 * those of a run with `--matches k`.
 */
export function strengthTable(o: StrengthOptions): StrengthRow[] {
  const specs = rowSpecs(o);
  const results: MatchResult[][] = specs.map(() => []);
  for (let i = 0; i < o.matches; i++) {
    specs.forEach((spec, k) => {
      const m = playArena({ seed: o.seed + i }, spec.seats, o);
      const out = m.state.outcome!;
      const r: MatchResult = {
        row: spec.label,
        index: i,
        winner: out.winner as PartyRole,
        kind: out.kind,
        weeksSimulated: m.weeksSimulated,
        dealsOffered: m.deals.length,
        dealsAccepted: m.deals.filter((d) => d.accepted).length,
      };
      results[k].push(r);
      o.onMatch?.(r);
    });
  }
  return specs.map((spec, k) => tally({ ...spec, seats: { algeria: name(spec.seats.algeria), mali: name(spec.seats.mali), aes: name(spec.seats.aes) } }, results[k]));
}

export type { Role };
