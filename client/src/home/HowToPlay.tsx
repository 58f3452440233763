// The rules in five lines, for a newcomer who reads nothing else.
import { t } from '../i18n/index.ts';

const STEPS = ['premise', 'roles', 'week', 'talk', 'end'] as const;

export function HowToPlay() {
  return (
    <section class="card how-to" aria-labelledby="how-title">
      <h2 id="how-title">{t('home.how.title')}</h2>
      <ol>
        {STEPS.map((s) => (
          <li key={s}>{t(`home.how.${s}`)}</li>
        ))}
      </ol>
    </section>
  );
}
