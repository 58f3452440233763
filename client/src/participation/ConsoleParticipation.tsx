// The console's participation card: folded by default (it is long with a full class).
import type { StudentActivity } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { ParticipationTable } from './ParticipationTable.tsx';

export function ConsoleParticipation({ students }: { students: readonly StudentActivity[] }) {
  return (
    <section class="card console-participation" aria-labelledby="participation-title" data-testid="console-participation">
      <details>
        <summary>
          <h2 id="participation-title" class="summary-title">
            {t('participation.title')}
          </h2>
        </summary>
        <ParticipationTable students={students} />
      </details>
    </section>
  );
}
