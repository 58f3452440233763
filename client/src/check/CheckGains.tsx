// The debrief's "what the class learned": the knowledge check per concept (before, after,
// gain) and per question, with the fact each question rests on. No names: the class only.
import '../styles/check.css';
import type { CheckTally } from '../../../shared/check/index.ts';
import { number, t, te } from '../i18n/index.ts';
import { ReportSection } from '../debrief/ReportSection.tsx';
import { ConceptGains } from './ConceptGains.tsx';
import { percent } from './percent.ts';
import { ScrollRegion } from '../ui/ScrollRegion.tsx';

export function CheckGains({ tally }: { tally: CheckTally }) {
  return (
    <ReportSection id="checks" title={t('check.debrief.title')} lead={t('check.debrief.lead', { before: number(tally.took.before), after: number(tally.took.after) })}>
      <ConceptGains tally={tally} testid="debrief-concepts" />
      <h3 class="small-title">{t('check.debrief.perQuestion')}</h3>
      <ScrollRegion label={t('check.debrief.perQuestion')}>
        <table class="check-table" data-testid="debrief-questions">
          <thead>
            <tr>
              <th scope="col">{t('check.debrief.question')}</th>
              <th scope="col">{t('check.concept')}</th>
              <th scope="col">{t('check.debrief.stage')}</th>
              <th scope="col">{t('check.debrief.right')}</th>
            </tr>
          </thead>
          <tbody>
            {tally.questions.map((q) => (
              <tr key={q.question} data-question={q.question}>
                <th scope="row">
                  {te(`check.q.${q.question}.question`)}
                  <span class="check-fact small muted">{te(`check.q.${q.question}.fact`)}</span>
                </th>
                <td>{te(`check.concept.${q.concept}`)}</td>
                <td>{t(`check.${q.stage}`)}</td>
                <td>
                  {percent(q.answered ? q.correct / q.answered : undefined)}
                  <span class="small muted"> {t('check.debrief.of', { n: number(q.answered) })}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </ReportSection>
  );
}
