// The event deck: what the world and the armed groups do. One card a week is drawn
// with weights that follow the state; a teacher may inject any card instead.
import type { Ctx } from './context.ts';
import { bump, bumpCohesion, bumpThreat, moveTension, report, shiftNarrative } from './context.ts';
import { news } from './actions/helpers.ts';
import { incidentChange } from './changes.ts';
import { addIncident, chanceInsideAlgeria, incidentParams, OPERATOR } from './incidents.ts';
import { pickWeighted } from './random.ts';
import type { GameState } from './types.ts';
import { PARTY_ROLES } from './types.ts';

export interface EventCard {
  id: string;
  /** Happens at most once a match. */
  once?: boolean;
  /** The real event it echoes, if any. */
  date?: string;
  weight(s: GameState): number;
  apply(ctx: Ctx): void;
}

/** How much the neighbours are quarrelling: broken ties, closures, exits, accusations. */
export function quarrel(s: GameState): number {
  let q = 0;
  for (const v of Object.values(s.ambassadors)) if (v !== 'posted') q += v === 'expelled' ? 0.75 : 0.5;
  for (const v of Object.values(s.airspace)) if (v === 'closed') q += 0.5;
  for (const v of Object.values(s.borders)) q += v === 'closed' ? 1.5 : v === 'restricted' ? 0.75 : 0;
  if (!s.cemoc.includes('mali')) q += 1;
  if (!s.cemoc.includes('niger')) q += 1;
  q += s.accusations.length * 0.5;
  return q;
}

const offerMediation = (ctx: Ctx, broker: string) => {
  for (const to of ['algeria', 'mali'] as const) {
    if (ctx.s.agreements.some((g) => g.kind === 'mediation' && g.parties.includes(to))) continue;
    if (ctx.s.offers.some((o) => o.kind === 'mediation' && o.from === 'mediator' && o.to === to)) continue;
    ctx.s.offers.push({ kind: 'mediation', from: 'mediator', to, turn: ctx.s.turn, broker });
    report(ctx, to, 'report.offer.mediation', { from: broker });
  }
};

export const EVENTS: readonly EventCard[] = [
  {
    id: 'quietWeek',
    weight: (s) => Math.max(0.5, 3 - s.tension * 0.3),
    apply(ctx) {
      news(ctx, 'event', 'events.quietWeek.news', {}, 'event');
    },
  },
  {
    id: 'droneIncident',
    // More likely as the ladder climbs, whoever climbs it; never from one side's posture alone.
    weight: (s) => 0.5 + s.tension * 0.15,
    apply(ctx) {
      // Nobody ordered it: a crossing alleged by Algeria and denied by Mali, its truth drawn at even odds.
      moveTension(ctx, null, 1, 8);
      const incident = addIncident(ctx, 'mali', false, chanceInsideAlgeria(undefined, ctx.s.alert));
      news(ctx, 'event', `events.droneIncident.news.${OPERATOR.mali.country}`, incidentParams(incident), 'event', { target: 'algeria', changes: [incidentChange(incident)] });
    },
  },
  {
    id: 'convoyAttack',
    weight: (s) => s.threat / 22,
    apply(ctx) {
      // A shared enemy: attacks hurt more while the neighbours are busy with each other.
      const m = 1 + quarrel(ctx.s) / 6;
      bump(ctx, 'mali', 'security', -3 * m);
      bump(ctx, 'aes', 'security', -2.5 * m);
      bump(ctx, 'algeria', 'security', -1 * m);
      bump(ctx, 'mali', 'economy', -1.5 * m);
      bump(ctx, 'mali', 'support', -1 * m);
      news(ctx, 'event', m >= 1.5 ? 'events.convoyAttack.newsMuchHarder' : m > 1 ? 'events.convoyAttack.newsHarder' : 'events.convoyAttack.news', { severity: Math.round(m * 10) / 10 }, 'event', { target: 'mali' });
    },
  },
  {
    id: 'fuelBlockade',
    once: true,
    date: '2025-09-03',
    weight: (s) => (s.turn >= 3 ? s.threat / 30 : 0),
    apply(ctx) {
      bump(ctx, 'mali', 'economy', -6);
      bump(ctx, 'mali', 'support', -3);
      bumpCohesion(ctx, -2);
      news(ctx, 'event', 'events.fuelBlockade.news', {}, 'event', { target: 'mali' });
    },
  },
  {
    id: 'separatistOffensive',
    // Driven by the armed groups' strength, never by what one government says another does for them.
    weight: (s) => 0.5 + s.threat / 100,
    apply(ctx) {
      bump(ctx, 'mali', 'security', -5);
      bump(ctx, 'mali', 'support', -2);
      news(ctx, 'event', 'events.separatistOffensive.news', {}, 'event', { target: 'mali' });
    },
  },
  {
    id: 'ecowasConcern',
    once: true,
    date: '2025-04-09',
    weight: (s) => (s.tension >= 3 ? 1.5 : 0.2),
    apply(ctx) {
      for (const r of ctx.s.escalators) bump(ctx, r, 'legitimacy', -2);
      news(ctx, 'event', 'events.ecowasConcern.news', {}, 'event');
    },
  },
  {
    id: 'auMediationCall',
    weight: (s) => (s.agreements.some((g) => g.kind === 'mediation') ? 0.2 : 0.6 + (s.tension >= 4 ? 0.8 : 0)),
    apply(ctx) {
      offerMediation(ctx, 'au');
      news(ctx, 'event', 'events.auMediationCall.news', {}, 'event');
    },
  },
  {
    id: 'russiaOffer',
    once: true,
    date: '2025-10',
    weight: (s) => (s.turn >= 3 ? 0.8 : 0),
    apply(ctx) {
      // Russia called both sides its friends: the offer favours neither.
      offerMediation(ctx, 'russia');
      news(ctx, 'event', 'events.russiaOffer.news', {}, 'event');
    },
  },
  {
    id: 'moroccoInvitation',
    once: true,
    date: '2025-04-28',
    weight: () => 0.7,
    apply(ctx) {
      // Courting Algeria's rival raises tension, by the same rule as any party's outside partner.
      bump(ctx, 'aes', 'economy', 2);
      bumpCohesion(ctx, 2);
      moveTension(ctx, null, 1, 5);
      news(ctx, 'event', 'events.moroccoInvitation.news', {}, 'event', { target: 'aes' });
    },
  },
  {
    id: 'embassyProtest',
    once: true,
    date: '2025-04-08',
    weight: (s) => (s.tension >= 3 && s.ambassadors['algeria>mali'] === 'posted' ? 1.5 : 0.1),
    // Policed, with no violence reported: it raises the temperature, and costs nobody standing.
    apply(ctx) {
      moveTension(ctx, null, 1, 5);
      news(ctx, 'event', 'events.embassyProtest.news', {}, 'event', { target: 'mali' });
    },
  },
  {
    id: 'ungaWeek',
    once: true,
    date: '2025-09-26',
    weight: (s) => (s.turn >= 4 ? 1 : 0),
    apply(ctx) {
      for (const r of PARTY_ROLES) bump(ctx, r, 'legitimacy', 1);
      // The world's stage favours the side that stands taller abroad, the Sahel side taken as a
      // whole; an even contest moves nobody.
      const s = ctx.s;
      const sahel = (s.roles.mali.legitimacy + s.roles.aes.legitimacy) / 2;
      if (s.roles.algeria.legitimacy !== sahel) shiftNarrative(ctx, s.roles.algeria.legitimacy > sahel ? 'algeria' : 'mali', 3);
      news(ctx, 'event', 'events.ungaWeek.news', {}, 'event');
    },
  },
  {
    id: 'icjNotice',
    weight: (s) => (s.cases.some((c) => c.forum === 'icj' && c.status === 'awaitingJurisdiction') ? 2 : 0),
    apply(ctx) {
      const c = ctx.s.cases.find((x) => x.forum === 'icj' && x.status === 'awaitingJurisdiction');
      // A reminder of procedure: it says nothing about where the drone was, and refusing
      // jurisdiction is the respondent's right (its cost is on the refusal itself).
      if (!c) return news(ctx, 'event', 'events.quietWeek.news', {}, 'event');
      news(ctx, 'event', 'events.icjNotice.news', { plaintiff: c.plaintiff, respondent: c.respondent }, 'event');
    },
  },
  {
    id: 'humanitarianEmergency',
    weight: (s) => s.threat / 50 + (s.borders['algeria-mali'] !== 'open' ? 0.5 : 0),
    apply(ctx) {
      const open = ctx.s.borders['algeria-mali'] === 'open';
      bump(ctx, 'mali', 'economy', -2);
      bump(ctx, 'mali', 'support', -2);
      bump(ctx, 'aes', 'support', -1);
      // Credit for an open border goes to both neighbours; blame for a shut one to whoever shut it.
      if (open) for (const r of ['algeria', 'mali'] as const) bump(ctx, r, 'legitimacy', 1.5);
      else for (const c of ctx.s.commitments) if ((c.role === 'algeria' && c.stance === 'border:mali') || (c.role === 'mali' && c.stance === 'border:algeria')) bump(ctx, c.role, 'legitimacy', -2);
      news(ctx, 'event', open ? 'events.humanitarianEmergency.newsOpen' : 'events.humanitarianEmergency.newsClosed', {}, 'event', { target: 'mali' });
    },
  },
  {
    id: 'borderClash',
    // Troops face each other from tension 6: more troops and a trigger-ready alert make a clash
    // likelier, and so does a high rung, whoever climbed it.
    weight: (s) => (s.tension >= 6 ? 0.3 + 0.4 * s.reinforcement + (s.alert === 'high' ? 0.6 : 0) + (s.tension >= 8 ? 1 : 0) : 0),
    apply(ctx) {
      moveTension(ctx, null, 1, 10);
      bump(ctx, 'algeria', 'security', -2);
      bump(ctx, 'mali', 'security', -3);
      bumpThreat(ctx, 3);
      news(ctx, 'event', 'events.borderClash.news', {}, 'event', { target: 'mali' });
    },
  },
];

export const EVENT_BY_ID: ReadonlyMap<string, EventCard> = new Map(EVENTS.map((e) => [e.id, e]));

/** Plays the week's card: the injected one if any, else one drawn by weight. */
export function playEvent(ctx: Ctx, injected?: string): string {
  const s = ctx.s;
  const card = (injected && EVENT_BY_ID.get(injected)) || drawCard(ctx) || EVENT_BY_ID.get('quietWeek')!;
  if (card.once && !s.flags.includes(card.id)) s.flags.push(card.id);
  card.apply(ctx);
  return card.id;
}

/** A card drawn by weight among those not yet spent (a card played once is spent). */
function drawCard(ctx: Ctx): EventCard | undefined {
  const s = ctx.s;
  return pickWeighted(ctx.rng, EVENTS, EVENTS.map((e) => (e.once && s.flags.includes(e.id) ? null : e.weight(s))));
}

