// Small checks and changes that several actions share.
import type { Ctx } from '../context.ts';
import { report, say } from '../context.ts';
import { actingCountries, counterparts, pairKey } from '../geography.ts';
import type { Agreement, AgreementKind, Country, PublicState, NewsItem, Order, PartyRole, Role } from '../types.ts';
import { PARTY_ROLES } from '../types.ts';
import type { Category } from './def.ts';

export const parties = (role: Role): string[] => PARTY_ROLES.filter((r) => r !== role);
export const countryTargets = (_s: PublicState, role: Role) => counterparts(role);
export const partyTargets = (_s: PublicState, role: Role) => parties(role);
/** The other side of the dispute: Algeria faces Mali and the AES; they face Algeria. */
export const opponentTargets = (_s: PublicState, role: Role): string[] => (role === 'algeria' ? ['mali', 'aes'] : role === 'mediator' ? [] : ['algeria']);

/** Pairs (actor country, target country) an order touches, for relations keyed "from>to". */
export function pairsOf(role: Role, order: Order): [Country, Country][] {
  const target = order.target as Country;
  return actingCountries(role, order.option).map((c) => [c, target]);
}

/** Two parties as agreements list them (alphabetically), as [a, b].sort() would, without sorting. */
export const inOrder = (a: PartyRole, b: PartyRole): PartyRole[] => (a <= b ? [a, b] : [b, a]);

export const ambassadorOf = (s: PublicState, from: Country, to: Country) => s.ambassadors[pairKey(from, to)];

export function findAgreement(s: PublicState, kind: AgreementKind, a: Role, b?: Role): Agreement | undefined {
  return s.agreements.find(
    (g) => g.kind === kind && g.parties.includes(a as PartyRole) && (!b || g.parties.includes(b as PartyRole)),
  );
}

export function endAgreements(ctx: Ctx, kinds: AgreementKind[], a: Role, b: Role): void {
  const ended = ctx.s.agreements.filter(
    (g) => kinds.includes(g.kind) && g.parties.includes(a as PartyRole) && g.parties.includes(b as PartyRole),
  );
  if (!ended.length) return;
  ctx.s.agreements = ctx.s.agreements.filter((g) => !ended.includes(g));
  for (const g of ended) news(ctx, 'diplomatic', `news.agreementEnded.${g.kind}`, { a, b }, 'world');
}

export function news(
  ctx: Ctx,
  kind: NewsItem['kind'] | Category,
  key: string,
  params: Record<string, string | number> = {},
  actor?: NewsItem['actor'],
  extra: Partial<NewsItem> = {},
): void {
  // Filled in place rather than spread together: news is made many times a week.
  const item: NewsItem = { kind, text: { key, params } };
  if (actor) item.actor = actor;
  say(ctx, Object.assign(item, extra));
}

/**
 * Offer-and-accept agreements: an order makes a standing offer unless the other
 * side already offered (or offers the same this week), in which case it takes effect.
 */
export function offerOrAgree(
  ctx: Ctx,
  kind: AgreementKind,
  role: Role,
  other: PartyRole,
  broker: string | undefined,
  onAgree: (parties: PartyRole[]) => void,
): boolean {
  const s = ctx.s;
  const theirs = s.offers.findIndex((o) => o.kind === kind && o.from === other && o.to === role);
  if (theirs >= 0) {
    s.offers = s.offers.filter((o) => !(o.kind === kind && ((o.from === other && o.to === role) || (o.from === role && o.to === other))));
    onAgree(inOrder(role as PartyRole, other));
    return true;
  }
  if (!s.offers.some((o) => o.kind === kind && o.from === role && o.to === other)) {
    s.offers.push({ kind, from: role, to: other, turn: s.turn, ...(broker ? { broker } : {}) });
  }
  report(ctx, other, `report.offer.${kind}`, { from: role });
  news(ctx, 'diplomatic', `news.offer.${kind}`, { from: role, to: other, broker: broker ?? '' }, role, { target: other });
  return false;
}

export function addAgreement(ctx: Ctx, kind: AgreementKind, parties: PartyRole[], extra: Partial<Agreement> = {}): Agreement {
  const g: Agreement = { kind, parties: [...parties].sort(), sinceTurn: ctx.s.turn, progress: 0, ...extra };
  ctx.s.agreements = ctx.s.agreements.filter((a) => !(a.kind === kind && a.parties.join() === g.parties.join()));
  ctx.s.agreements.push(g);
  return g;
}
