// Final scores: each part of each role's score, the winner first.
import type { Outcome, Role } from '../../../shared/index.ts';
import { number, t } from '../i18n/index.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';

export function ScoreTable({ outcome, roles, me }: { outcome: Outcome; roles: Role[]; me?: Role }) {
  const sorted = [...roles].filter((r) => outcome.scores[r]).sort((a, b) => outcome.scores[b].total - outcome.scores[a].total);
  return (
    <section class="card" aria-labelledby="scores-title">
      <h2 id="scores-title">{t('end.scores.title')}</h2>
      <div class="table-wrap">
        <table class="score-table" data-testid="scores">
          <thead>
            <tr>
              <th scope="col">{t('ind.role')}</th>
              <th scope="col" class="col-detail">{t('end.scores.indicators')}</th>
              <th scope="col" class="col-detail">{t('end.scores.public')}</th>
              <th scope="col" class="col-detail">{t('end.scores.secret')}</th>
              <th scope="col" class="col-detail">{t('end.scores.outcome')}</th>
              <th scope="col">{t('end.scores.total')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const line = outcome.scores[r];
              return (
                <tr key={r} class={`${r === outcome.winner ? 'row-winner' : ''}${r === me ? ' row-mine' : ''}`} data-role={r}>
                  <th scope="row">
                    <RoleBadge role={r} />
                    {r === outcome.winner ? <span class="tag tag-strong">{t('end.scores.winner')}</span> : null}
                    {r === me ? <span class="tag">{t('end.scores.you')}</span> : null}
                  </th>
                  <td class="col-detail">{number(line.indicators)}</td>
                  <td class="col-detail">{number(line.publicObjectives)}</td>
                  <td class="col-detail">{number(line.secretObjective)}</td>
                  <td class="col-detail">{number(line.outcome)}</td>
                  <td>
                    <strong>{number(line.total)}</strong>
                    <span class="col-breakdown small muted">
                      {t('end.scores.breakdown', { indicators: number(line.indicators), pub: number(line.publicObjectives), secret: number(line.secretObjective), outcome: number(line.outcome) })}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
