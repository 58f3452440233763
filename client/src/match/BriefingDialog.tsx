// The role briefing: who you are, your red lines as your government states them, what you
// want, each part with its sources; then "Why these numbers?", every difference between the
// roles with the fact behind it (yours first). A modal dialog: the page behind is inert, the
// keyboard stays inside, Escape closes it. Spectators read every role's briefing, one tab each.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Role } from '../../../shared/index.ts';
import { ASYMMETRIES } from '../../../shared/scenario/asymmetries.ts';
import { BRIEFINGS, BRIEFING_PARTS, briefingPartTitle } from '../../../shared/scenario/briefings.ts';
import { t, te } from '../i18n/index.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { SourceLinks } from '../ui/SourceLinks.tsx';
import { TabPanel, Tabs } from '../ui/Tabs.tsx';
import { roleName } from '../ui/words.ts';

function RoleBriefing({ role }: { role: Role }) {
  const briefing = BRIEFINGS[role];
  return (
    <div class="briefing-parts" data-role={role} data-testid={`briefing-role-${role}`}>
      {BRIEFING_PARTS.map((part) => (
        <section key={part} class="briefing-part" aria-labelledby={`briefing-${role}-${part}`} data-part={part}>
          <h3 id={`briefing-${role}-${part}`}>{te(briefingPartTitle(part))}</h3>
          <p>{te(briefing[part].text)}</p>
          <SourceLinks ids={briefing[part].sources} />
        </section>
      ))}
    </div>
  );
}

function WhyTheseNumbers({ role, spectator }: { role: Role; spectator: boolean }) {
  // The differences that concern the role come first; otherwise the list keeps its order.
  const list = [...ASYMMETRIES].sort((a, b) => Number(b.roles.includes(role as never)) - Number(a.roles.includes(role as never)));
  return (
    <section class="briefing-why" aria-labelledby="briefing-why-title" data-testid="briefing-why">
      <h3 id="briefing-why-title">{t('briefing.why.title')}</h3>
      <p class="muted">{spectator ? t('briefing.why.introSpectator') : t('briefing.why.intro')}</p>
      {list.length ? (
        <ul class="why-list">
          {list.map((a) => (
            <li key={a.id} class="why-item" data-asymmetry={a.id} data-mine={a.roles.includes(role as never) ? 'true' : 'false'}>
              <p class="why-text">{te(a.text)}</p>
              <p class="why-roles">
                <span class="source-links-label">{t('briefing.why.concerns')}</span>{' '}
                {a.roles.map((r) => (
                  <RoleBadge key={r} role={r} />
                ))}
              </p>
              <SourceLinks ids={a.sources} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('briefing.why.none')}</p>
      )}
    </section>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Escape belongs to the dialog (it must not also skip a playback behind it), and Tab goes round
 * inside it: from the last control back to the first, and the other way with Shift+Tab.
 */
function onKey(e: KeyboardEvent): void {
  if (e.key === 'Escape') {
    e.stopPropagation();
    return;
  }
  if (e.key !== 'Tab') return;
  const dialog = e.currentTarget as HTMLElement;
  const all = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => x.offsetParent !== null || x === document.activeElement);
  if (!all.length) return;
  const first = all[0];
  const last = all[all.length - 1];
  const at = document.activeElement as HTMLElement | null;
  const inside = !!at && dialog.contains(at) && all.includes(at);
  if (e.shiftKey && (!inside || at === first)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (!inside ? false : at === last)) {
    e.preventDefault();
    first.focus();
  }
}

/** `role`: the player's own role; without it (a spectator), every role in `roles` has a tab. */
export function BriefingDialog({ role, roles, onClose }: { role?: Role; roles: Role[]; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<Role>(role ?? roles[0] ?? 'algeria');
  useEffect(() => {
    const d = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
      if (before && before !== document.body && before.isConnected) before.focus();
    };
  }, []);
  const spectator = !role;
  const shown = role ?? tab;
  const tabs = roles.map((r) => ({ id: r, label: roleName(r) }));
  return (
    <dialog
      ref={ref}
      class={`briefing-dialog briefing-${shown}`}
      aria-labelledby={role ? 'briefing-title briefing-role' : 'briefing-title'}
      aria-describedby="briefing-intro"
      onCancel={(e) => (e.preventDefault(), onClose())}
      onKeyDown={onKey}
      data-testid="briefing"
    >
      <header class="briefing-head">
        <h2 id="briefing-title" tabIndex={-1} autoFocus>
          {spectator ? t('briefing.titleSpectator') : t('briefing.title')}
        </h2>
        {role ? (
          <span id="briefing-role">
            <RoleBadge role={role} full />
          </span>
        ) : null}
        <span class="bar-spacer" />
        <button type="button" class="btn btn-small" onClick={onClose} data-testid="briefing-close">
          {t('briefing.close')}
        </button>
      </header>
      <div class="briefing-body">
        <p id="briefing-intro" class="briefing-intro">
          {spectator ? t('briefing.introSpectator') : t('briefing.intro')}
        </p>
        {spectator ? (
          <>
            <Tabs items={tabs} current={shown} onSelect={(id) => setTab(id as Role)} label={t('briefing.roles')} idPrefix="briefing" class="briefing-tabs" />
            <TabPanel idPrefix="briefing" current={shown} class="briefing-panel">
              <RoleBriefing role={shown} />
            </TabPanel>
          </>
        ) : (
          <RoleBriefing role={shown} />
        )}
        <WhyTheseNumbers role={shown} spectator={spectator} />
      </div>
      <footer class="briefing-foot">
        <button type="button" class="btn btn-primary" onClick={onClose} data-testid="briefing-done">
          {t('briefing.done')}
        </button>
      </footer>
    </dialog>
  );
}
