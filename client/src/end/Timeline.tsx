// Week by week: the event, every role's orders (all revealed now), what was refused, the news.
import type { Role } from '../../../shared/index.ts';
import type { Resolution, TurnRecord } from '../../../shared/protocol/index.ts';
import { hasEngine, say, t, te } from '../i18n/index.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { orderLabel } from '../ui/words.ts';
import { NewsList } from './NewsList.tsx';
import { WeekOrders } from './WeekOrders.tsx';

type Week = Pick<TurnRecord, 'turn' | 'event' | 'refused' | 'news' | 'bots'> & { orders: TurnRecord['orders'] };

/** From the record (every order given) when it came; else from the history (orders carried out). */
export function weeksFrom(record: TurnRecord[] | undefined, history: Resolution[]): Week[] {
  if (record?.length) return record;
  return history.map((r) => ({ turn: r.turn, event: r.event, refused: r.refused, news: r.news, bots: r.bots, orders: r.revealed }));
}

export function Timeline({ weeks, roles }: { weeks: Week[]; roles: Role[] }) {
  return (
    <section class="card timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('end.timeline.title')}</h2>
      <ol class="weeks" data-testid="timeline">
        {weeks.map((w) => (
          <li key={w.turn} class="week">
            <details open={weeks.length <= 4}>
              <summary>
                <strong>{t('news.week', { turn: w.turn })}</strong>
                {w.event && hasEngine(`events.${w.event}.title`) ? <span class="muted"> {te(`events.${w.event}.title`)}</span> : null}
              </summary>
              <WeekOrders roles={roles} orders={w.orders} bots={w.bots} />
              {w.refused.length ? (
                <ul class="refused-list">
                  {w.refused.map((x, i) => (
                    <li key={i}>
                      <RoleBadge role={x.role} /> {t('news.refusedLine', { order: orderLabel(x.order), reason: say(x.reason) })}
                    </li>
                  ))}
                </ul>
              ) : null}
              <NewsList news={w.news} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
