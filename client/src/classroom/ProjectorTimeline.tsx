// The match so far for the room, week by week (newest first): the event and the public
// news, exactly as everyone received them.
import type { Resolution } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { eventTitle } from './controlTable.ts';
import { NewsList } from '../end/NewsList.tsx';

export function ProjectorTimeline({ history }: { history: Resolution[] }) {
  const weeks = [...history].sort((a, b) => b.turn - a.turn);
  return (
    <section class="projector-timeline" tabIndex={0} aria-labelledby="ptl-title" data-testid="projector-timeline">
      <h2 id="ptl-title" class="small-title">
        {t('projector.timeline')}
      </h2>
      {weeks.length === 0 ? <p class="muted">{t('projector.noWeeks')}</p> : null}
      <ol class="ptl-weeks">
        {weeks.map((r) => (
          <li key={r.turn} class="ptl-week" data-week={r.turn}>
            <h3 class="ptl-week-title">
              {t('news.week', { turn: r.turn })}
              {r.event ? <span class="ptl-event"> · {eventTitle(r.event)}</span> : null}
            </h3>
            <NewsList news={r.news} />
          </li>
        ))}
      </ol>
    </section>
  );
}
