// Formal proposals to or from the role: what each side would do, and accept, decline or withdraw.
import type { Role } from '../../../shared/index.ts';
import type { Proposal } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { orderLabel, roleName } from '../ui/words.ts';

export function ProposalList({ proposals, role, planning }: { proposals: Proposal[]; role?: Role; planning: boolean }) {
  if (!proposals.length) return <p class="muted small">{t('deal.none')}</p>;
  const sorted = [...proposals].sort((a, b) => (a.status === 'pending' ? 0 : 1) - (b.status === 'pending' ? 0 : 1) || b.id - a.id);
  return (
    <ol class="proposal-list" data-testid="proposals">
      {sorted.map((p) => (
        <li key={p.id} class={`proposal proposal-${p.status}`} data-proposal={p.id} data-status={p.status}>
          <div class="proposal-head">
            <span class="proposal-id">{t('deal.number', { id: p.id })}</span>
            <RoleBadge role={p.from} />
            <span class="reading-arrow" aria-hidden="true">→</span>
            <span class="visually-hidden">{t('deal.to')}</span>
            <RoleBadge role={p.to} />
            <span class={`tag status-${p.status}`}>{t(`deal.status.${p.status}`)}</span>
          </div>
          <div class="proposal-body">
            <div>
              <p class="small-title">{t('deal.sideWill', { role: roleName(p.from) })}</p>
              {p.give.length ? (
                <ul>
                  {p.give.map((o, i) => (
                    <li key={i}>{orderLabel(o)}</li>
                  ))}
                </ul>
              ) : (
                <p class="muted small">{t('deal.nothing')}</p>
              )}
            </div>
            <div>
              <p class="small-title">{t('deal.sideWill', { role: roleName(p.to) })}</p>
              {p.get.length ? (
                <ul>
                  {p.get.map((o, i) => (
                    <li key={i}>{orderLabel(o)}</li>
                  ))}
                </ul>
              ) : (
                <p class="muted small">{t('deal.nothing')}</p>
              )}
            </div>
          </div>
          {p.note ? <blockquote class="proposal-note">{p.note}</blockquote> : null}
          <p class="muted small">{t('deal.by', { who: p.proposedBy.nickname, turn: p.turn })}</p>
          {p.status === 'pending' && planning && role === p.to ? (
            <div class="button-row">
              <button type="button" class="btn btn-small btn-primary" onClick={() => link.send('proposal.accept', { id: p.id })} data-testid={`accept-${p.id}`}>
                {t('deal.accept')}
              </button>
              <button type="button" class="btn btn-small" onClick={() => link.send('proposal.decline', { id: p.id })} data-testid={`decline-${p.id}`}>
                {t('deal.decline')}
              </button>
            </div>
          ) : null}
          {p.status === 'pending' && planning && role === p.from ? (
            <button type="button" class="btn btn-small btn-quiet" onClick={() => link.send('proposal.withdraw', { id: p.id })}>
              {t('deal.withdraw')}
            </button>
          ) : null}
          {p.status === 'accepted' ? <p class="small">{t('deal.acceptedNote')}</p> : null}
        </li>
      ))}
    </ol>
  );
}
