// Rules that once leaned one way (docs/NEUTRALITY.md, "How we checked"): each test fails if
// the lean comes back.
import { describe, expect, it } from 'vitest';
import { createMatch, EVENT_BY_ID, publicObjectives, resolveTurn, validateOrder } from '../../shared/index.ts';
import type { GameState } from '../../shared/index.ts';
import { drawTruth } from '../../shared/rules/incidents.ts';
import { rngFrom } from '../../shared/rules/random.ts';
import { one, quietWeek } from './helpers.ts';

describe('neutral rules', () => {
  it('books a drone incident\'s tension to nobody: who provoked it is the dispute', () => {
    for (let seed = 1; seed <= 80; seed++) {
      const s: GameState = { ...createMatch({ seed }), alert: 'high' };
      const r = quietWeek(s, { mali: [{ action: 'droneMission', option: 'aggressive' }] });
      if (r.news.some((n) => n.text.key.startsWith('news.droneShotDown'))) {
        expect(r.state.tension).toBeGreaterThan(s.tension);
        expect(r.state.escalators).not.toContain('mali');
      }
    }
  });

  it('names who pushed last into war only when one party alone escalated in the final week', () => {
    const brink: GameState = { ...createMatch({ seed: 4 }), tension: 9 };
    const clash = { inject: 'borderClash' };
    const both = resolveTurn(brink, { algeria: [{ action: 'statement', target: 'mali', option: 'hostile' }], mali: [{ action: 'statement', target: 'algeria', option: 'hostile' }] }, clash);
    expect(both.state.outcome?.kind).toBe('conflict');
    expect(both.state.outcome?.lastEscalator).toBeUndefined();
    const alone = resolveTurn(brink, { mali: [{ action: 'statement', target: 'algeria', option: 'hostile' }] }, clash);
    expect(alone.state.outcome?.lastEscalator).toBe('mali');
    const algeriaAlone = resolveTurn(brink, { algeria: [{ action: 'statement', target: 'mali', option: 'hostile' }] }, clash);
    expect(algeriaAlone.state.outcome?.lastEscalator).toBe('algeria');
  });

  it('draws either side\'s distances from the same range, so neither account is easier to prove', () => {
    const rng = rngFrom(11);
    const inside = { algeria: [] as number[], mali: [] as number[] };
    for (let i = 0; i < 4000; i++) {
      const t = drawTruth(rng, 0.5);
      (t > 0 ? inside.algeria : inside.mali).push(Math.abs(t));
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(mean(inside.algeria) - mean(inside.mali))).toBeLessThan(0.3);
    expect(Math.max(...inside.algeria)).toBeCloseTo(Math.max(...inside.mali), 0);
  });

  it('lets only Algeria and Mali testify about the drone, and only states go to the Court', () => {
    const s = createMatch({ seed: 2 });
    expect(validateOrder(s, 'aes', { action: 'publishEvidence' })).toMatchObject({ ok: false, reason: { key: 'reason.notYourIncident' } });
    expect(validateOrder(s, 'mali', { action: 'publishEvidence' }).ok).toBe(true);
    expect(validateOrder(s, 'algeria', { action: 'publishEvidence' }).ok).toBe(true);
    expect(validateOrder(s, 'aes', { action: 'fileComplaint', target: 'algeria', option: 'icj' })).toMatchObject({ ok: false, reason: { key: 'reason.icjStatesOnly' } });
    expect(validateOrder(s, 'algeria', { action: 'fileComplaint', target: 'aes', option: 'icj' }).ok).toBe(false);
    expect(validateOrder(s, 'mali', { action: 'fileComplaint', target: 'algeria', option: 'icj' }).ok).toBe(true);
  });

  it('counts the AES\'s words half toward the Narrative: two seats speak for one account', () => {
    const s = createMatch({ seed: 5 });
    const shift = (role: 'mali' | 'aes') => one(s, role, { action: 'addressUnga', option: 'accusatory' }).state.narrative - quietWeek(s, {}).state.narrative;
    expect(shift('aes')).toBeCloseTo(shift('mali') / 2, 5);
  });

  it('names the AES\'s member states in the news, never the confederation as if it were a state', () => {
    const s = createMatch({ seed: 6 });
    const news = (option: string) => one(s, 'aes', { action: 'recallAmbassador', target: 'algeria', option }).news.find((n) => n.action === 'recallAmbassador')!;
    expect(news('both').text.params).toMatchObject({ actor: 'nigerAndBurkina', count: 2 });
    expect(news('niger').text.params).toMatchObject({ actor: 'niger', count: 1 });
    const border = one(s, 'aes', { action: 'restrictBorder', target: 'algeria', option: 'closed' }).news.find((n) => n.action === 'restrictBorder')!;
    expect(border.text.params).toMatchObject({ actor: 'niger', option: 'closed' });
  });

  it('gives every party "no open conflict" among its public objectives', () => {
    const s = createMatch({ seed: 1, mediator: true });
    for (const role of ['algeria', 'mali', 'aes', 'mediator'] as const) {
      const ids = publicObjectives(s, role).map((o) => o.id);
      expect(ids, role).toContain('noOpenConflict');
      expect(ids, role).toHaveLength(3);
    }
  });

  it('lets event cards favour nobody without a sourced reason', () => {
    const s = createMatch({ seed: 8 });
    const card = (id: string, base: GameState = s) => resolveTurn(base, {}, { inject: id }).state;
    const quiet = card('quietWeek');
    // The embassy protest, Russia's offer and the Court's reminder leave standing and support alone.
    for (const id of ['embassyProtest', 'russiaOffer']) {
      const after = card(id);
      for (const r of ['algeria', 'mali', 'aes'] as const) expect(after.roles[r], `${id} ${r}`).toEqual(quiet.roles[r]);
    }
    const waiting: GameState = { ...s, cases: [{ id: 1, forum: 'icj', plaintiff: 'mali', respondent: 'algeria', filedTurn: 1, status: 'awaitingJurisdiction' }] };
    const notice = card('icjNotice', waiting);
    expect(notice.narrative).toBe(card('quietWeek', waiting).narrative);
    expect(notice.roles.algeria).toEqual(card('quietWeek', waiting).roles.algeria);
    // A spontaneous incident grows likelier with the rung, not with one side's posture.
    const weight = EVENT_BY_ID.get('droneIncident')!.weight;
    expect(weight({ ...s, alert: 'high', reinforcement: 3 })).toBe(weight(s));
  });
});
