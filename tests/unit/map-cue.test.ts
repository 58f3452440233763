// Which animation the map plays for a news item of the resolution.
import { describe, expect, it } from 'vitest';
import { HISTORY_LINE, HISTORY_SETTINGS, createMatch, resolveTurn } from '../../shared/index.ts';
import type { NewsItem } from '../../shared/index.ts';
import { cueFor } from '../../client/src/map/cue.ts';
import { MAP_LABELS, withFallback } from '../../client/src/map/labels.ts';

const item = (key: string, extra: Partial<NewsItem> = {}, params: Record<string, string | number> = {}): NewsItem => ({
  kind: 'diplomatic',
  text: { key, params },
  ...extra,
});

describe('playback cues', () => {
  it('flies the drone from the side that sent it into a disputed zone holding both claims, never a true spot', () => {
    const claims = { operator: 'mali', algeriaKm: 2, operatorKm: 9.5, incident: 2 };
    expect(cueFor(item('news.droneShotDown.mali', { actor: 'mali', action: 'droneMission', target: 'algeria' }, claims))).toEqual({
      kind: 'incident',
      border: 'algeria-mali',
      track: 'drone.mali',
      operator: 'mali',
      claims: { algeria: 2, operator: 9.5 },
      downed: true,
    });
    const crossing = { operator: 'mali', algeriaKm: 1.4, operatorKm: 6.2, incident: 3 };
    expect(cueFor(item('news.droneCrossing.mali', { actor: 'mali', action: 'droneMission', target: 'algeria' }, crossing))).toEqual({
      kind: 'incident',
      border: 'algeria-mali',
      track: 'drone.mali',
      operator: 'mali',
      claims: { algeria: 1.4, operator: 6.2 },
      downed: false,
    });
    const card = cueFor(item('events.droneIncident.news.mali', { actor: 'event', target: 'algeria' }, claims));
    expect(card).toMatchObject({ kind: 'incident', border: 'algeria-mali', downed: false });
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
    const recall = (option: string) =>
      cueFor(item('news.action.recallAmbassador', { actor: 'aes', action: 'recallAmbassador', target: 'algeria' }, { option }));
    expect(recall('both')).toEqual({ kind: 'ambassador', pairs: ['niger>algeria', 'burkina>algeria'], move: 'leave' });
    expect(recall('niger')).toEqual({ kind: 'ambassador', pairs: ['niger>algeria'], move: 'leave' });
    const expel = cueFor(item('news.action.expelAmbassador', { actor: 'algeria', action: 'expelAmbassador', target: 'mali' }));
    expect(expel).toEqual({ kind: 'ambassador', pairs: ['mali>algeria'], move: 'expelled' });
  });

  it('hatches the closing country, marks the border crossed, hits the convoy', () => {
    expect(cueFor(item('news.action.closeAirspace', { actor: 'mali', action: 'closeAirspace', target: 'algeria' }))).toEqual({
      kind: 'airspace',
      countries: ['mali'],
      closing: true,
    });
    expect(cueFor(item('news.action.restrictBorder', { actor: 'aes', action: 'restrictBorder', target: 'algeria' }))).toEqual({
      kind: 'border',
      borders: ['algeria-niger'],
    });
    expect(cueFor(item('events.convoyAttack.news', { actor: 'event', target: 'mali' }))).toEqual({ kind: 'convoy' });
  });

  it('pulses the country concerned otherwise, and nothing for world news', () => {
    expect(cueFor(item('news.action.blocSolidarity', { actor: 'aes', action: 'blocSolidarity' }))).toEqual({ kind: 'pulse', countries: ['niger', 'burkina'] });
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
