// The dark bar over a record's pages (debrief, replay): the way home, the page's title,
// and the page's own buttons. Never printed.
import type { ComponentChildren } from 'preact';
import { t } from '../i18n/index.ts';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';

export function RecordBar({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <header class="bar no-print">
      <a class="brand brand-link" href="/">
        {t('app.title')}
      </a>
      <span class="bar-title">{title}</span>
      <span class="bar-spacer" />
      <LanguagePicker class="on-dark" />
      {children}
    </header>
  );
}
