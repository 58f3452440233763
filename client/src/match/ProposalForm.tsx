// Draft a formal proposal: to whom, what we will do, what we ask of them, and a note.
import { useMemo, useState } from 'preact/hooks';
import type { Order, PublicState, Role } from '../../../shared/index.ts';
import { legalActions } from '../../../shared/index.ts';
import { LIMITS } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { orderLabel, roleName } from '../ui/words.ts';

const key = (o: Order) => `${o.action}|${o.target ?? ''}|${o.option ?? ''}`;

function OrderPicker({ id, label, role, state, list, setList }: { id: string; label: string; role: Role; state: PublicState; list: Order[]; setList: (l: Order[]) => void }) {
  const choices = useMemo(() => legalActions(state, role, list).map((o) => ({ o, label: orderLabel(o) })).sort((a, b) => a.label.localeCompare(b.label)), [state, role, list]);
  const [pick, setPick] = useState('');
  const chosen = choices.find((c) => key(c.o) === pick) ?? choices[0];
  return (
    <fieldset class="order-picker">
      <legend>{label}</legend>
      {list.length ? (
        <ul class="picked">
          {list.map((o, i) => (
            <li key={key(o)}>
              {orderLabel(o)}
              <button type="button" class="btn btn-tiny btn-quiet" aria-label={t('draft.removeLabel', { order: orderLabel(o) })} onClick={() => setList(list.filter((_, j) => j !== i))}>
                {t('draft.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {choices.length ? (
        <div class="picker-row">
          <label class="visually-hidden" for={`${id}-select`}>
            {label}
          </label>
          <select id={`${id}-select`} value={chosen ? key(chosen.o) : ''} onChange={(e) => setPick((e.target as HTMLSelectElement).value)} data-testid={`${id}-select`}>
            {choices.map((c) => (
              <option key={key(c.o)} value={key(c.o)}>
                {c.label}
              </option>
            ))}
          </select>
          <button type="button" class="btn btn-small" onClick={() => chosen && setList([...list, chosen.o])} data-testid={`${id}-add`}>
            {t('deal.addOrder')}
          </button>
        </div>
      ) : (
        <p class="muted small">{t('deal.noMoreOrders')}</p>
      )}
    </fieldset>
  );
}

export function ProposalForm({ state, role, others, initialTo, onDone }: { state: PublicState; role: Role; others: Role[]; initialTo?: Role; onDone: () => void }) {
  const [to, setTo] = useState<Role>(initialTo && others.includes(initialTo) ? initialTo : others[0]);
  const [give, setGive] = useState<Order[]>([]);
  const [get, setGet] = useState<Order[]>([]);
  const [note, setNote] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (!give.length && !get.length) return;
    link.send('proposal.make', { to, give, get, ...(note.trim() ? { note: note.trim() } : {}) });
    onDone();
  };
  return (
    <form class="proposal-form" onSubmit={submit} data-testid="proposal-form">
      <label class="field">
        <span>{t('deal.form.to')}</span>
        <select
          value={to}
          onChange={(e) => {
            setTo((e.target as HTMLSelectElement).value as Role);
            setGet([]);
          }}
          data-testid="deal-to"
        >
          {others.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
      </label>
      <OrderPicker id="deal-give" label={t('deal.form.give', { role: roleName(role) })} role={role} state={state} list={give} setList={setGive} />
      <OrderPicker id="deal-get" label={t('deal.form.get', { role: roleName(to) })} role={to} state={state} list={get} setList={setGet} />
      <label class="field">
        <span>{t('deal.form.note')}</span>
        <textarea rows={2} maxLength={LIMITS.proposalNoteChars} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} data-testid="deal-note" />
      </label>
      <div class="button-row">
        <button type="submit" class="btn btn-primary btn-small" disabled={!give.length && !get.length} data-testid="deal-send">
          {t('deal.form.send')}
        </button>
        <button type="button" class="btn btn-small btn-quiet" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {!give.length && !get.length ? <p class="muted small">{t('deal.form.needOne')}</p> : null}
    </form>
  );
}
