// Deals that need both sides: mediation, a joint investigation, an energy deal
// and the settlement accord. One side offers; the other accepts (or offers too).
import { bump, moveTension } from '../context.ts';
import type { AgreementKind, PublicState, PartyRole, Role } from '../types.ts';
import type { ActionDef, Refusal } from './def.ts';
import { refuse } from './def.ts';
import { addAgreement, findAgreement, inOrder, news, offerOrAgree, opponentTargets, parties } from './helpers.ts';
import { ACTION_PRECEDENTS } from '../../scenario/precedents.ts';

const PARTIES = ['algeria', 'mali', 'aes'] as const;

const hasOffer = (s: PublicState, kind: AgreementKind, from: string | undefined, to: Role) =>
  s.offers.some((o) => o.kind === kind && o.to === to && (o.from === from || o.from === 'mediator'));

/** Refuses a deal already in force, or an offer of ours still waiting for an answer. */
export function notYetAgreed(kind: AgreementKind) {
  return (s: PublicState, role: Role, o: { target?: string }): Refusal | null => {
    if (findAgreement(s, kind, role, o.target as Role)) return refuse('agreementInForce', { kind });
    return s.offers.some((x) => x.kind === kind && x.from === role && x.to === o.target) ? refuse('offerPending', { kind }) : null;
  };
}


export function mediationReady(s: PublicState, a: Role, b: Role): boolean {
  const m = findAgreement(s, 'mediation', a, b);
  return !!m && m.progress >= 2;
}

export const agreementActions: ActionDef[] = [
  {
    id: 'proposeMediation',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'role',
    targets: (_s, role) => parties(role),
    options: ['au', 'russia'],
    effects: [{ on: 'self', what: 'legitimacy', delta: 2 }],
    tension: 0,
    visibility: 'public',
    escalatory: false,
    precedent: ACTION_PRECEDENTS.proposeMediation,
    check: notYetAgreed('mediation'),
    apply(ctx, role, o) {
      offerOrAgree(ctx, 'mediation', role, o.target as PartyRole, o.option ?? 'au', (p) => startMediation(ctx, p, o.option ?? 'au'));
    },
  },
  {
    id: 'acceptMediation',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'role',
    targets: (_s, role) => parties(role),
    effects: [
      { on: 'self', what: 'legitimacy', delta: 2 },
      { on: 'self', what: 'support', delta: -1 },
    ],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    precedent: ACTION_PRECEDENTS.acceptMediation,
    check: (s, role, o) =>
      notYetAgreed('mediation')(s, role, o) ?? (hasOffer(s, 'mediation', o.target, role) ? null : refuse('noOffer', { kind: 'mediation' })),
    apply(ctx, role, o) {
      const s = ctx.s;
      const offer = s.offers.find((x) => x.kind === 'mediation' && x.to === role && (x.from === o.target || x.from === 'mediator'))!;
      s.offers = s.offers.filter((x) => x !== offer && !(x.kind === 'mediation' && x.from === role && x.to === o.target));
      startMediation(ctx, inOrder(role as PartyRole, o.target as PartyRole), offer.broker ?? 'au');
    },
  },
  {
    id: 'proposeInvestigation',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'role',
    targets: (_s, role) => parties(role),
    effects: [{ on: 'self', what: 'legitimacy', delta: 2 }],
    tension: 0,
    visibility: 'public',
    escalatory: false,
    precedent: ACTION_PRECEDENTS.proposeInvestigation,
    check: notYetAgreed('investigation'),
    apply(ctx, role, o) {
      offerOrAgree(ctx, 'investigation', role, o.target as PartyRole, undefined, (p) => startInvestigation(ctx, p));
    },
  },
  {
    id: 'acceptInvestigation',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'role',
    targets: (_s, role) => parties(role),
    effects: [{ on: 'self', what: 'legitimacy', delta: 2 }],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    precedent: ACTION_PRECEDENTS.acceptInvestigation,
    check: (s, role, o) =>
      notYetAgreed('investigation')(s, role, o) ??
      (hasOffer(s, 'investigation', o.target, role) ? null : refuse('noOffer', { kind: 'investigation' })),
    apply(ctx, role, o) {
      offerOrAgree(ctx, 'investigation', role, o.target as PartyRole, undefined, (p) => startInvestigation(ctx, p));
    },
  },
  {
    id: 'energyDeal',
    category: 'economic',
    actors: ['algeria', 'aes'],
    cost: 1,
    target: 'role',
    targets: (_s, role) => (role === 'algeria' ? ['aes'] : ['algeria']),
    effects: [{ on: 'self', what: 'economy', delta: 5 }],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    automatic: false,
    precedent: ACTION_PRECEDENTS.energyDeal,
    check(s, role, o) {
      const pending = notYetAgreed('energy')(s, role, o);
      if (pending) return pending;
      if (s.ambassadors['algeria>niger'] === 'expelled' || s.ambassadors['niger>algeria'] === 'expelled') return refuse('ambassadorExpelled');
      return null;
    },
    apply(ctx, role, o) {
      offerOrAgree(ctx, 'energy', role, o.target as PartyRole, undefined, (p) => {
        addAgreement(ctx, 'energy', p);
        bump(ctx, 'algeria', 'economy', 5);
        bump(ctx, 'aes', 'economy', 5);
        moveTension(ctx, null, -1);
        news(ctx, 'economic', 'news.agreed.energy', { a: p[0], b: p[1] }, 'world');
      });
    },
  },
  {
    id: 'signAccord',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'role',
    // The accord is between the two sides of the dispute: Algeria and Mali or the AES.
    targets: opponentTargets,
    effects: [
      { on: 'self', what: 'legitimacy', delta: 4 },
      { on: 'self', what: 'support', delta: -4 },
    ],
    tension: -2,
    visibility: 'public',
    escalatory: false,
    automatic: false,
    precedent: ACTION_PRECEDENTS.signAccord,
    check(s, role, o) {
      const pending = notYetAgreed('accord')(s, role, o);
      if (pending) return pending;
      const ready = mediationReady(s, role, o.target as Role) || hasOffer(s, 'accord', o.target, role);
      return ready ? null : refuse('accordNotReady');
    },
    apply(ctx, role, o) {
      offerOrAgree(ctx, 'accord', role, o.target as PartyRole, undefined, (p) => ratify(ctx, p));
    },
  },
];

function startMediation(ctx: Parameters<NonNullable<ActionDef['apply']>>[0], p: PartyRole[], broker: string): void {
  addAgreement(ctx, 'mediation', p, { broker });
  moveTension(ctx, null, -1);
  news(ctx, 'mediation', 'news.agreed.mediation', { a: p[0], b: p[1], broker }, 'world');
}

function startInvestigation(ctx: Parameters<NonNullable<ActionDef['apply']>>[0], p: PartyRole[]): void {
  addAgreement(ctx, 'investigation', p, { progress: 2 });
  news(ctx, 'mediation', 'news.agreed.investigation', { a: p[0], b: p[1] }, 'world');
}

/** Two-level game: each signatory must sell the accord at home; too little support and it fails. */
function ratify(ctx: Parameters<NonNullable<ActionDef['apply']>>[0], p: PartyRole[]): void {
  for (const r of p) bump(ctx, r, 'support', -4);
  const failed = p.filter((r) => ctx.s.roles[r].support < 30);
  if (failed.length) {
    for (const r of failed) news(ctx, 'mediation', 'news.accordNotRatified', { role: r }, r);
    return;
  }
  addAgreement(ctx, 'accord', p);
  for (const r of p) {
    bump(ctx, r, 'legitimacy', 4);
    ctx.s.commitments = ctx.s.commitments.filter((c) => c.role !== r);
  }
  moveTension(ctx, null, -2);
  news(ctx, 'mediation', 'news.agreed.accord', { a: p[0], b: p[1] }, 'world');
}
