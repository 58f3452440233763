// The match week by week, every order revealed: the event card (and whether the teacher
// chose it), what each role ordered and whether it was carried out, and the news.
import type { Order, Role } from '../../../shared/index.ts';
import type { RecordedWeek } from '../../../shared/protocol/index.ts';
import { say, t } from '../i18n/index.ts';
import { eventTitle } from '../classroom/controlTable.ts';
import { NewsList } from '../end/NewsList.tsx';
import type { OrderNote } from '../end/WeekOrders.tsx';
import { WeekOrders } from '../end/WeekOrders.tsx';
import { ReportSection } from './ReportSection.tsx';

const same = (a: Order, b: Order) => a.action === b.action && (a.target ?? '') === (b.target ?? '') && (a.option ?? '') === (b.option ?? '');

/** Refused (with the engine's reason), not carried out, or nothing to say. */
const noteFor =
  (w: RecordedWeek): OrderNote =>
  (role, o) => {
    const why = w.refused.find((x) => x.role === role && same(x.order, o));
    if (why) return t('debrief.week.refused', { reason: say(why.reason) });
    return (w.carriedOut[role] ?? []).some((d) => same(d, o)) ? null : t('debrief.week.notCarried');
  };

export function WeekByWeek({ weeks, roles }: { weeks: RecordedWeek[]; roles: Role[] }) {
  return (
    <ReportSection id="weeks" title={t('debrief.weeks.title')}>
      <ol class="debrief-week-list">
        {weeks.map((w) => (
          <li key={w.turn} class="debrief-week" data-week={w.turn}>
            <h3>
              {t('news.week', { turn: w.turn })}
              {w.event ? <span class="debrief-event"> · {t('news.event', { title: eventTitle(w.event) })}</span> : null}
              {w.injected ? <span class="tag tag-strong">{t('debrief.weeks.injected')}</span> : null}
            </h3>
            <WeekOrders roles={roles} orders={w.orders} bots={w.bots} note={noteFor(w)} />
            <NewsList news={w.news} />
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}
