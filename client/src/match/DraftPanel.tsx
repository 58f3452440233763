// The team's shared draft: the action-point budget and the orders so far.
import type { ComponentChildren } from 'preact';
import type { Draft } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { orderLabel } from '../ui/words.ts';

export function ApMeter({ spent, budget }: { spent: number; budget: number }) {
  return (
    <span class="ap-meter" role="img" aria-label={t('draft.apLabel', { spent, budget })} data-testid="ap">
      {Array.from({ length: budget }, (_, i) => (
        <span key={i} class={`ap-dot${i < spent ? ' ap-used' : ''}`} aria-hidden="true" />
      ))}
      <span class="ap-text" aria-hidden="true">
        {t('draft.ap', { spent, budget })}
      </span>
    </span>
  );
}

export function DraftPanel({ draft, budget, week, planning, children }: { draft?: Draft; budget: number; week: number; planning: boolean; children?: ComponentChildren }) {
  const entries = draft?.entries ?? [];
  const spent = draft?.spent ?? 0;
  return (
    <section class="draft-panel" aria-labelledby="draft-title" data-testid="draft">
      <div class="draft-head">
        <h2 id="draft-title">{planning ? t('draft.title', { turn: week }) : t('draft.titleNext', { turn: week })}</h2>
        <ApMeter spent={spent} budget={budget} />
      </div>
      {entries.length ? (
        <ol class="draft-list" data-testid="draft-list">
          {entries.map((e, i) => {
            const label = orderLabel(e.order);
            return (
              <li key={`${e.order.action}-${e.order.target ?? ''}-${e.order.option ?? ''}-${i}`} class="draft-item">
                <span class="draft-order">{label}</span>
                {e.proposal !== undefined ? <span class="tag">{t('draft.fromProposal', { id: e.proposal })}</span> : null}
                <button type="button" class="btn btn-tiny btn-quiet" disabled={!planning} aria-label={t('draft.removeLabel', { order: label })} onClick={() => link.send('draft.remove', { order: e.order })}>
                  {t('draft.remove')}
                </button>
              </li>
            );
          })}
        </ol>
      ) : (
        <p class="muted small" data-testid="draft-empty">
          {t('draft.empty')}
        </p>
      )}
      {draft?.editedBy ? <p class="muted small">{t('draft.editedBy', { who: draft.editedBy })}</p> : null}
      {children}
    </section>
  );
}
