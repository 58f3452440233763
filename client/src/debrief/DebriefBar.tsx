// Under a class's end screen: the way to the debrief and the replay of the match.
import '../styles/debrief.css';
import { t } from '../i18n/index.ts';
import { debriefPath, replayPath } from '../classroom/address.ts';

export function DebriefBar({ matchId }: { matchId: string }) {
  return (
    <nav class="debrief-bar" aria-label={t('debrief.barLabel')} data-testid="debrief-bar">
      <span>{t('debrief.barLead')}</span>
      <a class="btn btn-primary" href={debriefPath(matchId)} target="_blank" rel="noopener" data-testid="end-debrief">
        {t('classroom.openDebrief')}
      </a>
      <a class="btn" href={replayPath(matchId)} target="_blank" rel="noopener">
        {t('classroom.openReplay')}
      </a>
    </nav>
  );
}
