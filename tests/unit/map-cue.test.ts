// Which animation the map plays for a news item of the resolution.
import { describe, expect, it } from 'vitest';
import { HISTORY_LINE, HISTORY_SETTINGS, createMatch, resolveTurn } from '../../shared/index.ts';
import type { Change, GameState, NewsItem, Orders } from '../../shared/index.ts';
import { cueFor } from '../../client/src/map/cue.ts';
import { MAP_LABELS, withFallback } from '../../client/src/map/labels.ts';

const item = (key: string, extra: Partial<NewsItem> = {}, params: Record<string, string | number> = {}): NewsItem => ({
  kind: 'diplomatic',
  text: { key, params },
  ...extra,
});

describe('playback cues', () => {
  /** The news items the engine makes for these orders in the first week of a match. */
  const weekNews = (orders: Orders, setup: (s: GameState) => void = () => undefined, inject?: string): NewsItem[] => {
    const s = createMatch({ seed: 7 });
    setup(s);
    return resolveTurn(s, orders, inject ? { inject } : {}).news;
  };
  const cueOf = (news: NewsItem[], action: string) => cueFor(news.find((n) => n.action === action)!);

  it('flies the drone from the side that sent it into a disputed zone holding both claims, never a true spot', () => {
    const incident = (id: number, downed: boolean, algeria: number, operator: number): Change =>
      ({ on: 'incident', id, by: 'mali', border: 'algeria-mali', downed, claims: { algeria, operator } });
    const claims = { operator: 'mali', algeriaKm: 2, operatorKm: 9.5, incident: 2 };
    expect(cueFor(item('news.droneShotDown.mali', { actor: 'mali', action: 'droneMission', target: 'algeria', changes: [incident(2, true, 2, 9.5)] }, claims))).toEqual({
      kind: 'incident',
      border: 'algeria-mali',
      track: 'drone.mali',
      operator: 'mali',
      claims: { algeria: 2, operator: 9.5 },
      downed: true,
    });
    const crossing = { operator: 'mali', algeriaKm: 1.4, operatorKm: 6.2, incident: 3 };
    expect(cueFor(item('news.droneCrossing.mali', { actor: 'mali', action: 'droneMission', target: 'algeria', changes: [incident(3, false, 1.4, 6.2)] }, crossing))).toEqual({
      kind: 'incident',
      border: 'algeria-mali',
      track: 'drone.mali',
      operator: 'mali',
      claims: { algeria: 1.4, operator: 6.2 },
      downed: false,
    });
    const card = weekNews({}, () => undefined, 'droneIncident').find((n) => n.text.key.startsWith('events.droneIncident.'))!;
    expect(cueFor(card)).toMatchObject({ kind: 'incident', border: 'algeria-mali', downed: false });
  });

  it('cues every incident the engine reports, with both claims as numbers', () => {
    let s = createMatch({ seed: 3 });
    s.alert = 'high';
    const seen: ReturnType<typeof cueFor>[] = [];
    for (let week = 0; week < 6 && s.phase !== 'ended'; week++) {
      const r = resolveTurn(s, { mali: [{ action: 'droneMission', option: 'aggressive' }], aes: [{ action: 'droneMission', option: 'aggressive' }] }, { inject: 'droneIncident' });
      for (const n of r.news) if (n.text.key.includes('drone')) seen.push(cueFor(n));
      s = r.state;
    }
    expect(seen.length).toBeGreaterThan(3);
    for (const c of seen) {
      expect(c.kind).toBe('incident');
      if (c.kind !== 'incident') continue;
      expect(c.claims.algeria).toBeGreaterThan(0);
      expect(c.claims.operator).toBeGreaterThan(0);
    }
  });

  it('sends the recalled envoys home, per AES member when one is named', () => {
    const recall = (option: string) => cueOf(weekNews({ aes: [{ action: 'recallAmbassador', target: 'algeria', option }] }), 'recallAmbassador');
    expect(recall('both')).toEqual({ kind: 'ambassador', pairs: ['niger>algeria', 'burkina>algeria'], move: 'leave' });
    expect(recall('niger')).toEqual({ kind: 'ambassador', pairs: ['niger>algeria'], move: 'leave' });
    const expel = cueOf(weekNews({ algeria: [{ action: 'expelAmbassador', target: 'mali' }] }), 'expelAmbassador');
    expect(expel).toEqual({ kind: 'ambassador', pairs: ['mali>algeria'], move: 'expelled' });
    const back = cueOf(weekNews({ mali: [{ action: 'returnAmbassador', target: 'algeria' }] }, (s) => (s.ambassadors['mali>algeria'] = 'recalled')), 'returnAmbassador');
    expect(back).toEqual({ kind: 'ambassador', pairs: ['mali>algeria'], move: 'return' });
  });

  it('moves only the envoys who actually moved', () => {
    // Niger's ambassador is already home: only Burkina Faso's leaves.
    const news = weekNews({ aes: [{ action: 'recallAmbassador', target: 'algeria', option: 'both' }] }, (s) => (s.ambassadors['niger>algeria'] = 'recalled'));
    expect(cueOf(news, 'recallAmbassador')).toEqual({ kind: 'ambassador', pairs: ['burkina>algeria'], move: 'leave' });
    // A readmission moves nobody: Algeria's envoy stays away, the item pulses on Mali.
    const readmit = weekNews({ mali: [{ action: 'readmitAmbassador', target: 'algeria' }] }, (s) => (s.ambassadors['algeria>mali'] = 'expelled'));
    expect(cueOf(readmit, 'readmitAmbassador')).toEqual({ kind: 'pulse', countries: ['algeria'] });
  });

  it('hatches the closing country, marks the border crossed, hits the convoy', () => {
    expect(cueOf(weekNews({ mali: [{ action: 'closeAirspace', target: 'algeria' }] }), 'closeAirspace')).toEqual({
      kind: 'airspace',
      countries: ['mali'],
      closing: true,
    });
    expect(cueOf(weekNews({ aes: [{ action: 'restrictBorder', target: 'algeria' }] }), 'restrictBorder')).toEqual({
      kind: 'border',
      borders: ['algeria-niger'],
    });
    const convoy = weekNews({}, () => undefined, 'convoyAttack').find((n) => n.text.key.startsWith('events.convoyAttack.'))!;
    expect(cueFor(convoy)).toEqual({ kind: 'convoy' });
  });

  it('pulses the country concerned otherwise, and nothing for world news', () => {
    expect(cueOf(weekNews({ aes: [{ action: 'blocSolidarity' }] }), 'blocSolidarity')).toEqual({ kind: 'pulse', countries: ['niger', 'burkina'] });
    expect(cueFor(item('event.ecowasConcern', { actor: 'event' }))).toEqual({ kind: 'none' });
  });

  it('reads every news item of the real weeks of April 2025', () => {
    let s = createMatch(HISTORY_SETTINGS);
    for (const week of HISTORY_LINE) {
      const r = resolveTurn(s, week.orders);
      for (const n of r.news) expect(cueFor(n).kind).toBeDefined();
      s = r.state;
    }
  });
});

describe('map labels', () => {
  it('falls back to English where the translator does not know a key', () => {
    const t = withFallback((key) => (key === 'country.mali' ? 'Mali (fr)' : key));
    expect(t('country.mali')).toBe('Mali (fr)');
    expect(t('map.airspace.closedTo', { list: 'Algeria' })).toBe('Airspace closed to Algeria');
    expect(MAP_LABELS['tension.openConflict']).toBeDefined();
  });
});
