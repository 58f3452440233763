// The Phaser map in a box, for the live match and the replay alike: mounted once the box
// has a real size, told which news item it plays, and destroyed with its component.
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { NewsItem } from '../../../shared/index.ts';
import { mountMap } from '../map/index.ts';
import type { OnItem, SahelMap } from '../map/index.ts';
import { tMap } from '../i18n/index.ts';
import { useLanguage } from '../ui/LanguagePicker.tsx';

/** Below this many pixels a side, the map waits to be given room. */
const MIN_SIDE = 120;

/**
 * `start` runs once the map is mounted (the first time only) and returns what to undo
 * before the map is destroyed. `onItem` may change between renders: the latest one is called.
 */
export function useSahelMap(start: (map: SahelMap) => () => void, onItem?: OnItem): RefObject<HTMLDivElement> {
  const host = useRef<HTMLDivElement>(null);
  const latestItem = useRef(onItem);
  latestItem.current = onItem;
  const lang = useLanguage();
  useEffect(() => {
    const el = host.current!;
    let map: SahelMap | null = null;
    let undo = () => {};
    // Phaser sizes its canvas from the box when it starts: wait until the box has a real size
    // (a hidden tab or a layout in progress can give it none).
    const mount = () => {
      const m = mountMap(el, { t: tMap, onItem: (item: NewsItem, index, total) => latestItem.current?.(item, index, total) });
      map = m;
      void m.ready.then(() => el.setAttribute('data-ready', 'true'));
      undo = start(m);
    };
    const big = () => el.clientWidth >= MIN_SIDE && el.clientHeight >= MIN_SIDE;
    const watch = new ResizeObserver(() => {
      if (!map && big()) {
        watch.disconnect();
        mount();
      }
    });
    if (big()) mount();
    else watch.observe(el);
    return () => {
      watch.disconnect();
      undo();
      if (map) {
        map.skip();
        map.destroy();
      }
    };
    // Phaser bakes words into its textures: a new language draws a new map.
  }, [lang]);
  return host;
}
