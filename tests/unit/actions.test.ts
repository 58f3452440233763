// Every action: a case where it is allowed and does what it says, a case where it is
// refused with its reason, and (for escalations) the way back.
import { describe, expect, it } from 'vitest';
import { ACTIONS, ACTION_BY_ID, validateOrder, orderEffects } from '../../shared/index.ts';
import type { GameState, Order, Role } from '../../shared/index.ts';
import { fresh, one, quietWeek } from './helpers.ts';
import { HOSTING } from '../../shared/rules/actions/security.ts';

interface Case {
  role: Role;
  order: Order;
  /** Prepares a state where the order is legal. */
  setup?: (s: GameState) => void;
  /** What the order changed, checked on the next state. */
  expect: (next: GameState, prev: GameState) => void;
  /** A state where the order is refused, and the reason code. */
  refused: { setup?: (s: GameState) => void; role?: Role; order?: Order; code: string };
  settings?: Partial<GameState['settings']>;
}

const mediation = (s: GameState, progress = 2) =>
  s.agreements.push({ kind: 'mediation', parties: ['algeria', 'mali'], sinceTurn: 1, progress, broker: 'au' });

const CASES: Record<string, Case> = {
  statement: {
    role: 'mali',
    order: { action: 'statement', target: 'algeria', option: 'hostile' },
    expect: (n) => expect(n.commitments.some((c) => c.role === 'mali' && c.stance === 'statement:algeria' && c.hostile)).toBe(true),
    refused: { order: { action: 'statement', target: 'algeria', option: 'furious' }, code: 'badOption' },
  },
  accuseTerrorism: {
    role: 'mali',
    order: { action: 'accuseTerrorism', target: 'algeria' },
    expect: (n) => expect(n.accusations).toContain('mali>algeria'),
    refused: { setup: (s) => s.accusations.push('mali>algeria'), code: 'alreadyAccused' },
  },
  retractAccusation: {
    role: 'mali',
    order: { action: 'retractAccusation', target: 'algeria' },
    setup: (s) => s.accusations.push('mali>algeria'),
    expect: (n) => expect(n.accusations).not.toContain('mali>algeria'),
    refused: { code: 'noAccusation' },
  },
  dismissAccusations: {
    role: 'algeria',
    order: { action: 'dismissAccusations' },
    setup: (s) => s.accusations.push('mali>algeria'),
    expect: (n) => expect(n.flags).toContain('dismissed:mali>algeria'),
    refused: { code: 'noAccusationAgainstYou' },
  },
  summonAmbassador: {
    role: 'mali',
    order: { action: 'summonAmbassador', target: 'algeria' },
    expect: (n, p) => expect(n.tension).toBeGreaterThanOrEqual(p.tension),
    refused: { setup: (s) => (s.ambassadors['algeria>mali'] = 'recalled'), code: 'noAmbassadorToSummon' },
  },
  recallAmbassador: {
    role: 'algeria',
    order: { action: 'recallAmbassador', target: 'mali' },
    expect: (n) => expect(n.ambassadors['algeria>mali']).toBe('recalled'),
    refused: { setup: (s) => (s.ambassadors['algeria>mali'] = 'recalled'), code: 'ambassadorNotPosted' },
  },
  expelAmbassador: {
    role: 'algeria',
    order: { action: 'expelAmbassador', target: 'mali' },
    expect: (n) => expect(n.ambassadors['mali>algeria']).toBe('expelled'),
    refused: { setup: (s) => (s.ambassadors['mali>algeria'] = 'expelled'), code: 'alreadyExpelled' },
  },
  returnAmbassador: {
    role: 'aes',
    order: { action: 'returnAmbassador', target: 'algeria', option: 'niger' },
    setup: (s) => {
      s.ambassadors['niger>algeria'] = 'recalled';
      s.ambassadors['burkina>algeria'] = 'recalled';
    },
    expect: (n) => {
      expect(n.ambassadors['niger>algeria']).toBe('posted');
      expect(n.ambassadors['burkina>algeria']).toBe('recalled');
    },
    refused: { setup: (s) => (s.ambassadors['niger>algeria'] = 'expelled'), order: { action: 'returnAmbassador', target: 'algeria', option: 'niger' }, code: 'ambassadorExpelled' },
  },
  readmitAmbassador: {
    role: 'mali',
    order: { action: 'readmitAmbassador', target: 'algeria' },
    setup: (s) => (s.ambassadors['algeria>mali'] = 'expelled'),
    expect: (n) => expect(n.ambassadors['algeria>mali']).toBe('recalled'),
    refused: { code: 'noneExpelled' },
  },
  withdrawCemoc: {
    role: 'mali',
    order: { action: 'withdrawCemoc' },
    expect: (n) => expect(n.cemoc).not.toContain('mali'),
    refused: { setup: (s) => (s.cemoc = ['algeria', 'niger']), code: 'notInCemoc' },
  },
  rejoinCemoc: {
    role: 'aes',
    order: { action: 'rejoinCemoc' },
    setup: (s) => (s.cemoc = ['algeria', 'mali']),
    expect: (n) => expect(n.cemoc).toContain('niger'),
    refused: { code: 'alreadyInCemoc' },
  },
  blocSolidarity: {
    role: 'aes',
    order: { action: 'blocSolidarity' },
    expect: (n, p) => expect(n.cohesion).toBeGreaterThan(p.cohesion - 2),
    refused: { role: 'algeria', code: 'notYourAction' },
  },
  seekPartner: {
    role: 'aes',
    order: { action: 'seekPartner', option: 'morocco' },
    expect: (n) => expect(n.flags).toContain('partner:aes:morocco'),
    refused: { setup: (s) => s.flags.push('partner:aes:morocco'), code: 'partnerAlreadySought' },
  },
  fileComplaint: {
    role: 'mali',
    order: { action: 'fileComplaint', target: 'algeria', option: 'icj' },
    expect: (n) => expect(n.cases).toMatchObject([{ forum: 'icj', plaintiff: 'mali', respondent: 'algeria', status: 'awaitingJurisdiction' }]),
    refused: { order: { action: 'fileComplaint', target: 'mali', option: 'icj' }, code: 'badTarget' },
  },
  withdrawComplaint: {
    role: 'mali',
    order: { action: 'withdrawComplaint', target: 'algeria', option: 'unsc' },
    setup: (s) => s.cases.push({ id: 1, forum: 'unsc', plaintiff: 'mali', respondent: 'algeria', filedTurn: 1, status: 'noted' }),
    expect: (n) => expect(n.cases[0].status).toBe('withdrawn'),
    refused: { code: 'noOpenCase' },
  },
  respondIcj: {
    role: 'algeria',
    order: { action: 'respondIcj', option: 'refuse' },
    setup: (s) => s.cases.push({ id: 1, forum: 'icj', plaintiff: 'mali', respondent: 'algeria', filedTurn: 1, status: 'awaitingJurisdiction' }),
    expect: (n) => expect(n.cases[0].status).toBe('refused'),
    refused: { code: 'noIcjCaseAgainstYou' },
  },
  publishEvidence: {
    role: 'algeria',
    order: { action: 'publishEvidence' },
    expect: (n, p) => {
      expect(n.evidence.algeria).toBe(1);
      expect(n.narrative).toBeGreaterThan(p.narrative);
    },
    refused: { role: 'mediator', code: 'roleNotSeated' },
  },
  addressUnga: {
    role: 'mali',
    order: { action: 'addressUnga', option: 'measured' },
    expect: (n) => expect(n.flags).toContain('unga:mali'),
    refused: { setup: (s) => s.flags.push('unga:mali'), code: 'ungaAlreadyAddressed' },
  },
  proposeMediation: {
    role: 'algeria',
    order: { action: 'proposeMediation', target: 'mali', option: 'au' },
    expect: (n) => expect(n.offers).toMatchObject([{ kind: 'mediation', from: 'algeria', to: 'mali' }]),
    refused: { setup: (s) => mediation(s, 0), code: 'agreementInForce' },
  },
  acceptMediation: {
    role: 'mali',
    order: { action: 'acceptMediation', target: 'algeria' },
    setup: (s) => s.offers.push({ kind: 'mediation', from: 'algeria', to: 'mali', turn: 1, broker: 'au' }),
    expect: (n) => expect(n.agreements.some((g) => g.kind === 'mediation')).toBe(true),
    refused: { code: 'noOffer' },
  },
  proposeInvestigation: {
    role: 'mali',
    order: { action: 'proposeInvestigation', target: 'algeria' },
    expect: (n) => expect(n.offers).toMatchObject([{ kind: 'investigation', from: 'mali', to: 'algeria' }]),
    refused: { setup: (s) => s.offers.push({ kind: 'investigation', from: 'mali', to: 'algeria', turn: 1 }), code: 'offerPending' },
  },
  acceptInvestigation: {
    role: 'algeria',
    order: { action: 'acceptInvestigation', target: 'mali' },
    setup: (s) => s.offers.push({ kind: 'investigation', from: 'mali', to: 'algeria', turn: 1 }),
    expect: (n) => expect(n.agreements.some((g) => g.kind === 'investigation')).toBe(true),
    refused: { code: 'noOffer' },
  },
  energyDeal: {
    role: 'algeria',
    order: { action: 'energyDeal', target: 'aes' },
    setup: (s) => s.offers.push({ kind: 'energy', from: 'aes', to: 'algeria', turn: 1 }),
    expect: (n, p) => {
      expect(n.agreements.some((g) => g.kind === 'energy')).toBe(true);
      expect(n.roles.aes.economy).toBeGreaterThan(p.roles.aes.economy);
    },
    refused: { setup: (s) => (s.ambassadors['niger>algeria'] = 'expelled'), code: 'ambassadorExpelled' },
  },
  signAccord: {
    role: 'algeria',
    order: { action: 'signAccord', target: 'mali' },
    setup: (s) => {
      mediation(s);
      s.offers.push({ kind: 'accord', from: 'mali', to: 'algeria', turn: 1 });
    },
    expect: (n) => expect(n.agreements.some((g) => g.kind === 'accord')).toBe(true),
    refused: { setup: (s) => mediation(s, 1), code: 'accordNotReady' },
  },
  closeAirspace: {
    role: 'algeria',
    order: { action: 'closeAirspace', target: 'mali' },
    expect: (n) => expect(n.airspace['algeria>mali']).toBe('closed'),
    refused: { setup: (s) => (s.airspace['algeria>mali'] = 'closed'), code: 'airspaceAlreadyClosed' },
  },
  reopenAirspace: {
    role: 'mali',
    order: { action: 'reopenAirspace', target: 'algeria' },
    setup: (s) => (s.airspace['mali>algeria'] = 'closed'),
    expect: (n) => expect(n.airspace['mali>algeria']).toBe('open'),
    refused: { code: 'airspaceAlreadyOpen' },
  },
  restrictBorder: {
    role: 'algeria',
    order: { action: 'restrictBorder', target: 'mali', option: 'closed' },
    expect: (n) => expect(n.borders['algeria-mali']).toBe('closed'),
    refused: { order: { action: 'restrictBorder', target: 'burkina', option: 'closed' }, code: 'badTarget' },
  },
  reopenBorder: {
    role: 'aes',
    order: { action: 'reopenBorder', target: 'algeria' },
    setup: (s) => (s.borders['algeria-niger'] = 'restricted'),
    expect: (n) => expect(n.borders['algeria-niger']).toBe('open'),
    refused: { code: 'borderAlreadyOpen' },
  },
  droneMission: {
    role: 'mali',
    order: { action: 'droneMission', option: 'cautious' },
    expect: (n, p) => expect(n.roles.mali.security).toBeGreaterThanOrEqual(p.roles.mali.security - 4),
    refused: { order: { action: 'droneMission', option: 'cautious', target: 'algeria' }, code: 'noTargetNeeded' },
  },
  airDefenceAlert: {
    role: 'algeria',
    order: { action: 'airDefenceAlert', option: 'raise' },
    expect: (n) => expect(n.alert).toBe('high'),
    refused: { setup: (s) => (s.alert = 'high'), code: 'alertAlreadyHigh' },
  },
  reinforceBorder: {
    role: 'algeria',
    order: { action: 'reinforceBorder' },
    expect: (n) => expect(n.reinforcement).toBe(2),
    refused: { setup: (s) => (s.reinforcement = 3), code: 'reinforcementAtMost' },
  },
  drawDownBorder: {
    role: 'algeria',
    order: { action: 'drawDownBorder' },
    expect: (n) => expect(n.reinforcement).toBe(0),
    refused: { setup: (s) => (s.reinforcement = 0), code: 'noReinforcement' },
  },
  counterTerror: {
    role: 'mali',
    order: { action: 'counterTerror' },
    expect: (n, p) => expect(n.roles.mali.economy).toBeLessThan(p.roles.mali.economy),
    refused: { role: 'algeria', code: 'notYourAction' },
  },
  jointPatrol: {
    role: 'mali',
    order: { action: 'jointPatrol', target: 'algeria' },
    setup: (s) => s.offers.push({ kind: 'patrols', from: 'algeria', to: 'mali', turn: 1 }),
    expect: (n) => expect(n.agreements.some((g) => g.kind === 'patrols')).toBe(true),
    refused: { setup: (s) => (s.tension = 7), code: 'tooTenseForPatrols' },
  },
  hostSeparatists: {
    role: 'algeria',
    order: { action: 'hostSeparatists' },
    expect: (n) => expect(n.flags).toContain(HOSTING),
    refused: { setup: (s) => s.flags.push(HOSTING), code: 'alreadyHosting' },
  },
  distanceSeparatists: {
    role: 'algeria',
    order: { action: 'distanceSeparatists' },
    setup: (s) => s.flags.push(HOSTING),
    expect: (n) => expect(n.flags).not.toContain(HOSTING),
    refused: { code: 'notHosting' },
  },
  conveneTalks: {
    role: 'mediator',
    settings: { mediator: true },
    order: { action: 'conveneTalks', target: 'mali' },
    expect: (n) => expect(n.offers.filter((o) => o.from === 'mediator' && o.kind === 'mediation')).toHaveLength(2),
    refused: { order: { action: 'conveneTalks', target: 'algeria' }, code: 'badTarget' },
  },
  shuttleDiplomacy: {
    role: 'mediator',
    settings: { mediator: true },
    order: { action: 'shuttleDiplomacy', target: 'algeria' },
    expect: (n) => expect(n.offers.some((o) => o.from === 'mediator' && o.to === 'algeria')).toBe(true),
    refused: { order: { action: 'shuttleDiplomacy' }, code: 'targetNeeded' },
  },
  publicAppeal: {
    role: 'mediator',
    settings: { mediator: true },
    order: { action: 'publicAppeal' },
    setup: (s) => (s.tension = 5),
    expect: (n, p) => expect(n.tension).toBeLessThan(p.tension),
    refused: { role: 'mali', code: 'notYourAction' },
  },
  proposeAccordText: {
    role: 'mediator',
    settings: { mediator: true },
    order: { action: 'proposeAccordText', target: 'mali' },
    setup: (s) => mediation(s, 1),
    expect: (n) => expect(n.offers.filter((o) => o.kind === 'accord')).toHaveLength(2),
    refused: { code: 'noMediationTrack' },
  },
};

describe('the action catalogue', () => {
  it('has a test case for every action and every action is complete data', () => {
    expect(Object.keys(CASES).sort()).toEqual(ACTIONS.map((a) => a.id).sort());
    for (const a of ACTIONS) {
      expect(a.actors.length, a.id).toBeGreaterThan(0);
      expect(a.cost, a.id).toBeGreaterThan(0);
      expect(['public', 'private', 'covert']).toContain(a.visibility);
    }
  });

  it('gives every escalatory action (or escalatory choice) a way back that exists', () => {
    for (const a of ACTIONS) {
      const escalates = a.escalatory || Object.values(a.variants ?? {}).some((v) => v.escalatory || (v.tension ?? 0) > 0) || a.tension > 0;
      if (!escalates) continue;
      expect(a.inverse, a.id).toBeDefined();
      const back = ACTION_BY_ID.get(a.inverse!.action);
      expect(back, a.id).toBeDefined();
      if (a.inverse!.option) expect(back!.options).toContain(a.inverse!.option);
    }
  });

  // Which pages back each precedent, and when they appeared: tests/unit/sources.test.ts.
  // Where no page reports a real counterpart, the action has none (say less).
  it('dates every precedent it cites and names its sources', () => {
    for (const a of ACTIONS.filter((x) => x.precedent)) {
      expect(a.precedent!.date, a.id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(a.precedent!.sources.length, a.id).toBeGreaterThan(0);
    }
  });
});

describe.each(Object.entries(CASES))('%s', (id, c) => {
  const base = () => {
    const s = fresh({}, c.settings);
    c.setup?.(s);
    return s;
  };

  it('is allowed and does what it says', () => {
    const s = base();
    expect(validateOrder(s, c.role, c.order)).toEqual({ ok: true });
    const r = one(s, c.role, c.order);
    expect(r.refused).toEqual([]);
    expect(r.carriedOut[c.role]).toEqual([c.order]);
    c.expect(r.state, s);
    // Public actions are told to everyone; private and covert ones only to their actor.
    const def = ACTION_BY_ID.get(id)!;
    const told = r.news.some((n) => n.text.key === `news.action.${id}`);
    expect(told).toBe(def.visibility === 'public');
  });

  it('moves its declared indicators the declared way', () => {
    const s = base();
    const def = ACTION_BY_ID.get(id)!;
    if (def.automatic === false) return;
    const { effects } = orderEffects(def, c.order);
    const withOrder = one(s, c.role, c.order).state;
    const without = quietWeek(s, {}).state;
    for (const e of effects) {
      if (e.on !== 'self' || e.what === 'narrative' || e.what === 'threat' || e.what === 'cohesion') continue;
      const moved = withOrder.roles[c.role][e.what] - without.roles[c.role][e.what];
      if (Math.abs(e.delta) >= 2) expect(Math.sign(moved), `${id} ${e.what}`).toBe(Math.sign(e.delta));
    }
  });

  it('is refused with its reason and changes nothing', () => {
    const s = fresh({}, c.settings);
    c.refused.setup?.(s);
    const role = c.refused.role ?? c.role;
    const order = c.refused.order ?? c.order;
    const before = JSON.stringify(s);
    const v = validateOrder(s, role, order);
    expect(v).toMatchObject({ ok: false, code: c.refused.code, reason: { key: `reason.${c.refused.code}` } });
    expect(JSON.stringify(s)).toBe(before);
    const r = one(s, role, order);
    expect(r.refused).toHaveLength(1);
    expect(r.carriedOut[role]).toBeUndefined();
  });
});

describe('inverses undo the state they reverse', () => {
  const pairs: [Role, Order, Order, (s: GameState) => unknown][] = [
    ['algeria', { action: 'recallAmbassador', target: 'mali' }, { action: 'returnAmbassador', target: 'mali' }, (s) => s.ambassadors['algeria>mali']],
    ['mali', { action: 'expelAmbassador', target: 'algeria' }, { action: 'readmitAmbassador', target: 'algeria' }, (s) => s.ambassadors['algeria>mali'] !== 'expelled'],
    ['algeria', { action: 'closeAirspace', target: 'mali' }, { action: 'reopenAirspace', target: 'mali' }, (s) => s.airspace['algeria>mali']],
    ['algeria', { action: 'restrictBorder', target: 'niger', option: 'closed' }, { action: 'reopenBorder', target: 'niger' }, (s) => s.borders['algeria-niger']],
    ['mali', { action: 'withdrawCemoc' }, { action: 'rejoinCemoc' }, (s) => s.cemoc.includes('mali')],
    ['algeria', { action: 'reinforceBorder' }, { action: 'drawDownBorder' }, (s) => s.reinforcement],
    ['algeria', { action: 'airDefenceAlert', option: 'raise' }, { action: 'airDefenceAlert', option: 'lower' }, (s) => s.alert],
    ['mali', { action: 'accuseTerrorism', target: 'algeria' }, { action: 'retractAccusation', target: 'algeria' }, (s) => s.accusations.length],
    ['mali', { action: 'fileComplaint', target: 'algeria', option: 'unsc' }, { action: 'withdrawComplaint', target: 'algeria', option: 'unsc' }, (s) => s.cases.some((c) => c.status === 'noted')],
  ];
  it.each(pairs)('%s: %o then %o', (role, up, down, read) => {
    const s0 = fresh();
    const s1 = one(s0, role, up).state;
    expect(read(s1)).not.toEqual(read(s0));
    const s2 = one(s1, role, down).state;
    expect(read(s2)).toEqual(read(s0));
  });

  it('charges audience costs for backing down, more the longer the stance stood', () => {
    const closed = one(fresh(), 'algeria', { action: 'closeAirspace', target: 'mali' }).state;
    let later = closed;
    for (let i = 0; i < 3; i++) later = quietWeek(later, {}).state;
    const quick = one(closed, 'algeria', { action: 'reopenAirspace', target: 'mali' });
    const slow = one(later, 'algeria', { action: 'reopenAirspace', target: 'mali' });
    const cost = (r: typeof quick) => r.reports.algeria.find((t) => t.key === 'report.audienceCost')?.params?.cost as number;
    expect(cost(quick)).toBeGreaterThan(0);
    expect(cost(slow)).toBeGreaterThan(cost(quick));
  });
});
