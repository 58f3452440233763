// The class's weeks beside the real ones of 2025: what really happened each week and what
// the class did; the landmark measures of April 2025 and when (if ever) the class took
// them; and what happened afterwards in reality.
import type { Order, Orders, Role } from '../../../shared/index.ts';
import { compareMeasures, historyRows, laterHistory } from '../../../shared/debrief/index.ts';
import { formatDate, hasEngine, list, say, t, te } from '../i18n/index.ts';
import { HISTORY_SOURCES } from '../../../shared/scenario/precedents.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { SourceLinks } from '../ui/SourceLinks.tsx';
import { orderLabel } from '../ui/words.ts';
import { ReportSection } from './ReportSection.tsx';

const measureName = (id: string) => (hasEngine(`debrief.measure.${id}`) ? te(`debrief.measure.${id}`) : id);

export function HistoryComparison({ turns, roles }: { turns: { turn: number; carriedOut: Orders }[]; roles: Role[] }) {
  const rows = historyRows(turns);
  const measures = compareMeasures(turns).filter((m) => roles.includes(m.role));
  const later = laterHistory(turns.at(-1)?.turn ?? 0);
  return (
    <ReportSection id="history" title={t('debrief.history.title')} lead={t('debrief.history.lead')}>
      <div class="history-rows">
        {rows.map((r) => (
          <article key={r.week} class="history-row" data-week={r.week}>
            <h3>{t('debrief.history.weekBeside', { turn: r.week, from: formatDate(r.dates.from), to: formatDate(r.dates.to) })}</h3>
            <div class="history-pair">
              <div>
                <h4 class="small-title">{t('debrief.history.real')}</h4>
                <ul>
                  {r.real.map((x, i) => (
                    <li key={i}>
                      {say(x)}
                      <SourceLinks ids={HISTORY_SOURCES[x.key] ?? []} />
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <h4 class="small-title">{t('debrief.history.class')}</h4>
                <ul class="history-class">
                  {roles.map((role) => {
                    const done = (r.class[role] ?? []) as Order[];
                    return (
                      <li key={role}>
                        <RoleBadge role={role} /> {done.length ? list(done.map(orderLabel)) : t('debrief.history.nothing')}
                      </li>
                    );
                  })}
                </ul>
              </div>
            </div>
          </article>
        ))}
      </div>
      <h3>{t('debrief.history.measures')}</h3>
      <div class="table-wrap">
        <table class="data-table measures" data-testid="measures">
          <thead>
            <tr>
              <th scope="col">{t('debrief.history.measure')}</th>
              <th scope="col">{t('debrief.history.realWeek')}</th>
              <th scope="col">{t('debrief.history.classWeek')}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <RoleBadge role={m.role} /> {measureName(m.id)}
                </th>
                <td>{t('news.week', { turn: m.realWeek })}</td>
                <td>{m.classWeek ? t('news.week', { turn: m.classWeek }) : t('debrief.history.notTaken')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {later.length ? (
        <>
          <h3>{t('debrief.history.later')}</h3>
          <ul class="history-later">
            {later.map((x, i) => (
              <li key={i}>
                {say(x)}
                <SourceLinks ids={HISTORY_SOURCES[x.key] ?? []} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </ReportSection>
  );
}
