// The news of every resolved week (newest first), the role's private reports, and orders
// that events overtook. The item being played on the map is marked.
import type { Role } from '../../../shared/index.ts';
import type { Resolution } from '../../../shared/protocol/index.ts';
import { hasEngine, list, say, t, te } from '../i18n/index.ts';
import type { Playback } from '../state/store.ts';
import { orderLabel, roleName } from '../ui/words.ts';
import { NewsList } from '../end/NewsList.tsx';

function WeekNews({ r, role, playback }: { r: Resolution; role?: Role; playback: Playback | null }) {
  const reports = role ? (r.reports[role] ?? []) : [];
  const refused = role ? r.refused.filter((x) => x.role === role) : [];
  const playingHere = playback?.turn === r.turn;
  return (
    <section class="week-news" aria-labelledby={`news-week-${r.turn}`} data-week={r.turn}>
      <h3 id={`news-week-${r.turn}`} class="small-title">
        {t('news.week', { turn: r.turn })}
      </h3>
      {r.event && hasEngine(`events.${r.event}.title`) ? <p class="news-event">{t('news.event', { title: te(`events.${r.event}.title`) })}</p> : null}
      <NewsList news={r.news} telling={playingHere && playback?.item ? playback.index : null} />
      {reports.length ? (
        <div class="reports" data-testid="reports">
          <p class="small-title">{t('news.reports')}</p>
          <ul>
            {reports.map((x, i) => (
              <li key={i}>{say(x)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {refused.length ? (
        <div class="reports reports-refused">
          <p class="small-title">{t('news.refused')}</p>
          <ul>
            {refused.map((x, i) => (
              <li key={i}>{t('news.refusedLine', { order: orderLabel(x.order), reason: say(x.reason) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.bots.length ? <p class="muted small">{t('news.bots', { roles: list(r.bots.map(roleName)) })}</p> : null}
    </section>
  );
}

export function NewsFeed({ history, role, playback }: { history: Resolution[]; role?: Role; playback: Playback | null }) {
  const weeks = [...history].sort((a, b) => b.turn - a.turn);
  return (
    <section class="panel news-panel" aria-labelledby="news-title" data-testid="news">
      <h2 id="news-title" class="panel-title">
        {t('news.title')}
      </h2>
      <div class="panel-scroll" tabIndex={0} role="region" aria-labelledby="news-title">
        {weeks.map((r) => (
          <WeekNews key={r.turn} r={r} role={role} playback={playback} />
        ))}
        <section class="week-news intro">
          <h3 class="small-title">{t('news.introTitle')}</h3>
          <p>{t('news.intro')}</p>
        </section>
      </div>
    </section>
  );
}
