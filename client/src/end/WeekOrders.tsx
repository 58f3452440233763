// What each role ordered in one week, all revealed: the end screen's timeline and the
// debrief show it alike; the debrief adds a note to each order that was not carried out.
import type { Order, Role } from '../../../shared/index.ts';
import { t } from '../i18n/index.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { orderLabel } from '../ui/words.ts';

/** Why an order was not carried out, or null when it was. */
export type OrderNote = (role: Role, order: Order) => string | null;

export function WeekOrders({ roles, orders, bots, note }: { roles: Role[]; orders: Partial<Record<Role, Order[]>>; bots: Role[]; note?: OrderNote }) {
  return (
    <div class="week-orders">
      {roles.map((r) => {
        const list = orders[r] ?? [];
        return (
          <div key={r} class="role-orders">
            <RoleBadge role={r} suffix={bots.includes(r) ? t('end.timeline.bot') : undefined} />
            {list.length ? (
              <ul>
                {list.map((o, i) => {
                  const why = note?.(r, o) ?? null;
                  return (
                    <li key={i} class={why ? 'order-not-done' : undefined}>
                      {orderLabel(o)}
                      {why ? <span class="muted small"> · {why}</span> : null}
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p class="muted small">{t('end.timeline.noOrders')}</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
