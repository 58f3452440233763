// The Orders column: the team's draft with the ready button (always in view), then the
// objectives and the action cards, which scroll. On a phone everything scrolls but a bar
// with the budget and the ready button.
import { useMemo } from 'preact/hooks';
import type { PublicState, Role } from '../../../shared/index.ts';
import { mayMarkReady } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import type { AppState } from '../state/store.ts';
import { ActionCards } from './ActionCards.tsx';
import { DraftPanel } from './DraftPanel.tsx';
import { ObjectiveCard } from './ObjectiveCard.tsx';
import { ReadyRoster } from './ReadyRoster.tsx';
import { ReadyBar, ReadyControls } from './ReadyControls.tsx';

export function OrdersPanel({ s, role, state, compact }: { s: AppState; role: Role; state: PublicState; compact?: boolean }) {
  const synced = s.synced!;
  const draft = s.drafts[role];
  const planning = synced.phase === 'planning';
  const current = draft && draft.turn === state.turn ? draft : undefined;
  const drafted = useMemo(() => (current ? current.entries.map((e) => e.order) : []), [current]);
  const seat = synced.seats.find((x) => x.role === role);
  const mayReady = !seat || mayMarkReady(synced.options, seat.captain, s.welcome?.playerId);
  const budget = state.settings.apPerTurn;
  const cards = (
    <>
      <ObjectiveCard state={state} role={role} secret={s.view?.objectives[role]} />
      <h3 class="small-title cards-title">{t('orders.cards')}</h3>
      <ActionCards state={state} role={role} drafted={drafted} planning={planning} />
    </>
  );
  if (compact) {
    return (
      <section class="panel orders-panel orders-compact" aria-label={t('orders.title')} data-testid="orders-panel">
        <div class="panel-scroll">
          <DraftPanel draft={current} budget={budget} week={state.turn} planning={planning}>
            <ReadyRoster seats={synced.seats} planning={planning} />
          </DraftPanel>
          {cards}
        </div>
        <ReadyBar draft={current} budget={budget} planning={planning} mayReady={mayReady} seats={synced.seats} />
      </section>
    );
  }
  return (
    <section class="panel orders-panel" aria-label={t('orders.title')} data-testid="orders-panel">
      <DraftPanel draft={current} budget={budget} week={state.turn} planning={planning}>
        <ReadyControls draft={current} planning={planning} mayReady={mayReady} seats={synced.seats} />
      </DraftPanel>
      <div class="panel-scroll">{cards}</div>
    </section>
  );
}
