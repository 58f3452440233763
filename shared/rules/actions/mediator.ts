// The optional African Union envoy: no army, only meetings, shuttles, appeals and a text.
import { bump, moveTension, report } from '../context.ts';
import type { PartyRole } from '../types.ts';
import type { ActionDef } from './def.ts';
import { refuse } from './def.ts';
import { findAgreement, news } from './helpers.ts';
import { ripeness } from '../ripeness.ts';
import { ACTION_PRECEDENTS } from '../../scenario/precedents.ts';

const SAHEL_PARTY = ['mali', 'aes'] as const;

function offerTo(ctx: Parameters<NonNullable<ActionDef['apply']>>[0], kind: 'mediation' | 'accord', to: PartyRole): void {
  const s = ctx.s;
  if (s.offers.some((o) => o.kind === kind && o.from === 'mediator' && o.to === to)) return;
  s.offers.push({ kind, from: 'mediator', to, turn: s.turn, broker: 'au' });
  report(ctx, to, `report.offer.${kind}`, { from: 'mediator' });
}

export const mediatorActions: ActionDef[] = [
  {
    id: 'conveneTalks',
    category: 'mediation',
    actors: ['mediator'],
    cost: 1,
    target: 'role',
    targets: () => [...SAHEL_PARTY],
    effects: [{ on: 'self', what: 'legitimacy', delta: 2 }],
    tension: 0,
    visibility: 'public',
    escalatory: false,
    precedent: ACTION_PRECEDENTS.conveneTalks,
    apply(ctx, _role, o) {
      const other = o.target as PartyRole;
      const track = findAgreement(ctx.s, 'mediation', 'algeria', other);
      if (!track) {
        offerTo(ctx, 'mediation', 'algeria');
        offerTo(ctx, 'mediation', other);
        return;
      }
      // Talks move when both sides are hurting: ripeness, not goodwill alone.
      if (ctx.rng.next() < 0.35 + ripeness(ctx.s, 'algeria', other)) {
        track.progress = Math.min(3, track.progress + 1);
        news(ctx, 'mediation', 'news.talksProgress', { a: 'algeria', b: other, progress: track.progress }, 'mediator');
      } else {
        news(ctx, 'mediation', 'news.talksStalled', { a: 'algeria', b: other }, 'mediator');
      }
    },
  },
  {
    id: 'shuttleDiplomacy',
    category: 'mediation',
    actors: ['mediator'],
    cost: 1,
    target: 'role',
    targets: () => ['algeria', 'mali', 'aes'],
    effects: [{ on: 'self', what: 'legitimacy', delta: 1 }],
    tension: 0,
    visibility: 'private',
    escalatory: false,
    precedent: ACTION_PRECEDENTS.shuttleDiplomacy,
    apply(ctx, _role, o) {
      const to = o.target as PartyRole;
      offerTo(ctx, 'mediation', to);
      const s = ctx.s;
      report(ctx, to, 'report.shuttle', { tension: s.tension, threat: Math.round(s.threat) });
      report(ctx, 'mediator', 'report.shuttleBack', { role: to, support: Math.round(s.roles[to].support), count: s.hurting[to] });
      if (ctx.rng.next() < 0.4) moveTension(ctx, null, -1);
    },
  },
  {
    id: 'publicAppeal',
    category: 'mediation',
    actors: ['mediator'],
    cost: 1,
    target: 'none',
    effects: [{ on: 'self', what: 'legitimacy', delta: 2 }],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    precedent: ACTION_PRECEDENTS.publicAppeal,
    apply(ctx) {
      for (const r of ['algeria', 'mali', 'aes'] as const) {
        if (ctx.s.escalators.includes(r)) bump(ctx, r, 'legitimacy', -1);
      }
    },
  },
  {
    id: 'proposeAccordText',
    category: 'mediation',
    actors: ['mediator'],
    cost: 1,
    target: 'role',
    targets: () => [...SAHEL_PARTY],
    effects: [{ on: 'self', what: 'legitimacy', delta: 2 }],
    tension: 0,
    visibility: 'public',
    escalatory: false,
    check: (s, _r, o) => (findAgreement(s, 'mediation', 'algeria', o.target as PartyRole) ? null : refuse('noMediationTrack')),
    apply(ctx, _role, o) {
      offerTo(ctx, 'accord', 'algeria');
      offerTo(ctx, 'accord', o.target as PartyRole);
      news(ctx, 'mediation', 'news.accordText', { a: 'algeria', b: o.target! }, 'mediator');
    },
  },
];
