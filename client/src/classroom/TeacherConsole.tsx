// The teacher's console (/teach/CODE#token): roster and teams on the left, the controls
// generated from the controls table in the middle, the match status on the right; in the
// lobby, the session's code, QR code and join address on top, large enough to project.
import '../styles/classroom.css';
import { useEffect } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { useStore } from '../state/store.ts';
import { projectorPath } from './address.ts';
import type { ConsoleContext } from './controlTable.ts';
import { ClassSteps } from './ClassSteps.tsx';
import { ControlPanel } from './ControlPanel.tsx';
import { EndedCard, MatchStatus } from './MatchStatus.tsx';
import { Roster } from './Roster.tsx';
import { CheckResults } from '../check/CheckResults.tsx';
import { ConsoleMemos } from '../memo/ConsoleMemos.tsx';
import { ConsoleParticipation } from '../participation/ConsoleParticipation.tsx';
import { SessionCard } from './SessionCard.tsx';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';

export function TeacherConsole() {
  const s = useStore((x) => x);
  const synced = s.synced!;
  const welcome = s.welcome!;
  useEffect(() => {
    document.title = t('console.docTitle', { code: synced.code });
  }, [synced.code]);
  const ctx: ConsoleContext = { synced, feed: s.console, allowed: welcome.controls };
  const lobby = synced.phase === 'lobby';
  const ended = synced.phase === 'ended';
  return (
    <div class="console screen" data-phase={synced.phase} data-testid="teacher-console">
      <header class="bar">
        <span class="brand">{t('app.title')}</span>
        <span class="bar-title">{t('console.bar', { code: synced.code })}</span>
        <span class="bar-spacer" />
        <LanguagePicker class="on-dark" />
        <a class="btn btn-small btn-on-dark" href={projectorPath(synced.code)} target="_blank" rel="noopener">
          {t('classroom.session.openProjector')}
        </a>
        <button type="button" class="btn btn-small btn-on-dark" onClick={() => void link.leave()} data-testid="console-home">
          {t('console.home')}
        </button>
      </header>
      <main id="main" class="console-main" tabIndex={-1}>
        <h1 class="visually-hidden">{t('console.heading', { code: synced.code })}</h1>
        {lobby && welcome.teacherToken ? <SessionCard code={synced.code} token={welcome.teacherToken} students={synced.players.length} /> : null}
        <div class="console-grid">
          <Roster s={s} ctx={ctx} />
          <div class="console-middle">
            {lobby ? <ClassSteps synced={synced} /> : null}
            {ended ? <EndedCard s={s} /> : null}
            {s.memos ? <ConsoleMemos memos={s.memos} /> : null}
            {/* While the match runs, the controls come first; at the end, what the class wrote and learned. */}
            {ended ? null : <ControlPanel ctx={ctx} />}
            {s.console?.checks ? <CheckResults results={s.console.checks} /> : null}
            {s.console?.participation?.length && !lobby ? <ConsoleParticipation students={s.console.participation} /> : null}
            {ended ? <ControlPanel ctx={ctx} /> : null}
          </div>
          <MatchStatus s={s} ctx={ctx} />
        </div>
      </main>
    </div>
  );
}
