// The strip across the top: week, phase, time left, tension, who you are, the code.
import { t } from '../i18n/index.ts';
import { isHost, myRole } from '../state/selectors.ts';
import type { AppState } from '../state/store.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { Countdown } from './Countdown.tsx';
import { HostControls } from './HostControls.tsx';
import { LeaveButton } from './LeaveButton.tsx';
import { TensionChip } from './TensionChip.tsx';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';

export function TopBar({ s, onBriefing }: { s: AppState; onBriefing?: () => void }) {
  const synced = s.synced!;
  const role = myRole(s);
  // During a resolution the engine already counts the next week; the bar names the one being resolved.
  const turn = s.view?.turn ?? synced.turn;
  const week = synced.phase === 'resolution' ? Math.max(1, turn - 1) : turn;
  const shown = s.mapView ?? s.view;
  return (
    <header class="bar match-bar">
      <span class="brand bar-wide">{t('app.title')}</span>
      <span class="bar-week" data-testid="week">
        {t('match.bar.week', { turn: week, turns: synced.options.turns })}
      </span>
      <span class={`phase-chip phase-${synced.phase}`} data-testid="phase">
        {t(`phase.${synced.phase}`)}
      </span>
      <Countdown deadline={synced.deadline} paused={synced.paused} remaining={synced.remaining} />
      {shown ? <TensionChip tension={shown.tension} /> : null}
      <span class="bar-spacer" />
      <LanguagePicker class="on-dark" />
      {role ? (
        <span class="bar-you">
          <span class="bar-wide muted-on-dark">{t('match.bar.you')}</span>
          <RoleBadge role={role} />
        </span>
      ) : (
        <span class="tag tag-on-dark">{t('match.bar.spectator')}</span>
      )}
      <span class="bar-code bar-wide" title={t('match.bar.codeTitle')}>
        {t('match.bar.code', { code: synced.code })}
      </span>
      <span class="bar-watchers" data-testid="spectator-count">
        {t('match.bar.watching', { count: synced.spectatorCount })}
      </span>
      {onBriefing ? (
        <button type="button" class="btn btn-small btn-on-dark" onClick={onBriefing} aria-haspopup="dialog" title={t('briefing.openTitle')} data-testid="open-briefing">
          {t('briefing.open')}
        </button>
      ) : null}
      {isHost(s) && s.welcome ? <HostControls allowed={s.welcome.controls} phase={synced.phase} paused={synced.paused} solo={s.solo} /> : null}
      <LeaveButton confirm={!!role && synced.phase !== 'ended'} />
    </header>
  );
}
