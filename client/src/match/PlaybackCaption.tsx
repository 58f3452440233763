// Beside the map during a resolution: the news item being played, its place in the list,
// and a button (or Escape) to skip to the new situation.
import { useEffect } from 'preact/hooks';
import { say, t } from '../i18n/index.ts';
import { skipPlayback } from '../state/playback.ts';
import { useStore } from '../state/store.ts';

export function PlaybackCaption() {
  const playback = useStore((s) => s.playback);
  useEffect(() => {
    if (!playback) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') skipPlayback();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [playback !== null]);
  if (!playback) return null;
  return (
    <div class="playback" role="region" aria-label={t('match.playback.label')} data-testid="playback">
      <p class="playback-head">
        {t('match.playback.head', { turn: playback.turn, index: Math.min(playback.index + 1, playback.total), total: playback.total })}
      </p>
      <p class="playback-text" aria-live="polite">
        {playback.item ? say(playback.item.text) : t('match.playback.starting')}
      </p>
      <button type="button" class="btn btn-small" onClick={skipPlayback} data-testid="skip-playback">
        {t('match.playback.skip')}
      </button>
    </div>
  );
}
