// Outside partners, by one rule for every party. Russia calls both Algeria and Mali its
// friends; Morocco, which received the AES ministers, is Algeria's rival; Italy buys
// Algeria's gas. Which partners each party may court is geography and history, the effects
// follow from the partner's kind and from whom it rivals, whoever courts it.
import type { PartyRole, Role } from '../types.ts';
import type { Effect, Variant } from './def.ts';

interface Partner {
  kind: 'security' | 'economic';
  /** Parties that count this partner as a rival: courting it raises tension. */
  rivalOf: readonly PartyRole[];
  /** The Sahel bloc gains unity from a partner that opens a way out for the landlocked states. */
  blocGain?: number;
}

export const PARTNERS: Record<string, Partner> = {
  russia: { kind: 'security', rivalOf: [] },
  morocco: { kind: 'economic', rivalOf: ['algeria'], blocGain: 2 },
  italy: { kind: 'economic', rivalOf: [] },
};

export const PARTNER_IDS: readonly string[] = Object.keys(PARTNERS);

/** Algeria does not court its rival Morocco; the Sahel states have no gas to sell Italy. */
export const PARTNERS_OF: Partial<Record<Role, readonly string[]>> = {
  algeria: ['russia', 'italy'],
  mali: ['russia', 'morocco'],
  aes: ['russia', 'morocco'],
};

const GAIN: Record<Partner['kind'], Effect[]> = {
  security: [
    { on: 'self', what: 'security', delta: 3 },
    { on: 'self', what: 'economy', delta: 1 },
  ],
  economic: [{ on: 'self', what: 'economy', delta: 4 }],
};

export function partnerVariants(): Record<string, Variant> {
  const out: Record<string, Variant> = {};
  for (const [id, p] of Object.entries(PARTNERS)) {
    const effects = [...GAIN[p.kind], ...(p.blocGain ? [{ on: 'bloc' as const, what: 'cohesion' as const, delta: p.blocGain }] : [])];
    out[id] = p.rivalOf.length ? { effects, tension: 1, escalatory: true } : { effects, tension: 0 };
  }
  return out;
}
