// The drone incidents' hidden truth: either account can be true, signals follow the truth
// through noise, nobody at the table reads it, and accusations move only opinion.
import { describe, expect, it } from 'vitest';
import { BOT_STYLES, chooseOrders, createMatch, EVENT_BY_ID, resolveTurn } from '../../shared/index.ts';
import type { GameState, Orders } from '../../shared/index.ts';
import { HOSTING } from '../../shared/rules/actions/security.ts';
import { chanceInsideAlgeria, drawTruth } from '../../shared/rules/incidents.ts';
import { rngFrom } from '../../shared/rules/random.ts';
import { playMatch } from '../../shared/bots/selfPlay.ts';
import { one, quietWeek } from './helpers.ts';

const share = (n: number, f: (i: number) => boolean) => Array.from({ length: n }, (_, i) => i).filter(f).length / n;

describe('drone incidents', () => {
  it('start with the 1 April 2025 shoot-down: the real claims, and a truth that bears out either side across seeds', () => {
    const firsts = Array.from({ length: 400 }, (_, i) => createMatch({ seed: i + 1 }).incidents[0]);
    for (const f of firsts) expect(f).toMatchObject({ id: 1, turn: 0, by: 'mali', border: 'algeria-mali', downed: true, claims: { algeria: 2, operator: 9.5 } });
    const algeria = firsts.filter((f) => f.truth > 0).length / firsts.length;
    expect(algeria).toBeGreaterThan(0.4);
    expect(algeria).toBeLessThan(0.6);
  });

  it('draw the truth from posture and alert, so that either account can be true in every case', () => {
    const inside = (aggressive: boolean | undefined, alert: 'low' | 'normal' | 'high') => {
      const rng = rngFrom(7);
      return share(3000, () => drawTruth(rng, chanceInsideAlgeria(aggressive, alert)) > 0);
    };
    expect(inside(true, 'normal')).toBeGreaterThan(inside(false, 'normal') + 0.2);
    expect(inside(true, 'high')).toBeLessThan(inside(true, 'normal'));
    for (const aggressive of [true, false, undefined]) {
      for (const alert of ['low', 'normal', 'high'] as const) {
        const p = inside(aggressive, alert);
        expect(p, `${aggressive} ${alert}`).toBeGreaterThan(0.1);
        expect(p, `${aggressive} ${alert}`).toBeLessThan(0.9);
      }
    }
  });

  it('are reported with both claims and never the truth', () => {
    for (let seed = 1; seed <= 60; seed++) {
      let s: GameState = { ...createMatch({ seed }), alert: 'high' };
      const r = resolveTurn(s, { mali: [{ action: 'droneMission', option: 'aggressive' }] }, { inject: 'droneIncident' });
      s = r.state;
      for (const n of r.news.filter((x) => /drone(ShotDown|Crossing|Incident)/.test(x.text.key))) {
        const incident = s.incidents.find((i) => i.id === n.text.params!.incident)!;
        expect(n.text.params).toMatchObject({ algeriaKm: incident.claims.algeria, operatorKm: incident.claims.operator });
        expect(Object.keys(n.text.params!).sort()).toEqual(['algeriaKm', 'incident', 'operator', 'operatorKm']);
      }
    }
  });

  it('make published evidence pay when the facts bear it out, and risk being caught out when they do not', () => {
    let caughtWhenWrong = 0;
    let caughtWhenRight = 0;
    let gainRight = 0;
    let gainWrong = 0;
    const n = 300;
    for (let seed = 1; seed <= n; seed++) {
      const s = createMatch({ seed });
      const right = s.incidents[0].truth > 0;
      const r = one(s, 'algeria', { action: 'publishEvidence' });
      const caught = r.news.some((x) => x.text.key === 'news.evidenceQuestioned');
      if (right) {
        gainRight += r.state.narrative;
        if (caught) caughtWhenRight++;
      } else {
        gainWrong += r.state.narrative;
        if (caught) caughtWhenWrong++;
      }
    }
    expect(caughtWhenRight).toBe(0);
    expect(caughtWhenWrong).toBeGreaterThan(0);
    expect(gainRight / n).toBeGreaterThan(gainWrong / n);
  });

  it('let a joint investigation point toward the truth more often than not, but not always', () => {
    let toward = 0;
    let against = 0;
    for (let seed = 1; seed <= 300; seed++) {
      let s = createMatch({ seed });
      s = quietWeek(s, { algeria: [{ action: 'proposeInvestigation', target: 'mali' }], mali: [{ action: 'proposeInvestigation', target: 'algeria' }] }).state;
      let found: string | undefined;
      for (let w = 0; w < 3 && !found; w++) {
        const r = quietWeek(s, {});
        s = r.state;
        const item = r.news.find((x) => x.text.key === 'news.investigationFindings');
        if (item) found = String(item.text.params!.toward);
      }
      if (!found) continue;
      const truthSide = s.incidents[0].truth > 0 ? 'algeria' : 'mali';
      if (found === truthSide) toward++;
      else against++;
    }
    expect(toward).toBeGreaterThan(against * 2);
    expect(against).toBeGreaterThan(0);
  });

  it('never change a bot\'s orders when the truths are swapped for decoys: bots read only what a seat sees', () => {
    for (const style of BOT_STYLES) {
      for (let seed = 1; seed <= 25; seed++) {
        const { turns } = playMatch({ seed }, style, true);
        for (const t of turns.slice(0, 4)) {
          const s = t.state;
          if (s.phase === 'ended') continue;
          const decoy: GameState = { ...s, incidents: s.incidents.map((i) => ({ ...i, truth: -i.truth * 3 + 1 })) };
          for (const role of ['algeria', 'mali', 'aes'] as const) expect(chooseOrders(decoy, role, style)).toEqual(chooseOrders(s, role, style));
        }
      }
    }
  });
});

describe('accusations and talks are claims, never facts of the world', () => {
  it('cost the accused standing only as far as the world already believes the accuser', () => {
    const accuse: Orders = { mali: [{ action: 'accuseTerrorism', target: 'algeria' }] };
    const loss = (narrative: number) => {
      const s = { ...createMatch({ seed: 3 }), narrative };
      return quietWeek(s, {}).state.roles.algeria.legitimacy - quietWeek(s, accuse).state.roles.algeria.legitimacy;
    };
    expect(loss(-60)).toBeGreaterThan(loss(0));
    expect(loss(0)).toBeGreaterThan(loss(60));
    expect(loss(80)).toBe(0);
  });

  it('leave the armed groups alone when Algeria talks with northern movements', () => {
    const s = createMatch({ seed: 9 });
    const r = one(s, 'algeria', { action: 'hostSeparatists' });
    expect(r.state.roles.mali.security).toBe(quietWeek(s, {}).state.roles.mali.security);
    const offensive = EVENT_BY_ID.get('separatistOffensive')!;
    expect(offensive.weight({ ...s, flags: [HOSTING] })).toBe(offensive.weight(s));
    expect(r.news.some((n) => n.text.key === 'news.action.hostSeparatists')).toBe(true);
  });
});
