// What the role is playing for: its secret card (only it sees it) and its public objectives.
import type { PublicState, Role } from '../../../shared/index.ts';
import { publicObjectives } from '../../../shared/index.ts';
import { t, te } from '../i18n/index.ts';

export function ObjectiveCard({ state, role, secret }: { state: PublicState; role: Role; secret?: string }) {
  const pub = publicObjectives(state, role);
  return (
    <details class="objectives" open>
      <summary>{t('objectives.title')}</summary>
      {secret ? (
        <p class="secret" data-testid="secret-objective">
          <span class="tag tag-secret">{t('objectives.secret')}</span> {te(`objective.${secret}.title`)}
        </p>
      ) : null}
      <ul class="public-objectives">
        {pub.map((o) => (
          <li key={o.id} class={o.met ? 'met' : ''}>
            <span class="met-mark" aria-hidden="true">
              {o.met ? '✓' : '○'}
            </span>
            {te(`publicObjective.${o.id}`)} <span class="muted small">{o.met ? t('objectives.metNow') : t('objectives.notYet')}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
