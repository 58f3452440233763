// Diplomatic actions: statements, accusations, ambassadors, CEMOC, partners.
import { backDown, commit } from '../audience.ts';
import { actingCountries, roleOf } from '../geography.ts';
import type { Country, GameState } from '../types.ts';
import type { ActionDef } from './def.ts';
import { refuse } from './def.ts';
import { ambassadorOf, countryTargets, endAgreements, partyTargets, pairsOf } from './helpers.ts';
import { MEDIALINE, OUESTAF, WAVN } from './sources.ts';


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
    precedent: { date: '2025-04-07', text: 'precedent.statement', source: WAVN },
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
      { on: 'target', what: 'legitimacy', delta: -2 },
    ],
    tension: 1,
    ceiling: 6,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'retractAccusation' },
    precedent: { date: '2025-04-06', text: 'precedent.accuseTerrorism', source: MEDIALINE },
    check: (s, role, o) => (s.accusations.includes(`${role}>${o.target}`) ? refuse('alreadyAccused') : null),
    apply(ctx, role, o) {
      ctx.s.accusations.push(`${role}>${o.target}`);
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
    check: (s, role, o) => (s.accusations.includes(`${role}>${o.target}`) ? null : refuse('noAccusation')),
    apply(ctx, role, o) {
      ctx.s.accusations = ctx.s.accusations.filter((a) => a !== `${role}>${o.target}`);
      ctx.s.flags = ctx.s.flags.filter((d) => d !== `dismissed:${role}>${o.target}`);
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
    precedent: { date: '2025-04-07', text: 'precedent.dismissAccusations', source: WAVN },
    check: (s) => (unanswered(s).length ? null : refuse('noAccusationAgainstYou')),
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
    precedent: { date: '2025-04-06', text: 'precedent.summonAmbassador', source: MEDIALINE },
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
    precedent: { date: '2025-04-06', text: 'precedent.recallAmbassador', source: WAVN },
    check: (s, role, o) =>
      pairsOf(role, o).some(([a, b]) => ambassadorOf(s, a, b) === 'posted') ? null : refuse('ambassadorNotPosted'),
    apply(ctx, role, o) {
      for (const [a, b] of pairsOf(role, o)) {
        if (ambassadorOf(ctx.s, a, b) === 'posted') ctx.s.ambassadors[`${a}>${b}`] = 'recalled';
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
    precedent: { date: '2025-04-07', text: 'precedent.expelAmbassador', source: WAVN },
    check: (s, role, o) =>
      pairsOf(role, o).some(([a, b]) => ambassadorOf(s, b, a) !== 'expelled') ? null : refuse('alreadyExpelled'),
    apply(ctx, role, o) {
      for (const [a, b] of pairsOf(role, o)) ctx.s.ambassadors[`${b}>${a}`] = 'expelled';
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
    precedent: { date: '2024-01-07', text: 'precedent.returnAmbassador', source: OUESTAF },
    check(s, role, o) {
      const pairs = pairsOf(role, o);
      if (pairs.some(([a, b]) => ambassadorOf(s, a, b) === 'recalled')) return null;
      return pairs.some(([a, b]) => ambassadorOf(s, a, b) === 'expelled') ? refuse('ambassadorExpelled') : refuse('ambassadorAlreadyPosted');
    },
    apply(ctx, role, o) {
      for (const [a, b] of pairsOf(role, o)) {
        if (ambassadorOf(ctx.s, a, b) === 'recalled') ctx.s.ambassadors[`${a}>${b}`] = 'posted';
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
    precedent: { date: '2024-01-07', text: 'precedent.readmitAmbassador', source: OUESTAF },
    check: (s, role, o) =>
      pairsOf(role, o).some(([a, b]) => ambassadorOf(s, b, a) === 'expelled') ? null : refuse('noneExpelled'),
    apply(ctx, role, o) {
      for (const [a, b] of pairsOf(role, o)) {
        if (ambassadorOf(ctx.s, b, a) === 'expelled') ctx.s.ambassadors[`${b}>${a}`] = 'recalled';
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
      { on: 'self', what: 'security', delta: -2 },
      { on: 'bloc', what: 'cohesion', delta: 2 },
      { on: 'shared', what: 'threat', delta: 3 },
    ],
    tension: 1,
    ceiling: 4,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'rejoinCemoc' },
    precedent: { date: '2025-04-06', text: 'precedent.withdrawCemoc', source: MEDIALINE },
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
    precedent: { date: '2010-04-21', text: 'precedent.rejoinCemoc', source: MEDIALINE },
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
    precedent: { date: '2025-04-06', text: 'precedent.blocSolidarity', source: WAVN },
    apply(ctx, role) {
      commit(ctx, role, 'statement:algeria', true);
    },
  },
  {
    id: 'seekPartner',
    category: 'diplomatic',
    actors: SAHEL,
    cost: 1,
    target: 'none',
    options: ['russia', 'morocco'],
    effects: [],
    variants: {
      russia: {
        effects: [
          { on: 'self', what: 'security', delta: 3 },
          { on: 'self', what: 'economy', delta: 1 },
          { on: 'self', what: 'legitimacy', delta: -1 },
        ],
        tension: 0,
      },
      morocco: {
        effects: [
          { on: 'self', what: 'economy', delta: 4 },
          { on: 'bloc', what: 'cohesion', delta: 2 },
        ],
        tension: 1,
        escalatory: true,
      },
    },
    tension: 0,
    ceiling: 4,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'statement', option: 'conciliatory' },
    precedent: { date: '2025-04-28', text: 'precedent.seekPartner', source: WAVN },
    check: (s, role, o) => (s.flags.includes(`partner:${role}:${o.option}`) ? refuse('partnerAlreadySought') : null),
    apply(ctx, role, o) {
      ctx.s.flags.push(`partner:${role}:${o.option ?? 'russia'}`);
    },
  },
];

/** Accusations against Algeria it has not yet answered. */
function unanswered(s: GameState): string[] {
  return s.accusations.filter((a) => a.endsWith('>algeria') && !s.flags.includes(`dismissed:${a}`));
}

function cemocMember(role: string): Country {
  return role === 'aes' ? 'niger' : (role as Country);
}
