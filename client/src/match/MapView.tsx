// The Phaser map of the crisis, fed the seat's view; it plays each resolution's news, and
// holds the new situation back until the playback has shown how it came about.
import { useEffect, useRef } from 'preact/hooks';
import type { NewsItem, StateView } from '../../../shared/index.ts';
import type { SahelMap } from '../map/index.ts';
import { t } from '../i18n/index.ts';
import { registerPlayer } from '../state/playback.ts';
import { store, useStore } from '../state/store.ts';
import { useSahelMap } from './useSahelMap.ts';

/** A short fingerprint of what the map draws, so tests can compare two seats' maps. */
function publicPrint(v: StateView): string {
  return JSON.stringify([v.turn, v.tension, v.narrative, v.threat, v.ambassadors, v.airspace, v.borders, v.cemoc, v.aesPact, v.alert, v.reinforcement]);
}

/** Draw a view and say so: the top bar shows what the map shows, tests compare seats' maps. */
function show(map: SahelMap, view: StateView): void {
  map.update(view);
  if (store.get().mapView !== view) store.set({ mapView: view });
}

export function MapView({ label }: { label?: string }) {
  const mapRef = useRef<SahelMap | null>(null);
  const view = useStore((s) => s.view);
  const playing = useStore((s) => s.playback !== null);

  const host = useSahelMap(
    (map) => {
      mapRef.current = map;
      const current = store.get().view;
      if (current) show(map, current);
      const unregister = registerPlayer({
        play: async (r) => {
          await map.playback(r.news as NewsItem[]);
          const latest = store.get().view;
          if (latest) show(map, latest);
        },
        skip: () => map.skip(),
      });
      return () => {
        unregister();
        mapRef.current = null;
      };
    },
    (item, index, total) => store.set((s) => ({ playback: s.playback ? { ...s.playback, item, index, total } : s.playback })),
  );

  useEffect(() => {
    if (view && !playing && mapRef.current) show(mapRef.current, view);
  }, [view, playing]);

  const shown = useStore((s) => s.mapView);
  return <div class="map-host" ref={host} data-view={shown ? publicPrint(shown) : undefined} role="img" aria-label={label ?? t('match.map.label')} data-testid="map" />;
}
