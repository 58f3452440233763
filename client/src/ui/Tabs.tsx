// Keyboard-usable tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabItem {
  id: string;
  label: string;
  /** A small count shown after the label (unread messages, pending proposals). */
  badge?: number;
  badgeLabel?: string;
}

export function Tabs({ items, current, onSelect, label, idPrefix, class: cls }: { items: TabItem[]; current: string; onSelect: (id: string) => void; label: string; idPrefix: string; class?: string }) {
  const list = useRef<HTMLDivElement>(null);
  const focusTab = (i: number) => {
    const n = items.length;
    const next = items[(i + n) % n];
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#${idPrefix}-tab-${next.id.replace(/[^\w-]/g, '_')}`)?.focus();
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const rtl = document.documentElement.dir === 'rtl';
    if (e.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) focusTab(i + 1);
    else if (e.key === (rtl ? 'ArrowRight' : 'ArrowLeft')) focusTab(i - 1);
    else if (e.key === 'Home') focusTab(0);
    else if (e.key === 'End') focusTab(items.length - 1);
    else return;
    e.preventDefault();
  };
  return (
    <div class={`tabs ${cls ?? ''}`} role="tablist" aria-label={label} ref={list}>
      {items.map((item, i) => {
        const safe = item.id.replace(/[^\w-]/g, '_');
        const selected = item.id === current;
        return (
          <button
            key={item.id}
            id={`${idPrefix}-tab-${safe}`}
            type="button"
            role="tab"
            class="tab"
            aria-selected={selected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(item.id)}
            onKeyDown={(e) => onKey(e, i)}
            data-tab={item.id}
          >
            {item.label}
            {item.badge ? (
              <span class="tab-badge" aria-label={item.badgeLabel}>
                {item.badge}
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({ idPrefix, current, children, class: cls }: { idPrefix: string; current: string; children: ComponentChildren; class?: string }) {
  return (
    <div id={`${idPrefix}-panel`} role="tabpanel" class={cls} aria-labelledby={`${idPrefix}-tab-${current.replace(/[^\w-]/g, '_')}`} tabIndex={0}>
      {children}
    </div>
  );
}
