// Diplomatic actions: statements, accusations, ambassadors, CEMOC, partners.
import { backDown, commit } from '../audience.ts';
import { actingCountries, pairKey, roleOf } from '../geography.ts';
import { bump } from '../context.ts';
import type { Country, PublicState, PartyRole } from '../types.ts';
import type { ActionDef } from './def.ts';
import { refuse } from './def.ts';
import { ambassadorOf, countryTargets, endAgreements, partyTargets, pairsOf } from './helpers.ts';
import { ACTION_PRECEDENTS } from '../../scenario/precedents.ts';
import { PARTNER_IDS, PARTNERS_OF, partnerVariants } from './partners.ts';


const PARTIES = ['algeria', 'mali', 'aes'] as const;
const SAHEL = ['mali', 'aes'] as const;

/** Backing down toward a country also drops any hostile statement aimed at its role. */
function backDownToward(ctx: Parameters<NonNullable<ActionDef['apply']>>[0], role: string, target: string, stance: string) {
  backDown(ctx, role as never, stance);
  backDown(ctx, role as never, `statement:${roleOf(target as Country)}`);
}

export const diplomaticActions: ActionDef[] = [
  {
    id: 'statement',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'role',
    targets: partyTargets,
    options: ['conciliatory', 'firm', 'hostile'],
    effects: [],
    variants: {
      conciliatory: { effects: [{ on: 'self', what: 'legitimacy', delta: 2 }, { on: 'self', what: 'support', delta: -1 }], tension: -1 },
      firm: { effects: [{ on: 'self', what: 'support', delta: 2 }], tension: 0 },
      hostile: {
        effects: [{ on: 'self', what: 'support', delta: 3 }, { on: 'self', what: 'legitimacy', delta: -2 }],
        tension: 1,
        escalatory: true,
      },
    },
    tension: 0,
    ceiling: 6,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'statement', option: 'conciliatory' },
    precedent: ACTION_PRECEDENTS.statement,
    apply(ctx, role, order) {
      const tone = order.option ?? 'conciliatory';
      if (tone === 'conciliatory') backDown(ctx, role, `statement:${order.target}`);
      else commit(ctx, role, `statement:${order.target}`, tone === 'hostile');
    },
  },
  {
    id: 'accuseTerrorism',
    category: 'diplomatic',
    actors: SAHEL,
    cost: 1,
    target: 'role',
    targets: () => ['algeria'],
    effects: [
      { on: 'self', what: 'support', delta: 4 },
      { on: 'self', what: 'legitimacy', delta: -2 },
      { on: 'self', what: 'narrative', delta: 3 },
    ],
    tension: 1,
    ceiling: 6,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'retractAccusation' },
    precedent: ACTION_PRECEDENTS.accuseTerrorism,
    check: (s, role, o) => (s.accusations.includes(accusation(role, o.target)) ? refuse('alreadyAccused') : null),
    // An accusation is a claim: the accused loses standing only as far as the world already
    // believes the accuser's account (the Narrative), never by what the charge alleges.
    apply(ctx, role, o) {
      const belief = (role === 'algeria' ? ctx.s.narrative : -ctx.s.narrative) / 100;
      bump(ctx, o.target as PartyRole, 'legitimacy', -2 * Math.max(0, Math.min(1.5, belief * 2)));
      ctx.s.accusations.push(accusation(role, o.target));
      commit(ctx, role, `accuse:${o.target}`, true);
    },
  },
  {
    id: 'retractAccusation',
    category: 'diplomatic',
    actors: SAHEL,
    cost: 1,
    target: 'role',
    targets: () => ['algeria'],
    effects: [{ on: 'self', what: 'legitimacy', delta: 2 }],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'accuseTerrorism' },
    check: (s, role, o) => (s.accusations.includes(accusation(role, o.target)) ? null : refuse('noAccusation')),
    apply(ctx, role, o) {
      ctx.s.accusations = ctx.s.accusations.filter((a) => a !== accusation(role, o.target));
      ctx.s.flags = ctx.s.flags.filter((d) => d !== `dismissed:${accusation(role, o.target)}`);
      backDown(ctx, role, `accuse:${o.target}`);
    },
  },
  {
    id: 'dismissAccusations',
    category: 'diplomatic',
    actors: ['algeria'],
    cost: 1,
    target: 'none',
    effects: [
      { on: 'self', what: 'support', delta: 2 },
      { on: 'self', what: 'narrative', delta: 3 },
    ],
    tension: 0,
    visibility: 'public',
    escalatory: false,
    precedent: ACTION_PRECEDENTS.dismissAccusations,
    check: (s) => (s.accusations.some((a) => isUnanswered(s, a)) ? null : refuse('noAccusationAgainstYou')),
    apply(ctx) {
      for (const a of unanswered(ctx.s)) ctx.s.flags.push(`dismissed:${a}`);
    },
  },
  {
    id: 'summonAmbassador',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'country',
    targets: countryTargets,
    memberOption: true,
    effects: [{ on: 'self', what: 'support', delta: 2 }],
    tension: 1,
    ceiling: 3,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'statement', option: 'conciliatory' },
    precedent: ACTION_PRECEDENTS.summonAmbassador,
    check(s, role, o) {
      const here = actingCountries(role, o.option).some((c) => ambassadorOf(s, o.target as Country, c) === 'posted');
      return here ? null : refuse('noAmbassadorToSummon');
    },
  },
  {
    id: 'recallAmbassador',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'country',
    targets: countryTargets,
    memberOption: true,
    effects: [
      { on: 'self', what: 'support', delta: 3 },
      { on: 'self', what: 'economy', delta: -1 },
    ],
    tension: 1,
    ceiling: 4,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'returnAmbassador' },
    precedent: ACTION_PRECEDENTS.recallAmbassador,
    check: (s, role, o) =>
      pairsOf(role, o).some(([a, b]) => ambassadorOf(s, a, b) === 'posted') ? null : refuse('ambassadorNotPosted'),
    apply(ctx, role, o) {
      for (const [a, b] of pairsOf(role, o)) {
        if (ambassadorOf(ctx.s, a, b) === 'posted') ctx.s.ambassadors[pairKey(a, b)] = 'recalled';
      }
      commit(ctx, role, `recall:${o.target}`);
      endAgreements(ctx, ['patrols', 'investigation'], role, roleOf(o.target as Country));
    },
  },
  {
    id: 'expelAmbassador',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'country',
    targets: countryTargets,
    memberOption: true,
    effects: [
      { on: 'self', what: 'support', delta: 4 },
      { on: 'self', what: 'legitimacy', delta: -3 },
    ],
    tension: 1,
    ceiling: 5,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'readmitAmbassador' },
    check: (s, role, o) =>
      pairsOf(role, o).some(([a, b]) => ambassadorOf(s, b, a) !== 'expelled') ? null : refuse('alreadyExpelled'),
    apply(ctx, role, o) {
      for (const [a, b] of pairsOf(role, o)) ctx.s.ambassadors[pairKey(b, a)] = 'expelled';
      commit(ctx, role, `expel:${o.target}`, true);
      endAgreements(ctx, ['patrols', 'investigation', 'energy'], role, roleOf(o.target as Country));
    },
  },
  {
    id: 'returnAmbassador',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'country',
    targets: countryTargets,
    memberOption: true,
    effects: [
      { on: 'self', what: 'legitimacy', delta: 2 },
      { on: 'self', what: 'support', delta: -1 },
    ],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'recallAmbassador' },
    precedent: ACTION_PRECEDENTS.returnAmbassador,
    check(s, role, o) {
      const pairs = pairsOf(role, o);
      if (pairs.some(([a, b]) => ambassadorOf(s, a, b) === 'recalled')) return null;
      return pairs.some(([a, b]) => ambassadorOf(s, a, b) === 'expelled') ? refuse('ambassadorExpelled') : refuse('ambassadorAlreadyPosted');
    },
    apply(ctx, role, o) {
      for (const [a, b] of pairsOf(role, o)) {
        if (ambassadorOf(ctx.s, a, b) === 'recalled') ctx.s.ambassadors[pairKey(a, b)] = 'posted';
      }
      backDownToward(ctx, role, o.target!, `recall:${o.target}`);
    },
  },
  {
    id: 'readmitAmbassador',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'country',
    targets: countryTargets,
    memberOption: true,
    effects: [
      { on: 'self', what: 'legitimacy', delta: 2 },
      { on: 'self', what: 'support', delta: -1 },
    ],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'expelAmbassador' },
    check: (s, role, o) =>
      pairsOf(role, o).some(([a, b]) => ambassadorOf(s, b, a) === 'expelled') ? null : refuse('noneExpelled'),
    apply(ctx, role, o) {
      for (const [a, b] of pairsOf(role, o)) {
        if (ambassadorOf(ctx.s, b, a) === 'expelled') ctx.s.ambassadors[pairKey(b, a)] = 'recalled';
      }
      backDownToward(ctx, role, o.target!, `expel:${o.target}`);
    },
  },
  {
    id: 'withdrawCemoc',
    category: 'diplomatic',
    actors: SAHEL,
    cost: 1,
    target: 'none',
    effects: [
      { on: 'self', what: 'support', delta: 2 },
      { on: 'bloc', what: 'cohesion', delta: 2 },
      { on: 'shared', what: 'threat', delta: 1 },
    ],
    tension: 1,
    ceiling: 4,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'rejoinCemoc' },
    precedent: ACTION_PRECEDENTS.withdrawCemoc,
    check: (s, role) => (s.cemoc.includes(cemocMember(role)) ? null : refuse('notInCemoc')),
    apply(ctx, role) {
      ctx.s.cemoc = ctx.s.cemoc.filter((c) => c !== cemocMember(role));
      commit(ctx, role, 'cemoc');
    },
  },
  {
    id: 'rejoinCemoc',
    category: 'diplomatic',
    actors: SAHEL,
    cost: 1,
    target: 'none',
    effects: [
      { on: 'self', what: 'security', delta: 2 },
      { on: 'self', what: 'legitimacy', delta: 1 },
      { on: 'shared', what: 'threat', delta: -2 },
    ],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'withdrawCemoc' },
    precedent: ACTION_PRECEDENTS.rejoinCemoc,
    check: (s, role) => (s.cemoc.includes(cemocMember(role)) ? refuse('alreadyInCemoc') : null),
    apply(ctx, role) {
      ctx.s.cemoc.push(cemocMember(role));
      backDown(ctx, role, 'cemoc');
    },
  },
  {
    id: 'blocSolidarity',
    category: 'diplomatic',
    actors: SAHEL,
    cost: 1,
    target: 'none',
    effects: [
      { on: 'bloc', what: 'cohesion', delta: 4 },
      { on: 'self', what: 'support', delta: 2 },
      { on: 'self', what: 'legitimacy', delta: -1 },
    ],
    tension: 1,
    ceiling: 4,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'statement', option: 'conciliatory' },
    precedent: ACTION_PRECEDENTS.blocSolidarity,
    apply(ctx, role) {
      commit(ctx, role, 'statement:algeria', true);
    },
  },
  {
    // One rule for every party: a security partner strengthens security, an economic one the
    // economy; courting a partner that another party counts as a rival raises tension.
    id: 'seekPartner',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'none',
    options: PARTNER_IDS,
    optionsByRole: PARTNERS_OF,
    effects: [],
    variants: partnerVariants(),
    tension: 0,
    ceiling: 4,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'statement', option: 'conciliatory' },
    precedent: ACTION_PRECEDENTS.seekPartner,
    check: (s, role, o) => (s.flags.includes(`partner:${role}:${o.option ?? 'russia'}`) ? refuse('partnerAlreadySought') : null),
    apply(ctx, role, o) {
      ctx.s.flags.push(`partner:${role}:${o.option ?? 'russia'}`);
    },
  },
];

/** Accusations against Algeria it has not yet answered. */
function unanswered(s: PublicState): string[] {
  return s.accusations.filter((a) => isUnanswered(s, a));
}

const isUnanswered = (s: PublicState, a: string) => a.endsWith('>algeria') && !s.flags.includes(`dismissed:${a}`);

// "accuser>accused", spelled once per pair: bots weigh accusations every week they plan.
const ACCUSATIONS: Record<string, Record<string, string>> = {};
for (const a of PARTIES) {
  ACCUSATIONS[a] = {};
  for (const b of PARTIES) ACCUSATIONS[a][b] = `${a}>${b}`;
}
const accusation = (role: string, target: string | undefined): string => ACCUSATIONS[role]?.[target ?? ''] ?? `${role}>${target}`;

function cemocMember(role: string): Country {
  return role === 'aes' ? 'niger' : (role as Country);
}
