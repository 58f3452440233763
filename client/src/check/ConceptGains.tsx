// The class's results per concept: share of right answers before and after, and the gain.
// The same table in the teacher's console (live) and in the debrief.
import type { CheckTally } from '../../../shared/check/index.ts';
import { t, te } from '../i18n/index.ts';
import { percent, points } from './percent.ts';
import { ScrollRegion } from '../ui/ScrollRegion.tsx';

export function ConceptGains({ tally, testid }: { tally: CheckTally; testid: string }) {
  return (
    <ScrollRegion label={t('check.concept')}>
      <table class="check-table" data-testid={testid}>
        <thead>
          <tr>
            <th scope="col">{t('check.concept')}</th>
            <th scope="col">{t('check.before')}</th>
            <th scope="col">{t('check.after')}</th>
            <th scope="col">{t('check.gain')}</th>
          </tr>
        </thead>
        <tbody>
          {tally.concepts.map((c) => (
            <tr key={c.concept} data-concept={c.concept}>
              <th scope="row">{te(`check.concept.${c.concept}`)}</th>
              <td>{percent(c.before)}</td>
              <td>{percent(c.after)}</td>
              <td data-testid={`gain-${c.concept}`}>{points(c.gain)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
