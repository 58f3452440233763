// What happens without an order: covert operations come to light, courts rule,
// investigations report, mediation ripens, offers lapse.
import { commit } from './audience.ts';
import type { Ctx } from './context.ts';
import { bump, moveTension, shiftNarrative } from './context.ts';
import { news } from './actions/helpers.ts';
import { ripeness } from './ripeness.ts';
import type { PartyRole } from './types.ts';

const OFFER_WEEKS = 2;

export function detectCovert(ctx: Ctx): void {
  const s = ctx.s;
  for (const op of s.covert) {
    if (op.detected) continue;
    const p = 0.25 + 0.12 * (s.turn - op.turn) + (s.cemoc.includes('mali') ? 0 : 0.05);
    if (ctx.rng.next() >= p) continue;
    op.detected = true;
    bump(ctx, op.role, 'legitimacy', -5);
    bump(ctx, 'mali', 'support', 3);
    shiftNarrative(ctx, 'mali', 6);
    moveTension(ctx, op.role, 1, 7);
    commit(ctx, op.role, 'separatists', true);
    news(ctx, 'covert', `news.covertDetected.${op.action}`, { actor: op.role }, op.role, { target: 'mali' });
  }
}

export function worldReacts(ctx: Ctx): void {
  const s = ctx.s;
  for (const c of s.cases) {
    if (c.status !== 'proceeding' || c.rulingTurn === undefined || c.rulingTurn > s.turn) continue;
    if (c.forum === 'au') {
      c.status = 'ruled';
      for (const to of [c.plaintiff, c.respondent]) {
        if (!s.offers.some((o) => o.kind === 'mediation' && o.from === 'mediator' && o.to === to)) {
          s.offers.push({ kind: 'mediation', from: 'mediator', to, turn: s.turn, broker: 'au' });
        }
      }
      news(ctx, 'legal', 'news.auReferral', { plaintiff: c.plaintiff, respondent: c.respondent }, 'world');
      continue;
    }
    // The Court weighs the evidence: the narrative tilts the odds, it does not settle them.
    const pAlgeria = 0.5 + s.narrative / 250;
    const algeriaWins = ctx.rng.next() < pAlgeria;
    const favoured: PartyRole = algeriaWins ? 'algeria' : c.plaintiff === 'algeria' ? c.respondent : c.plaintiff;
    const other: PartyRole = favoured === c.plaintiff ? c.respondent : c.plaintiff;
    c.status = 'ruled';
    c.favoured = favoured;
    bump(ctx, favoured, 'legitimacy', 6);
    bump(ctx, other, 'legitimacy', -3);
    shiftNarrative(ctx, favoured, 10);
    moveTension(ctx, null, -1);
    news(ctx, 'legal', 'news.icjRuling', { favoured, other }, 'world');
  }
  for (const g of [...s.agreements]) {
    if (g.kind === 'investigation') {
      g.progress -= 1;
      if (g.progress > 0) continue;
      s.agreements = s.agreements.filter((x) => x !== g);
      if (!s.flags.includes('findings')) s.flags.push('findings');
      s.narrative = Math.round(s.narrative / 2) + 0;
      for (const r of g.parties) bump(ctx, r, 'legitimacy', 3);
      moveTension(ctx, null, -1);
      news(ctx, 'mediation', 'news.investigationFindings', { a: g.parties[0], b: g.parties[1] }, 'world');
    } else if (g.kind === 'mediation' && g.progress < 3) {
      if (ctx.rng.next() < 0.25 + ripeness(s, g.parties[0], g.parties[1])) {
        g.progress += 1;
        news(ctx, 'mediation', g.progress === 2 ? 'news.talksRipe' : 'news.talksProgress', { a: g.parties[0], b: g.parties[1], progress: g.progress }, 'world');
      }
    }
  }
  s.offers = s.offers.filter((o) => s.turn - o.turn < OFFER_WEEKS);
}
