// Security and economic pressure: airspace, border crossings, drones, air defence,
// troops, counter-terrorism, joint patrols and talks with separatist leaders.
import { backDown, commit } from '../audience.ts';
import { bump, bumpThreat, moveTension, report } from '../context.ts';
import { incidentChange } from '../changes.ts';
import { addIncident, chanceInsideAlgeria, incidentParams, OPERATOR } from '../incidents.ts';
import { actingCountries, borderKey, pairKey, roleOf } from '../geography.ts';
import type { BorderStatus, Country, PublicState, PartyRole, Role } from '../types.ts';
import type { ActionDef } from './def.ts';
import { refuse } from './def.ts';
import { notYetAgreed } from './agreements.ts';
import { addAgreement, countryTargets, endAgreements, findAgreement, news, offerOrAgree, pairsOf } from './helpers.ts';
import { ACTION_PRECEDENTS } from '../../scenario/precedents.ts';


const PARTIES = ['algeria', 'mali', 'aes'] as const;
const SAHEL = ['mali', 'aes'] as const;
const BORDER_RANK: Record<BorderStatus, number> = { open: 0, restricted: 1, closed: 2 };
/** The flag set while Algeria keeps talking with the northern movements. */
export const HOSTING = 'hosting:northernMovements';

/** Border keys an order touches: Algeria names the neighbour; the AES acts on Niger's border. */
function bordersOf(role: Role, target: string | undefined): string[] {
  const keys = actingCountries(role).map((c) => borderKey(c, target as Country));
  return keys.filter((k): k is string => !!k);
}

const borderTargets = (s: PublicState, role: Role) => countryTargets(s, role).filter((t) => bordersOf(role, t).length > 0);

export const securityActions: ActionDef[] = [
  {
    id: 'closeAirspace',
    category: 'economic',
    actors: PARTIES,
    cost: 1,
    target: 'country',
    targets: countryTargets,
    memberOption: true,
    effects: [
      { on: 'self', what: 'economy', delta: -2 },
      { on: 'self', what: 'support', delta: 2 },
      { on: 'target', what: 'economy', delta: -3 },
    ],
    tension: 1,
    ceiling: 5,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'reopenAirspace' },
    precedent: ACTION_PRECEDENTS.closeAirspace,
    check: (s, role, o) => (pairsOf(role, o).some(([a, b]) => s.airspace[pairKey(a, b)] === 'open') ? null : refuse('airspaceAlreadyClosed')),
    apply(ctx, role, o) {
      for (const [a, b] of pairsOf(role, o)) ctx.s.airspace[pairKey(a, b)] = 'closed';
      commit(ctx, role, `airspace:${o.target}`);
    },
  },
  {
    id: 'reopenAirspace',
    category: 'economic',
    actors: PARTIES,
    cost: 1,
    target: 'country',
    targets: countryTargets,
    memberOption: true,
    effects: [
      { on: 'self', what: 'economy', delta: 1 },
      { on: 'target', what: 'economy', delta: 1 },
    ],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'closeAirspace' },
    check: (s, role, o) => (pairsOf(role, o).some(([a, b]) => s.airspace[pairKey(a, b)] === 'closed') ? null : refuse('airspaceAlreadyOpen')),
    apply(ctx, role, o) {
      for (const [a, b] of pairsOf(role, o)) ctx.s.airspace[pairKey(a, b)] = 'open';
      backDown(ctx, role, `airspace:${o.target}`);
      backDown(ctx, role, `statement:${roleOf(o.target as Country)}`);
    },
  },
  {
    id: 'restrictBorder',
    category: 'economic',
    actors: PARTIES,
    cost: 1,
    target: 'country',
    targets: borderTargets,
    options: ['restricted', 'closed'],
    effects: [
      { on: 'self', what: 'economy', delta: -2 },
      { on: 'self', what: 'security', delta: 2 },
      { on: 'target', what: 'economy', delta: -3 },
      { on: 'shared', what: 'threat', delta: 1 },
    ],
    tension: 1,
    ceiling: 5,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'reopenBorder' },
    check(s, role, o) {
      const want = BORDER_RANK[(o.option ?? 'restricted') as BorderStatus];
      return bordersOf(role, o.target).some((k) => BORDER_RANK[s.borders[k]] < want) ? null : refuse('borderAlreadyThat');
    },
    apply(ctx, role, o) {
      for (const k of bordersOf(role, o.target)) ctx.s.borders[k] = (o.option ?? 'restricted') as BorderStatus;
      commit(ctx, role, `border:${o.target}`);
    },
  },
  {
    id: 'reopenBorder',
    category: 'economic',
    actors: PARTIES,
    cost: 1,
    target: 'country',
    targets: borderTargets,
    effects: [
      { on: 'self', what: 'economy', delta: 2 },
      { on: 'target', what: 'economy', delta: 2 },
    ],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'restrictBorder' },
    check: (s, role, o) => (bordersOf(role, o.target).some((k) => s.borders[k] !== 'open') ? null : refuse('borderAlreadyOpen')),
    apply(ctx, role, o) {
      for (const k of bordersOf(role, o.target)) ctx.s.borders[k] = 'open';
      backDown(ctx, role, `border:${o.target}`);
    },
  },
  {
    id: 'droneMission',
    category: 'security',
    actors: SAHEL,
    cost: 1,
    target: 'none',
    options: ['cautious', 'aggressive'],
    effects: [],
    variants: {
      cautious: { effects: [{ on: 'self', what: 'security', delta: 2 }, { on: 'shared', what: 'threat', delta: -1 }], tension: 0 },
      aggressive: {
        effects: [{ on: 'self', what: 'security', delta: 4 }, { on: 'shared', what: 'threat', delta: -2 }],
        tension: 0,
        escalatory: true,
      },
    },
    tension: 0,
    ceiling: 10,
    visibility: 'private',
    escalatory: false,
    inverse: { action: 'droneMission', option: 'cautious' },
    precedent: ACTION_PRECEDENTS.droneMission,
    // Niger's and Burkina Faso's drones strike in Liptako-Gourma, far from Algeria: no incident
    // involving them is on record, so only Mali's flights near the border can cause one.
    apply(ctx, role, o) {
      const aggressive = o.option === 'aggressive';
      if (role === 'mali') droneIncident(ctx, aggressive);
      else report(ctx, role, aggressive ? 'report.droneAggressiveAes' : 'report.droneCautiousAes');
    },
  },
  {
    id: 'airDefenceAlert',
    category: 'security',
    actors: ['algeria'],
    cost: 1,
    target: 'none',
    options: ['raise', 'lower'],
    effects: [],
    variants: {
      raise: { effects: [{ on: 'self', what: 'security', delta: 2 }], tension: 1, escalatory: true },
      lower: { effects: [{ on: 'self', what: 'security', delta: -1 }], tension: -1 },
    },
    tension: 0,
    ceiling: 7,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'airDefenceAlert', option: 'lower' },
    precedent: ACTION_PRECEDENTS.airDefenceAlert,
    check(s, _role, o) {
      if ((o.option ?? 'raise') === 'raise') return s.alert === 'high' ? refuse('alertAlreadyHigh') : null;
      return s.alert === 'low' ? refuse('alertAlreadyLow') : null;
    },
    apply(ctx, _role, o) {
      const up = (o.option ?? 'raise') === 'raise';
      ctx.s.alert = up ? (ctx.s.alert === 'low' ? 'normal' : 'high') : ctx.s.alert === 'high' ? 'normal' : 'low';
    },
  },
  {
    id: 'reinforceBorder',
    category: 'security',
    actors: ['algeria'],
    cost: 1,
    target: 'none',
    effects: [
      { on: 'self', what: 'security', delta: 4 },
      { on: 'self', what: 'economy', delta: -2 },
      { on: 'shared', what: 'threat', delta: -2 },
    ],
    tension: 1,
    ceiling: 8,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'drawDownBorder' },
    precedent: ACTION_PRECEDENTS.reinforceBorder,
    check: (s) => (s.reinforcement >= 3 ? refuse('reinforcementAtMost') : null),
    apply(ctx) {
      ctx.s.reinforcement += 1;
    },
  },
  {
    id: 'drawDownBorder',
    category: 'security',
    actors: ['algeria'],
    cost: 1,
    target: 'none',
    effects: [
      { on: 'self', what: 'security', delta: -2 },
      { on: 'self', what: 'economy', delta: 1 },
    ],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'reinforceBorder' },
    check: (s) => (s.reinforcement <= 0 ? refuse('noReinforcement') : null),
    apply(ctx) {
      ctx.s.reinforcement -= 1;
    },
  },
  {
    id: 'counterTerror',
    category: 'security',
    actors: SAHEL,
    cost: 1,
    target: 'none',
    effects: [
      { on: 'self', what: 'security', delta: 3 },
      { on: 'self', what: 'economy', delta: -2 },
      { on: 'shared', what: 'threat', delta: -3 },
    ],
    tension: 0,
    visibility: 'public',
    escalatory: false,
    precedent: ACTION_PRECEDENTS.counterTerror,
  },
  {
    id: 'jointPatrol',
    category: 'security',
    actors: PARTIES,
    cost: 1,
    target: 'role',
    targets: (_s, role) => (role === 'algeria' ? ['mali', 'aes'] : ['algeria']),
    effects: [
      { on: 'self', what: 'security', delta: 2 },
      { on: 'shared', what: 'threat', delta: -3 },
    ],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    automatic: false,
    precedent: ACTION_PRECEDENTS.jointPatrol,
    check(s, role, o) {
      const pending = notYetAgreed('patrols')(s, role, o);
      if (pending) return pending;
      return s.tension > 6 ? refuse('tooTenseForPatrols') : null;
    },
    apply(ctx, role, o) {
      offerOrAgree(ctx, 'patrols', role, o.target as PartyRole, undefined, (p) => {
        addAgreement(ctx, 'patrols', p);
        for (const r of p) bump(ctx, r, 'security', 2);
        bumpThreat(ctx, -3);
        moveTension(ctx, null, -1);
        news(ctx, 'security', 'news.agreed.patrols', { a: p[0], b: p[1] }, 'world');
      });
    },
  },
  {
    // Public, as Algeria's December 2023 meetings were: Algeria calls it dialogue, Mali interference.
    // It changes support at home and the ladder, never security or the armed groups' strength: that
    // would make one side's reading of the talks a rule of the world.
    id: 'hostSeparatists',
    category: 'diplomatic',
    actors: ['algeria'],
    cost: 1,
    target: 'none',
    effects: [{ on: 'self', what: 'support', delta: 2 }],
    tension: 1,
    ceiling: 5,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'distanceSeparatists' },
    precedent: ACTION_PRECEDENTS.hostSeparatists,
    check: (s) => (s.flags.includes(HOSTING) ? refuse('alreadyHosting') : null),
    apply(ctx, role) {
      ctx.s.flags.push(HOSTING);
      commit(ctx, role, 'separatists');
    },
  },
  {
    id: 'distanceSeparatists',
    category: 'diplomatic',
    actors: ['algeria'],
    cost: 1,
    target: 'none',
    effects: [{ on: 'self', what: 'legitimacy', delta: 1 }],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'hostSeparatists' },
    check: (s) => (s.flags.includes(HOSTING) ? null : refuse('notHosting')),
    apply(ctx, role) {
      ctx.s.flags = ctx.s.flags.filter((f) => f !== HOSTING);
      backDown(ctx, role, 'separatists');
    },
  },
];

/**
 * A drone near the border may cause an incident: the risk grows with an aggressive posture and
 * with Algeria's alert, and at high alert the drone is shot down. Where it really was is drawn
 * apart from what happens to it, so a shoot-down never says who was right.
 */
function droneIncident(ctx: Parameters<NonNullable<ActionDef['apply']>>[0], aggressive: boolean): void {
  const s = ctx.s;
  const role = 'mali';
  const alertFactor = s.alert === 'high' ? 1.8 : s.alert === 'normal' ? 1 : 0.4;
  const risk = (aggressive ? 0.4 : 0.09) * alertFactor * (1 + s.reinforcement * 0.15);
  report(ctx, role, aggressive ? 'report.droneAggressive' : 'report.droneCautious');
  if (ctx.rng.next() >= risk) return;
  const downed = s.alert === 'high' || ctx.rng.next() < 0.45;
  const incident = addIncident(ctx, role, downed, chanceInsideAlgeria(aggressive, s.alert));
  const cue = { action: 'droneMission', target: 'algeria', changes: [incidentChange(incident)] };
  if (downed) {
    // Nobody is booked as the escalator: who provoked the incident is the very thing in dispute.
    moveTension(ctx, null, s.tension >= 6 ? 2 : 1, 10);
    bump(ctx, role, 'security', -3);
    bump(ctx, role, 'support', 2);
    bump(ctx, 'algeria', 'support', 2);
    news(ctx, 'security', `news.droneShotDown.${OPERATOR[role].country}`, incidentParams(incident), role, cue);
    if (findAgreement(s, 'patrols', 'algeria', role)) endAgreements(ctx, ['patrols'], 'algeria', role);
  } else {
    moveTension(ctx, null, 1, 8);
    news(ctx, 'security', `news.droneCrossing.${OPERATOR[role].country}`, incidentParams(incident), role, cue);
  }
}
