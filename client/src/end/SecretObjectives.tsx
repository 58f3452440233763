// Every role's secret objective, revealed: the card, whether it was met, and how it stood.
import type { GameState, Outcome, Role } from '../../../shared/index.ts';
import { OBJECTIVE_BY_ID } from '../../../shared/index.ts';
import { say, t, te } from '../i18n/index.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';

export function SecretObjectives({ objectives, outcome, state, roles }: { objectives: Partial<Record<Role, string>>; outcome: Outcome; state: GameState; roles: Role[] }) {
  return (
    <section class="card" aria-labelledby="secrets-title">
      <h2 id="secrets-title">{t('end.secrets.title')}</h2>
      <ul class="secrets" data-testid="secrets">
        {roles.map((r) => {
          const id = objectives[r];
          if (!id) return null;
          const card = OBJECTIVE_BY_ID.get(id);
          const met = outcome.scores[r]?.secretMet ?? false;
          const detail = card ? card.check(state).detail : undefined;
          return (
            <li key={r} class={met ? 'met' : 'unmet'} data-role={r}>
              <RoleBadge role={r} />
              <span class="secret-title">{te(`objective.${id}.title`)}</span>
              <span class={`tag ${met ? 'tag-good' : 'tag-warn'}`}>{met ? t('end.secrets.met') : t('end.secrets.unmet')}</span>
              {detail ? <span class="muted small">{say(detail)}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
