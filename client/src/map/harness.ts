// A standalone page for looking at the map: a few states from the engine (the real weeks of
// April 2025 and a hand-made escalation) and a news reel that exercises every playback.
//   ?s=start|week1|week2|crisis  &play=week1|week2|reel  &renderer=canvas  &reduced=1  &panel=0
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans/400-italic.css';
import { HISTORY_LINE, HISTORY_SETTINGS, createMatch, resolveTurn, viewFor } from '../../../shared/index.ts';
import type { Change, GameState, NewsItem, StateView } from '../../../shared/index.ts';
import { mountMap } from './index.ts';
import { interpolate } from './labels.ts';

const spectator = (s: GameState): StateView => viewFor(s, { kind: 'spectator' });

function scenarios(): { views: Record<string, StateView>; news: Record<string, NewsItem[]> } {
  const start = createMatch(HISTORY_SETTINGS);
  const week1 = resolveTurn(start, HISTORY_LINE[0].orders);
  const week2 = resolveTurn(week1.state, HISTORY_LINE[1].orders);
  // Weeks later, if nobody steps back: borders shut, an envoy expelled, the bloc split on CEMOC.
  const crisis: GameState = {
    ...week2.state,
    tension: 8,
    narrative: -42,
    threat: 81,
    alert: 'high',
    borders: { 'algeria-mali': 'closed', 'algeria-niger': 'restricted' },
    ambassadors: { ...week2.state.ambassadors, 'mali>algeria': 'expelled', 'niger>algeria': 'posted' },
    airspace: { ...week2.state.airspace, 'niger>algeria': 'closed', 'burkina>algeria': 'closed' },
    cemoc: ['algeria', 'niger'],
  };
  // Hand-made items, each with the changes the engine would have attached to it.
  const incident = (id: number, downed: boolean, algeria: number, operator: number): Change =>
    ({ on: 'incident', id, by: 'mali', border: 'algeria-mali', downed, claims: { algeria, operator } });
  const reel: NewsItem[] = [
    { kind: 'security', text: { key: 'news.droneShotDown.mali', params: { operator: 'mali', algeriaKm: 2, operatorKm: 9.5, incident: 2 } }, actor: 'mali', action: 'droneMission', target: 'algeria', changes: [incident(2, true, 2, 9.5)] },
    { kind: 'diplomatic', text: { key: 'news.action.recallAmbassador', params: { actor: 'algeria', target: 'mali', option: '' } }, actor: 'algeria', action: 'recallAmbassador', target: 'mali', changes: [{ on: 'ambassador', key: 'algeria>mali', from: 'posted', to: 'recalled' }] },
    { kind: 'economic', text: { key: 'news.action.closeAirspace', params: { actor: 'mali', target: 'algeria', option: '' } }, actor: 'mali', action: 'closeAirspace', target: 'algeria', changes: [{ on: 'airspace', key: 'mali>algeria', from: 'open', to: 'closed' }] },
    { kind: 'security', text: { key: 'news.droneCrossing.mali', params: { operator: 'mali', algeriaKm: 1.4, operatorKm: 6.2, incident: 3 } }, actor: 'mali', action: 'droneMission', target: 'algeria', changes: [incident(3, false, 1.4, 6.2)] },
    { kind: 'economic', text: { key: 'news.action.restrictBorder', params: { actor: 'algeria', target: 'mali', option: 'closed' } }, actor: 'algeria', action: 'restrictBorder', target: 'mali', changes: [{ on: 'border', key: 'algeria-mali', from: 'open', to: 'closed' }] },
    { kind: 'diplomatic', text: { key: 'news.action.expelAmbassador', params: { actor: 'algeria', target: 'mali', option: '' } }, actor: 'algeria', action: 'expelAmbassador', target: 'mali', changes: [{ on: 'ambassador', key: 'mali>algeria', from: 'posted', to: 'expelled' }] },
    { kind: 'event', text: { key: 'events.convoyAttack.news', params: {} }, actor: 'event', target: 'mali' },
    { kind: 'diplomatic', text: { key: 'news.action.blocSolidarity', params: { actor: 'aes', target: '', option: '' } }, actor: 'aes', action: 'blocSolidarity' },
    { kind: 'event', text: { key: 'events.ecowasConcern.news', params: {} }, actor: 'event' },
  ];
  return {
    views: { start: spectator(start), week1: spectator(week1.state), week2: spectator(week2.state), crisis: spectator(crisis) },
    news: { week1: week1.news, week2: week2.news, reel },
  };
}

const query = new URLSearchParams(location.search);
const { views, news } = scenarios();
const caption = document.getElementById('caption')!;
const renderer = query.get('renderer');
const map = mountMap(document.getElementById('map')!, {
  renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
  ...(query.has('reduced') ? { reducedMotion: query.get('reduced') === '1' } : {}),
  statusPanel: query.get('panel') !== '0',
  onItem: (item, i, total) => {
    caption.textContent = `${i + 1}/${total} · ${interpolate(item.text.key, item.text.params)} ${JSON.stringify(item.text.params ?? {})}`;
  },
});
map.update(views[query.get('s') ?? 'week2'] ?? views.week2);

async function play(name: string): Promise<void> {
  await map.playback(news[name] ?? []);
  caption.textContent = '';
}

// For the screenshot script and for poking at it by hand.
Object.assign(window, { harness: { map, views, news, play, ready: map.ready.then(() => true) } });
if (query.has('play')) void map.ready.then(() => play(query.get('play')!));
