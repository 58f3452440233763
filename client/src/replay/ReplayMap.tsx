// The crisis map for a replay: the same Phaser map as in a match, driven by the replay
// (a week's state, and the playback of its news) instead of by the live match.
import { useRef } from 'preact/hooks';
import type { GameState, NewsItem, StateView } from '../../../shared/index.ts';
import { t } from '../i18n/index.ts';
import { useSahelMap } from '../match/useSahelMap.ts';

export interface ReplayScreen {
  show(state: GameState): void;
  play(news: readonly NewsItem[], onItem: (index: number) => void): Promise<void>;
  skip(): void;
}

/** Mounts the map once its box has a size; `onReady` gets the handle the replay drives it with. */
export function ReplayMap({ onReady, first }: { onReady: (screen: ReplayScreen | null) => void; first: GameState }) {
  const telling = useRef<(index: number) => void>(() => {});
  const host = useSahelMap(
    (m) => {
      // The replay's states are whole engine states: the map reads only their public part.
      m.update(first as unknown as StateView);
      onReady({
        show: (state) => m.update(state as unknown as StateView),
        play: async (news, cb) => {
          telling.current = cb;
          await m.playback(news);
          telling.current = () => {};
        },
        skip: () => m.skip(),
      });
      return () => onReady(null);
    },
    (_item, index) => telling.current(index),
  );
  return <div class="map-host" ref={host} role="img" aria-label={t('replay.mapLabel')} data-testid="map" />;
}
