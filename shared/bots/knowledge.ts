// What a seat knows, and the hidden worlds consistent with it. The expert is handed a
// view (viewFor of its seat); whatever it is handed, it first keeps only what its seat may
// see, so that a full state passed by mistake still cannot leak a secret into a decision.
import { drawTruth } from '../rules/incidents.ts';
import { OBJECTIVES } from '../rules/objectives.ts';
import type { Rng } from '../rules/random.ts';
import { pickWeighted } from '../rules/random.ts';
import type { GameState, Role } from '../rules/types.ts';
import { ROLES } from '../rules/types.ts';
import { isSeated } from '../rules/validate.ts';
import type { StateView } from '../visibility.ts';
import type { BotStyle } from './index.ts';
import type { OtherModel } from './levels.ts';

/** A state as one seat may know it: no one else's objective, no incident truth, no seed, no generator state. */
export type SeatKnowledge = StateView;

export function seatKnowledge(view: StateView | GameState, role: Role): SeatKnowledge {
  const v = JSON.parse(JSON.stringify(view)) as StateView;
  v.objectives = view.objectives[role] !== undefined ? { [role]: view.objectives[role] } : {};
  v.incidents = v.incidents.map(({ truth: _hidden, ...claims }) => claims);
  v.rng = 0;
  v.settings.seed = 0;
  delete v.outcome;
  return v;
}

/** A short hash of what the seat knows: the expert's own dice are seeded from it. */
export function knowledgeHash(k: SeatKnowledge): number {
  const text = JSON.stringify(k);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export interface World {
  state: GameState;
  /** How each other seated role is modelled in this world. */
  styles: Partial<Record<Role, BotStyle>>;
}

const MODELLED: readonly BotStyle[] = ['hawk', 'dove', 'pragmatist', 'random'];

/**
 * How likely each style is for a role, from what it did in public: standing hostile stances
 * and accusations point to a hawk, offers and agreements to a dove. Before any sign, the
 * three temperaments are alike and a distracted (random) player is possible too.
 */
export function styleBelief(k: SeatKnowledge, other: Role): Record<BotStyle, number> {
  const hostile = k.commitments.filter((c) => c.role === other && c.hostile).length + k.accusations.filter((a) => a.startsWith(`${other}>`)).length;
  const calm = k.offers.filter((o) => o.from === other).length + k.agreements.filter((g) => g.parties.includes(other as 'mali')).length;
  const lean = Math.max(-3, Math.min(3, hostile - calm));
  return { hawk: Math.exp(0.6 * lean), dove: Math.exp(-0.6 * lean), pragmatist: 1.3, random: 0.35 };
}

/** One hidden world consistent with the seat's knowledge, drawn with the expert's own generator. */
export function sampleWorld(k: SeatKnowledge, role: Role, rng: Rng, model: OtherModel): World {
  const s = JSON.parse(JSON.stringify(k)) as GameState;
  const objectives = {} as Record<Role, string>;
  for (const r of ROLES) {
    const own = r === role ? k.objectives[r] : undefined;
    const deck = OBJECTIVES.filter((o) => o.role === r);
    objectives[r] = own ?? deck[Math.floor(rng.next() * deck.length)].id;
  }
  s.objectives = objectives;
  // Nobody at the table knows where a drone was: each truth is redrawn at even odds.
  s.incidents = k.incidents.map((i) => ({ ...i, truth: drawTruth(rng, 0.5) }));
  s.rng = Math.floor(rng.next() * 4294967296) >>> 0;
  s.settings = { ...k.settings, seed: Math.floor(rng.next() * 2147483647) };
  const styles: Partial<Record<Role, BotStyle>> = {};
  for (const r of ROLES) {
    if (r === role || !isSeated(s, r)) continue;
    if (model.kind === 'style') styles[r] = model.style;
    else {
      const belief = styleBelief(k, r);
      styles[r] = pickWeighted(rng, MODELLED, MODELLED.map((st) => belief[st]))!;
    }
  }
  return { state: s, styles };
}
