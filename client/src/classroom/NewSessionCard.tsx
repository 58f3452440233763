// On the home page, for teachers: one click to a class session (the creator becomes the
// teacher and lands in the console), and the sessions this browser has taught.
import { t } from '../i18n/index.ts';
import { debriefPath, teachPath } from './address.ts';
import { startClassSession } from './session.ts';
import { recentClasses } from './teacherKeys.ts';
import { when } from './when.ts';

const SHOWN = 4;

export function NewSessionCard({ nickname, busy }: { nickname: string; busy: boolean }) {
  const recent = recentClasses().slice(0, SHOWN);
  return (
    <section class="card class-card" aria-labelledby="class-card-title">
      <h2 id="class-card-title">{t('classroom.home.title')}</h2>
      <p class="muted">{t('classroom.home.lead')}</p>
      <button type="button" class="btn btn-primary btn-large" disabled={busy} onClick={() => void startClassSession(nickname)} data-testid="new-class-session">
        {t('classroom.home.new')}
      </button>
      {recent.length ? (
        <div class="class-recent">
          <h3 class="small-title">{t('classroom.home.recent')}</h3>
          <ul class="class-recent-list">
            {recent.map((c) => (
              <li key={c.matchId}>
                <span class="code-chip">{c.code}</span>
                <span class="muted small">{when(c.at)}</span>
                <a href={teachPath(c.code, c.token)}>{t('classroom.home.console')}</a>
                <a href={debriefPath(c.matchId)}>{t('classroom.home.debrief')}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
