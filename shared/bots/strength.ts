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
  /** Called after each match (progress). */
  onMatch?: () => void;
  /** Called with each row as soon as it is measured. */
  onRow?: (row: StrengthRow) => void;
}

const name = (p: SeatPlayer) => (p.kind === 'expert' ? `${p.level} expert` : p.style);

export function strengthRow(label: string, seats: Record<PartyRole, SeatPlayer>, focus: PartyRole, target: { min?: number; max?: number }, o: StrengthOptions): StrengthRow {
  const wins = { algeria: 0, mali: 0, aes: 0 };
  const outcomes: Record<OutcomeKind, number> = { conflict: 0, settlement: 0, turnLimit: 0 };
  let weeks = 0;
  let offered = 0;
  let accepted = 0;
  for (let i = 0; i < o.matches; i++) {
    const m = playArena({ seed: o.seed + i }, seats, o);
    const out = m.state.outcome!;
    wins[out.winner as PartyRole]++;
    outcomes[out.kind]++;
    weeks += m.weeksSimulated;
    offered += m.deals.length;
    accepted += m.deals.filter((d) => d.accepted).length;
    o.onMatch?.();
  }
  const share = wins[focus] / o.matches;
  const met = (target.min === undefined || share >= target.min) && (target.max === undefined || share <= target.max);
  const frac = (x: number) => x / o.matches;
  return {
    label,
    seats: { algeria: name(seats.algeria), mali: name(seats.mali), aes: name(seats.aes) },
    matches: o.matches,
    wins: { algeria: frac(wins.algeria), mali: frac(wins.mali), aes: frac(wins.aes) },
    outcomes: { conflict: frac(outcomes.conflict), settlement: frac(outcomes.settlement), turnLimit: frac(outcomes.turnLimit) },
    focus,
    share,
    target: target.min !== undefined ? `≥ ${Math.round(target.min * 100)}%` : target.max !== undefined ? `≤ ${Math.round(target.max * 100)}%` : 'balance',
    met,
    weeksSimulated: weeks,
    dealsOffered: offered,
    dealsAccepted: accepted,
  };
}

export function strengthTable(o: StrengthOptions): StrengthRow[] {
  const expert: SeatPlayer = { kind: 'expert', level: o.level };
  const style = (s: BotStyle): SeatPlayer => ({ kind: 'style', style: s });
  const rows: StrengthRow[] = [];
  const push = (r: StrengthRow) => {
    rows.push(r);
    o.onRow?.(r);
  };
  const want = new Set(o.rows ?? ['pragmatist', 'hawk', 'dove', 'twoExperts', 'allExperts']);
  const against: [BotStyle, number][] = [
    ['pragmatist', 0.55],
    ['hawk', 0.5],
    ['dove', 0.5],
  ];
  for (const [st, min] of against) {
    if (!want.has(st as 'hawk')) continue;
    for (const focus of PARTY_ROLES) {
      const seats = { algeria: style(st), mali: style(st), aes: style(st), [focus]: expert } as Record<PartyRole, SeatPlayer>;
      push(strengthRow(`${o.level} expert as ${focus} vs two ${st}s`, seats, focus, { min }, o));
    }
  }
  if (want.has('twoExperts')) {
    for (const focus of PARTY_ROLES) {
      const seats = { algeria: expert, mali: expert, aes: expert, [focus]: style('pragmatist') } as Record<PartyRole, SeatPlayer>;
      push(strengthRow(`pragmatist as ${focus} vs two ${o.level} experts`, seats, focus, { max: 0.2 }, o));
    }
  }
  if (want.has('allExperts')) {
    const r = strengthRow(`${o.level} experts in every seat`, { algeria: expert, mali: expert, aes: expert }, 'algeria', {}, o);
    // GAME.md §8: each role 20–45%, conflict 5–25%, settlement 10–40%.
    const w = Object.values(r.wins);
    r.met = w.every((x) => x >= 0.2 && x <= 0.45);
    r.target = 'each role 20–45%';
    push(r);
  }
  return rows;
}

export type { Role };
