// The contest over the facts: complaints to international bodies, the ICJ's
// jurisdiction, published evidence and the UN General Assembly.
import { backDown, commit } from '../audience.ts';
import { report, shiftNarrative } from '../context.ts';
import type { Forum, PartyRole } from '../types.ts';
import type { ActionDef } from './def.ts';
import { refuse } from './def.ts';
import { canTestify, weighEvidence } from '../incidents.ts';
import { news, opponentTargets } from './helpers.ts';
import { ACTION_PRECEDENTS } from '../../scenario/precedents.ts';


const PARTIES = ['algeria', 'mali', 'aes'] as const;
const OPEN = ['awaitingJurisdiction', 'proceeding', 'noted'];
/** What a first release that the facts bear out does to the Narrative, as the card shows it. */
const EVIDENCE_SHIFT = 6;

export const legalActions: ActionDef[] = [
  {
    id: 'fileComplaint',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'role',
    targets: opponentTargets,
    options: ['unsc', 'icj', 'au'],
    effects: [
      { on: 'self', what: 'legitimacy', delta: 2 },
      { on: 'self', what: 'support', delta: 2 },
    ],
    tension: 1,
    ceiling: 5,
    visibility: 'public',
    escalatory: true,
    inverse: { action: 'withdrawComplaint' },
    precedent: ACTION_PRECEDENTS.fileComplaint,
    check(s, role, o) {
      const forum = (o.option ?? 'unsc') as Forum;
      // Only states may be parties before the Court; the AES is a confederation of three.
      if (forum === 'icj' && (role === 'aes' || o.target === 'aes')) return refuse('icjStatesOnly');
      const open = s.cases.some(
        (c) => c.forum === forum && c.plaintiff === role && c.respondent === o.target && OPEN.includes(c.status),
      );
      return open ? refuse('caseAlreadyOpen', { forum }) : null;
    },
    apply(ctx, role, o) {
      const s = ctx.s;
      const forum = (o.option ?? 'unsc') as Forum;
      const status = forum === 'icj' ? 'awaitingJurisdiction' : forum === 'au' ? 'proceeding' : 'noted';
      const id = s.cases.reduce((m, c) => Math.max(m, c.id), 0) + 1;
      s.cases.push({
        id,
        forum,
        plaintiff: role as PartyRole,
        respondent: o.target as PartyRole,
        filedTurn: s.turn,
        status,
        ...(forum === 'au' ? { rulingTurn: s.turn + 2 } : {}),
      });
      if (forum === 'unsc') shiftNarrative(ctx, role as PartyRole, 2);
      if (forum === 'icj') report(ctx, o.target as PartyRole, 'report.icjJurisdiction', { plaintiff: role });
      commit(ctx, role, `complaint:${forum}:${o.target}`);
    },
  },
  {
    id: 'withdrawComplaint',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'role',
    targets: opponentTargets,
    options: ['unsc', 'icj', 'au'],
    effects: [{ on: 'self', what: 'legitimacy', delta: -1 }],
    tension: -1,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'fileComplaint' },
    check(s, role, o) {
      const forum = o.option ?? 'unsc';
      const open = s.cases.some(
        (c) => c.forum === forum && c.plaintiff === role && c.respondent === o.target && OPEN.includes(c.status),
      );
      return open ? null : refuse('noOpenCase', { forum });
    },
    apply(ctx, role, o) {
      const forum = o.option ?? 'unsc';
      for (const c of ctx.s.cases) {
        if (c.forum === forum && c.plaintiff === role && c.respondent === o.target && OPEN.includes(c.status)) c.status = 'withdrawn';
      }
      backDown(ctx, role, `complaint:${forum}:${o.target}`);
    },
  },
  {
    id: 'respondIcj',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'none',
    options: ['refuse', 'accept'],
    effects: [],
    variants: {
      accept: { effects: [{ on: 'self', what: 'legitimacy', delta: 4 }, { on: 'self', what: 'support', delta: -2 }], tension: -1 },
      refuse: { effects: [{ on: 'self', what: 'legitimacy', delta: -2 }, { on: 'self', what: 'support', delta: 2 }], tension: 0 },
    },
    tension: 0,
    visibility: 'public',
    escalatory: false,
    precedent: ACTION_PRECEDENTS.respondIcj,
    check: (s, role) =>
      s.cases.some((c) => c.forum === 'icj' && c.respondent === role && c.status === 'awaitingJurisdiction')
        ? null
        : refuse('noIcjCaseAgainstYou'),
    apply(ctx, role, o) {
      const accept = o.option === 'accept';
      for (const c of ctx.s.cases) {
        if (c.forum !== 'icj' || c.respondent !== role || c.status !== 'awaitingJurisdiction') continue;
        c.status = accept ? 'proceeding' : 'refused';
        if (accept) c.rulingTurn = ctx.s.turn + 3;
        news(ctx, 'legal', accept ? 'news.icjAccepted' : 'news.icjRefused', { respondent: role, plaintiff: c.plaintiff }, role);
      }
    },
  },
  {
    id: 'publishEvidence',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'none',
    effects: [
      { on: 'self', what: 'narrative', delta: EVIDENCE_SHIFT },
      { on: 'self', what: 'legitimacy', delta: 1 },
    ],
    tension: 0,
    visibility: 'public',
    escalatory: false,
    precedent: ACTION_PRECEDENTS.publishEvidence,
    // Only the two governments whose accounts differ testify. The card shows a first release the
    // facts bear out; what it really does depends on where the drone was, which nobody knows:
    // each later release convinces less, and weak evidence can be caught out.
    check: (s, role) => (canTestify(s, role) ? null : refuse('notYourIncident')),
    apply(ctx, role) {
      const p = role as PartyRole;
      const n = ctx.s.evidence[p];
      ctx.s.evidence[p] = n + 1;
      const { shift, caught } = weighEvidence(ctx, p, (EVIDENCE_SHIFT * 4) / (3 + 3 * n));
      shiftNarrative(ctx, p, shift - EVIDENCE_SHIFT);
      if (caught) news(ctx, 'legal', 'news.evidenceQuestioned', { actor: p }, p);
    },
  },
  {
    id: 'addressUnga',
    category: 'diplomatic',
    actors: PARTIES,
    cost: 1,
    target: 'none',
    options: ['measured', 'accusatory'],
    effects: [],
    variants: {
      measured: { effects: [{ on: 'self', what: 'legitimacy', delta: 3 }, { on: 'self', what: 'narrative', delta: 3 }], tension: 0 },
      accusatory: {
        effects: [
          { on: 'self', what: 'support', delta: 3 },
          { on: 'self', what: 'narrative', delta: 5 },
          { on: 'self', what: 'legitimacy', delta: -1 },
        ],
        tension: 1,
        escalatory: true,
      },
    },
    tension: 0,
    ceiling: 6,
    visibility: 'public',
    escalatory: false,
    inverse: { action: 'statement', option: 'conciliatory' },
    precedent: ACTION_PRECEDENTS.addressUnga,
    check: (s, role) => (s.flags.includes(`unga:${role}`) ? refuse('ungaAlreadyAddressed') : null),
    apply(ctx, role) {
      ctx.s.flags.push(`unga:${role}`);
    },
  },
];
