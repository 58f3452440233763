// The balance probe: searches for a fixed order sequence (the same script whatever
// happens) that beats every bot style. A balanced game has none.
import { BOT_STYLES, chooseOrders, createMatch, actionMenu, resolveTurn } from '../shared/index.ts';
import type { BotStyle, Order, Orders, PartyRole } from '../shared/index.ts';
import { mixSeed, rngFrom } from '../shared/rules/random.ts';
import type { Rng } from '../shared/rules/random.ts';

export type Script = Order[][];

export interface ProbeResult {
  role: PartyRole;
  script: Script;
  /** Win rate of the script against each style (all other seats played by that style). */
  winRate: Record<BotStyle, number>;
  worst: number;
}

const WEEKS = 8;

function candidates(role: PartyRole): Order[] {
  return actionMenu(createMatch({ seed: 1 }), role).flatMap((m) => m.choices.map((c) => c.order));
}

function randomWeek(rng: Rng, pool: Order[], ap: number): Order[] {
  return Array.from({ length: ap }, () => pool[Math.floor(rng.next() * pool.length)]);
}

export function scriptWinRates(role: PartyRole, script: Script, matches: number, seed: number): ProbeResult {
  const winRate = {} as Record<BotStyle, number>;
  for (const style of BOT_STYLES) {
    let wins = 0;
    for (let i = 0; i < matches; i++) {
      let s = createMatch({ seed: seed + i });
      while (s.phase !== 'ended') {
        const week: Orders = {};
        for (const r of ['algeria', 'mali', 'aes'] as const) week[r] = r === role ? script[(s.turn - 1) % script.length] : chooseOrders(s, r, style);
        s = resolveTurn(s, week).state;
      }
      if (s.outcome!.winner === role) wins++;
    }
    winRate[style] = wins / matches;
  }
  return { role, script, winRate, worst: Math.min(...Object.values(winRate)) };
}

/** Random scripts, then a hill climb from the best: the strongest fixed script found for a role. */
export function probeRole(role: PartyRole, opts: { tries: number; climbs: number; matches: number; seed: number }): ProbeResult {
  const rng = rngFrom(mixSeed(opts.seed, role.length, 31));
  const pool = candidates(role);
  let best: ProbeResult | undefined;
  const consider = (script: Script) => {
    const r = scriptWinRates(role, script, opts.matches, opts.seed);
    if (!best || r.worst > best.worst) best = r;
  };
  for (let i = 0; i < opts.tries; i++) consider(Array.from({ length: WEEKS }, () => randomWeek(rng, pool, 3)));
  for (let i = 0; i < opts.climbs; i++) {
    const script = best!.script.map((w) => [...w]);
    script[Math.floor(rng.next() * WEEKS)][Math.floor(rng.next() * 3)] = pool[Math.floor(rng.next() * pool.length)];
    consider(script);
  }
  return best!;
}
