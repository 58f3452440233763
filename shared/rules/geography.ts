import type { Country, PartyRole, Role } from './types.ts';
import { COUNTRIES } from './types.ts';

/** The countries whose relations a role conducts: the AES speaks for Niger and Burkina Faso. */
export const ROLE_COUNTRIES: Record<Role, readonly Country[]> = {
  algeria: ['algeria'],
  mali: ['mali'],
  aes: ['niger', 'burkina'],
  mediator: [],
};

export function roleOf(country: Country): PartyRole {
  return country === 'algeria' ? 'algeria' : country === 'mali' ? 'mali' : 'aes';
}

/** Who each role faces across the crisis: Algeria faces the three Sahel states, they face Algeria. */
export function counterparts(role: Role): Country[] {
  if (role === 'algeria') return ['mali', 'niger', 'burkina'];
  if (role === 'mali' || role === 'aes') return ['algeria'];
  return [];
}

/** The Sahel states that border Algeria. */
export const BORDERS = ['algeria-mali', 'algeria-niger'] as const;
export type BorderKey = (typeof BORDERS)[number];

export const isCountry = (who: unknown): who is Country => (COUNTRIES as readonly unknown[]).includes(who);

export function borderKey(a: Country, b: Country): string | undefined {
  const key = a === 'algeria' ? `algeria-${b}` : b === 'algeria' ? `algeria-${a}` : undefined;
  return key && (BORDERS as readonly string[]).includes(key) ? key : undefined;
}

/** AES orders may name which member acts (option niger, burkina or both); others act for themselves. */
export function actingCountries(role: Role, member?: string): Country[] {
  if (role !== 'aes') return [...ROLE_COUNTRIES[role]];
  if (member === 'niger' || member === 'burkina') return [member];
  return ['niger', 'burkina'];
}

/** The countries a name stands for: a country itself, or the countries a role acts as (a named AES member alone). */
export function countriesOf(who: string | undefined, member?: string): Country[] {
  if (isCountry(who)) return [who];
  return who !== undefined && Object.hasOwn(ROLE_COUNTRIES, who) ? actingCountries(who as Role, member) : [];
}

// The keys of relations, "from>to", spelled once: rules look them up many times a week,
// and a string built anew must be hashed again at every lookup.
const PAIR_KEYS: Record<string, Record<string, string>> = {};
for (const a of COUNTRIES) {
  PAIR_KEYS[a] = {};
  for (const b of COUNTRIES) PAIR_KEYS[a][b] = `${a}>${b}`;
}

export const pairKey = (from: Country, to: Country): string => PAIR_KEYS[from]?.[to] ?? `${from}>${to}`;

/** Every relation the game keeps, "from>to": Algeria's toward each Sahel state, then theirs toward Algeria. */
export const RELATION_PAIRS: readonly string[] = [
  ...counterparts('algeria').map((c) => pairKey('algeria', c)),
  ...counterparts('algeria').map((c) => pairKey(c, 'algeria')),
];

/**
 * Who the news names for an order on relations: the AES's member states themselves (Niger,
 * Burkina Faso, or both, counted for the verb's plural), since a confederation neither posts
 * ambassadors nor keeps borders; for the crossings, Niger, the member that borders Algeria.
 */
export function speakerOf(role: Role, member: string | undefined, acts: 'relations' | 'border' | 'other'): { actor: string; count?: number } {
  if (acts === 'border') return { actor: role === 'aes' ? 'niger' : role };
  if (acts === 'other') return { actor: role };
  if (role !== 'aes') return { actor: role, count: 1 };
  const c = actingCountries(role, member);
  return c.length === 1 ? { actor: c[0], count: 1 } : { actor: 'nigerAndBurkina', count: 2 };
}
