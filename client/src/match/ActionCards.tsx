// The role's action cards from the engine's menu, grouped by kind. Cards the rules close
// this week (whatever the draft) are folded away with the reason; the rest can be added.
import { useMemo } from 'preact/hooks';
import type { MenuEntry, Order, PublicState, Role } from '../../../shared/index.ts';
import { actionMenu } from '../../../shared/index.ts';
import { say, t, te } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { actionDef } from '../ui/actionDef.ts';
import { actionName } from '../ui/words.ts';
import { ActionCard } from './ActionCard.tsx';

const CATEGORIES = ['diplomatic', 'economic', 'security', 'mediation'] as const;

export function ActionCards({ state, role, drafted, planning }: { state: PublicState; role: Role; drafted: Order[]; planning: boolean }) {
  const menu = useMemo(() => actionMenu(state, role, drafted), [state, role, drafted]);
  // Whether an action is open at all this week, the draft aside.
  const open = useMemo(() => {
    const base = actionMenu(state, role, []);
    return new Map(base.map((e) => [e.action, e]));
  }, [state, role]);
  const isOpen = (e: MenuEntry) => open.get(e.action)?.choices.some((c) => c.verdict.ok) ?? false;
  const add = (order: Order) => link.send('draft.add', { order });
  const closed = menu.filter((e) => !isOpen(e));
  const closedReason = planning ? undefined : t('orders.notPlanning');
  return (
    <div class="action-cards" data-testid="action-cards">
      {CATEGORIES.map((cat) => {
        const cards = menu.filter((e) => actionDef(e.action)?.category === cat && isOpen(e));
        if (!cards.length) return null;
        return (
          <section key={cat} class="card-group" aria-labelledby={`cat-${cat}`}>
            <h3 id={`cat-${cat}`} class={`cat-title cat-${cat}`}>
              {te(`category.${cat}`)}
            </h3>
            <div class="card-list">
              {cards.map((e) => (
                <ActionCard key={e.action} entry={e} role={role} canAdd={planning} closedReason={closedReason} onAdd={add} />
              ))}
            </div>
          </section>
        );
      })}
      {closed.length ? (
        <details class="closed-actions">
          <summary>{t('orders.closed', { count: closed.length })}</summary>
          <ul>
            {closed.map((e) => {
              const first = open.get(e.action)?.choices.find((c) => !c.verdict.ok);
              return (
                <li key={e.action}>
                  <strong>{actionName(e.action)}</strong>
                  {first && !first.verdict.ok ? <span class="muted"> {say(first.verdict.reason)}</span> : null}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
