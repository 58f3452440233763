import type { Country, PartyRole, Role } from './types.ts';

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

export const pairKey = (from: Country, to: Country) => `${from}>${to}`;
