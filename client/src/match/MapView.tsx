// The Phaser map of the crisis, fed the seat's view; it plays each resolution's news, and
// holds the new situation back until the playback has shown how it came about.
import { useEffect, useRef } from 'preact/hooks';
import type { NewsItem, StateView } from '../../../shared/index.ts';
import { mountMap } from '../map/index.ts';
import type { SahelMap } from '../map/index.ts';
import { tMap } from '../i18n/index.ts';
import { registerPlayer } from '../state/playback.ts';
import { store, useStore } from '../state/store.ts';
import { t } from '../i18n/index.ts';

/** A short fingerprint of what the map draws, so tests can compare two seats' maps. */
function publicPrint(v: StateView): string {
  return JSON.stringify([v.turn, v.tension, v.narrative, v.threat, v.ambassadors, v.airspace, v.borders, v.cemoc, v.aesPact, v.alert, v.reinforcement]);
}

/** Below this many pixels a side, the map waits to be given room. */
const MIN_SIDE = 120;

/** Draw a view and say so: the top bar shows what the map shows, tests compare seats' maps. */
function show(map: SahelMap, view: StateView): void {
  map.update(view);
  if (store.get().mapView !== view) store.set({ mapView: view });
}

export function MapView({ label }: { label?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const mapRef = useRef<SahelMap | null>(null);
  const view = useStore((s) => s.view);
  const playing = useStore((s) => s.playback !== null);

  useEffect(() => {
    const el = host.current!;
    let m: SahelMap | null = null;
    let unregister = () => {};
    // Phaser sizes its canvas from the box when it starts: wait until the box has a real size
    // (a hidden tab or a layout in progress can give it none).
    const mount = () => {
      m = mountMap(el, {
        t: tMap,
        onItem: (item, index, total) => store.set((s) => ({ playback: s.playback ? { ...s.playback, item, index, total } : s.playback })),
      });
      const map = m;
      mapRef.current = map;
      const current = store.get().view;
      if (current) show(map, current);
      void map.ready.then(() => el.setAttribute('data-ready', 'true'));
      unregister = registerPlayer({
        play: async (r) => {
          await map.playback(r.news as NewsItem[]);
          const latest = store.get().view;
          if (latest) show(map, latest);
        },
        skip: () => map.skip(),
      });
    };
    const big = () => el.clientWidth >= MIN_SIDE && el.clientHeight >= MIN_SIDE;
    const watch = new ResizeObserver(() => {
      if (!m && big()) {
        watch.disconnect();
        mount();
      }
    });
    if (big()) mount();
    else watch.observe(el);
    return () => {
      watch.disconnect();
      unregister();
      if (m) {
        m.skip();
        m.destroy();
      }
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (view && !playing && mapRef.current) show(mapRef.current, view);
  }, [view, playing]);

  const shown = useStore((s) => s.mapView);
  return <div class="map-host" ref={host} data-view={shown ? publicPrint(shown) : undefined} role="img" aria-label={label ?? t('match.map.label')} data-testid="map" />;
}
