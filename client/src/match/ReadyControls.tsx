// The ready button with what it means now, and who else is ready.
import type { Draft } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import type { SeatInfo } from '../state/store.ts';
import { ApMeter } from './DraftPanel.tsx';
import { ReadyRoster } from './ReadyRoster.tsx';

function ReadyButton({ draft, planning, mayReady }: { draft?: Draft; planning: boolean; mayReady: boolean }) {
  const ready = draft?.ready ?? false;
  return (
    <button
      type="button"
      class={`btn ${ready ? 'btn-ready-on' : 'btn-primary'}`}
      aria-pressed={ready}
      disabled={!planning || !mayReady}
      onClick={() => link.send('ready', { ready: !ready })}
      data-testid="ready"
    >
      {ready ? t('draft.readyOn') : t('draft.readyOff')}
    </button>
  );
}

export function ReadyControls({ draft, planning, mayReady, seats }: { draft?: Draft; planning: boolean; mayReady: boolean; seats: SeatInfo[] }) {
  const ready = draft?.ready ?? false;
  return (
    <>
      <div class="ready-row">
        <ReadyButton draft={draft} planning={planning} mayReady={mayReady} />
        <p class="muted small">{!planning ? t('orders.notPlanning') : !mayReady ? t('draft.captainOnly') : ready ? t('draft.readyHintOn') : t('draft.readyHintOff')}</p>
      </div>
      <ReadyRoster seats={seats} planning={planning} />
    </>
  );
}

/** On a phone: the budget and the ready button stay under the thumb while the cards scroll. */
export function ReadyBar({ draft, budget, planning, mayReady, seats }: { draft?: Draft; budget: number; planning: boolean; mayReady: boolean; seats: SeatInfo[] }) {
  const readyCount = seats.filter((s) => s.ready).length;
  return (
    <div class="ready-bar">
      <ApMeter spent={draft?.spent ?? 0} budget={budget} />
      <span class="small muted ready-bar-count">{t('draft.readyCount', { ready: readyCount, total: seats.length })}</span>
      <ReadyButton draft={draft} planning={planning} mayReady={mayReady} />
    </div>
  );
}
