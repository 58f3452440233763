// The teacher's live view of the knowledge check: how many students answered each check,
// the class per concept, and each student's score (the console is the teacher's only).
import '../styles/check.css';
import type { CheckResults as Results } from '../../../shared/protocol/index.ts';
import { number, t } from '../i18n/index.ts';
import { ConceptGains } from './ConceptGains.tsx';
import { ScrollRegion } from '../ui/ScrollRegion.tsx';

const score = (s: { answered: number; correct: number; of: number }) => (s.answered ? t('check.score', { correct: number(s.correct), of: number(s.of) }) : '–');

export function CheckResults({ results }: { results: Results }) {
  const students = results.students;
  return (
    <section class="card check-results" aria-labelledby="check-results-title" data-testid="check-results">
      <h2 id="check-results-title">{t('check.results.title')}</h2>
      <p class="muted small" data-testid="check-took">
        {t('check.results.took', { before: number(results.tally.took.before), after: number(results.tally.took.after), students: number(students.length) })}
      </p>
      <ConceptGains tally={results.tally} testid="console-concepts" />
      {students.length ? (
        <details class="check-students">
          <summary>{t('check.results.students')}</summary>
          <ScrollRegion label={t('check.results.students')}>
            <table class="check-table" data-testid="check-students">
              <thead>
                <tr>
                  <th scope="col">{t('check.results.student')}</th>
                  <th scope="col">{t('check.before')}</th>
                  <th scope="col">{t('check.after')}</th>
                </tr>
              </thead>
              <tbody>
                {students.map((s) => (
                  <tr key={s.playerId} data-player={s.playerId}>
                    <th scope="row">{s.nickname}</th>
                    <td>{score(s.before)}</td>
                    <td>{score(s.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </details>
      ) : null}
    </section>
  );
}
