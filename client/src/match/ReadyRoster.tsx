// Who is ready this week: each role with its label, players and state in words.
import { t } from '../i18n/index.ts';
import type { SeatInfo } from '../state/store.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';

export function ReadyRoster({ seats, planning }: { seats: SeatInfo[]; planning: boolean }) {
  const ready = seats.filter((s) => s.ready).length;
  return (
    <div class="ready-roster" aria-labelledby="ready-title" data-testid="ready-roster">
      <h3 id="ready-title" class="small-title">
        {t('draft.readyCount', { ready, total: seats.length })}
      </h3>
      <ul>
        {seats.map((s) => (
          <li key={s.role} class={s.ready ? 'is-ready' : ''} data-role={s.role} data-ready={String(s.ready)}>
            <RoleBadge role={s.role} />
            <span class="ready-state">
              {s.bot ? t('draft.state.bot') : !planning ? t('draft.state.waiting') : s.ready ? t('draft.state.ready') : s.connected === 0 && s.players > 0 ? t('draft.state.away') : t('draft.state.planning')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
