// A record page (debrief, replay) while its record loads, or why it could not be read;
// once it is there, the page's own content.
import type { ComponentChildren } from 'preact';
import { t } from '../i18n/index.ts';
import type { Loaded } from '../replay/records.ts';

export type LoadedRecord = Extract<Loaded, { ok: true }>;

export function RecordGate({ loaded, children }: { loaded: Loaded | null; children: (record: LoadedRecord) => ComponentChildren }) {
  if (loaded === null) {
    return (
      <p role="status" class="big-status">
        {t('records.loadingOne')}
      </p>
    );
  }
  if (!loaded.ok) {
    return (
      <p role="alert" class="card">
        {t(loaded.why)}
      </p>
    );
  }
  return <>{children(loaded)}</>;
}
