// Every role's indicators as numbers with their change over the last resolved week,
// and the shared ones: tension, narrative, jihadist threat and the bloc's cohesion.
import type { Role, StateView } from '../../../shared/index.ts';
import { INDICATORS } from '../../../shared/index.ts';
import { number, signed, t, te } from '../i18n/index.ts';
import type { Snapshot } from '../state/store.ts';
import { weeksResolved } from '../net/messages.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';

function Delta({ d }: { d?: number }) {
  if (d === undefined || Math.abs(d) < 0.05) return null;
  return (
    <span class={`delta ${d > 0 ? 'delta-up' : 'delta-down'}`}>
      <span aria-hidden="true">{d > 0 ? '▲' : '▼'}</span>
      {signed(Math.round(d * 10) / 10)}
    </span>
  );
}

export function Indicators({ view, roles, snapshots, me }: { view: StateView; roles: Role[]; snapshots: Record<number, Snapshot>; me?: Role }) {
  const k = weeksResolved(view);
  const before = k > 0 ? snapshots[k - 1] : undefined;
  const d = (now: number, then?: number) => (then === undefined ? undefined : now - then);
  const shared: [string, number, number | undefined][] = [
    ['tension', view.tension, before?.tension],
    ['narrative', view.narrative, before?.narrative],
    ['threat', view.threat, before?.threat],
    ['cohesion', view.cohesion, before?.cohesion],
  ];
  return (
    <section class="panel indicators-panel" aria-labelledby="ind-title" data-testid="indicators">
      <h2 id="ind-title" class="panel-title">
        {t('ind.title')}
      </h2>
      <div class="panel-scroll" tabIndex={0} role="region" aria-labelledby="ind-title">
        <table class="ind-table">
          <caption class="visually-hidden">{before ? t('ind.captionChange', { turn: k }) : t('ind.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ind.role')}</th>
              {INDICATORS.map((i) => (
                <th key={i} scope="col">
                  {te(`indicator.${i}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {roles.map((r) => (
              <tr key={r} class={r === me ? 'row-mine' : ''} data-role={r}>
                <th scope="row">
                  <RoleBadge role={r} />
                </th>
                {INDICATORS.map((i) => (
                  <td key={i}>
                    <span class="ind-value">{number(Math.round(view.roles[r][i]))}</span>
                    <Delta d={d(view.roles[r][i], before?.roles[r]?.[i])} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <dl class="shared-ind">
          {shared.map(([key, now, then]) => (
            <div key={key} class="shared-item">
              <dt>{te(`indicator.${key}`)}</dt>
              <dd>
                <span class="ind-value">{key === 'narrative' ? signed(Math.round(now)) : number(Math.round(now))}</span>
                <Delta d={d(now, then)} />
              </dd>
            </div>
          ))}
        </dl>
        {before ? <p class="muted small">{t('ind.changeNote', { turn: k })}</p> : null}
      </div>
    </section>
  );
}
