// What happens without an order: courts hear cases, investigations report, mediation
// ripens, offers lapse. Courts and investigators read the hidden truth of the latest drone
// incident through noise; the Narrative follows what they report.
import type { Ctx } from './context.ts';
import { bump, moveTension } from './context.ts';
import { news } from './actions/helpers.ts';
import { followFinding, latestIncident, reading } from './incidents.ts';
import { ripeness } from './ripeness.ts';
import type { PartyRole } from './types.ts';

const OFFER_WEEKS = 2;

export function worldReacts(ctx: Ctx): void {
  const s = ctx.s;
  for (const c of s.cases) {
    if (c.status !== 'proceeding' || c.rulingTurn === undefined || c.rulingTurn > s.turn) continue;
    if (c.forum === 'au') {
      c.status = 'heard';
      for (const to of [c.plaintiff, c.respondent]) {
        if (!s.offers.some((o) => o.kind === 'mediation' && o.from === 'mediator' && o.to === to)) {
          s.offers.push({ kind: 'mediation', from: 'mediator', to, turn: s.turn, broker: 'au' });
        }
      }
      news(ctx, 'legal', 'news.auReferral', { plaintiff: c.plaintiff, respondent: c.respondent }, 'world');
      continue;
    }
    // Hearings, not a judgment: a judgment would come long after the crisis. The evidence heard
    // is a strong signal of where the latest drone was; opinion follows it.
    c.status = 'heard';
    const incident = latestIncident(s);
    const lean = incident && followFinding(ctx, incident, reading(ctx.rng, incident, 0.7), 14);
    // Every case is between Algeria and a Sahel party: the one the evidence favours stands taller.
    const sahel: PartyRole = c.plaintiff === 'algeria' ? c.respondent : c.plaintiff;
    const toward = lean && (lean === 'algeria' ? 'algeria' : sahel);
    if (toward) {
      c.favoured = toward;
      bump(ctx, toward, 'legitimacy', 3);
      bump(ctx, toward === 'algeria' ? sahel : 'algeria', 'legitimacy', -2);
    }
    moveTension(ctx, null, -1);
    news(ctx, 'legal', toward ? 'news.icjHearings' : 'news.icjHearingsUnclear', { plaintiff: c.plaintiff, respondent: c.respondent, toward: toward ?? '' }, 'world');
  }
  for (const g of [...s.agreements]) {
    if (g.kind === 'investigation') {
      g.progress -= 1;
      if (g.progress > 0) continue;
      s.agreements = s.agreements.filter((x) => x !== g);
      if (!s.flags.includes('findings')) s.flags.push('findings');
      // Joint investigators see more than either side's press office, but not everything.
      const incident = latestIncident(s);
      const toward = incident && followFinding(ctx, incident, reading(ctx.rng, incident, 0.6), 18);
      for (const r of g.parties) bump(ctx, r, 'legitimacy', 3);
      moveTension(ctx, null, -1);
      const params = { a: g.parties[0], b: g.parties[1], toward: toward ?? '' };
      news(ctx, 'mediation', toward ? 'news.investigationFindings' : 'news.investigationUnclear', params, 'world');
    } else if (g.kind === 'mediation' && g.progress < 3) {
      if (ctx.rng.next() < 0.25 + ripeness(s, g.parties[0], g.parties[1])) {
        g.progress += 1;
        news(ctx, 'mediation', g.progress === 2 ? 'news.talksRipe' : 'news.talksProgress', { a: g.parties[0], b: g.parties[1], progress: g.progress }, 'world');
      }
    }
  }
  s.offers = s.offers.filter((o) => s.turn - o.turn < OFFER_WEEKS);
}
