// Play, pause, one week back or forward, and jump to any week: buttons and a list, all
// reachable by keyboard.
import { t } from '../i18n/index.ts';
import type { Replay } from './useReplay.ts';

export function ReplayControls({ replay, last }: { replay: Replay; last: number }) {
  return (
    <div class="replay-controls" role="group" aria-label={t('replay.controls')} data-testid="replay-controls">
      {replay.playing ? (
        <button type="button" class="btn btn-primary" onClick={replay.pause} data-testid="replay-pause">
          {t('replay.pause')}
        </button>
      ) : (
        <button type="button" class="btn btn-primary" onClick={replay.play} data-testid="replay-play">
          {t('replay.play')}
        </button>
      )}
      <button type="button" class="btn" onClick={replay.back} disabled={replay.index === 0} data-testid="replay-back">
        {t('replay.back')}
      </button>
      <button type="button" class="btn" onClick={replay.forward} disabled={replay.index >= last} data-testid="replay-forward">
        {t('replay.forward')}
      </button>
      <label class="field field-inline">
        <span>{t('replay.jump')}</span>
        <select value={String(replay.index)} onChange={(e) => replay.jump(Number((e.target as HTMLSelectElement).value))} data-testid="replay-week">
          {Array.from({ length: last + 1 }, (_, i) => (
            <option key={i} value={String(i)}>
              {i === 0 ? t('replay.start') : t('news.week', { turn: i })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
