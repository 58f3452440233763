// The exports of a match: CSV (one row per week and role) and JSON (the record), in the
// page's language beside the ids. With the teacher's token the whole record is fetched;
// without it, the public part.
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import type { RecordedMatch } from '../../../shared/protocol/index.ts';
import { recordUrl } from '../replay/records.ts';
import { labelledCsv, labelledJson } from './exportFiles.ts';

type Kind = 'csv' | 'json';

function fileName(r: Response, fallback: string): string {
  const m = /filename="([^"]+)"/.exec(r.headers.get('content-disposition') ?? '');
  return m?.[1] ?? fallback;
}

/** Fetches the record once and saves it as CSV or JSON, in the page's language (exportFiles.ts). */
async function download(matchId: string, kind: Kind, token?: string): Promise<boolean> {
  const r = await fetch(recordUrl(matchId, '/export.json'), token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  if (!r.ok) return false;
  const exported = (await r.json()) as { record: RecordedMatch };
  const text = kind === 'json' ? labelledJson(exported) : labelledCsv(exported.record);
  if (text === undefined) return false;
  const blob = new Blob([text], { type: kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(r, `sahel-standoff-${matchId}.json`).replace(/\.json$/, `.${kind}`);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

export function Exports({ matchId, token }: { matchId: string; token?: string }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const go = async (kind: Kind) => {
    setState('busy');
    try {
      setState((await download(matchId, kind, token)) ? 'idle' : 'failed');
    } catch {
      setState('failed');
    }
  };
  return (
    <div class="exports no-print" role="group" aria-label={t('debrief.export.label')}>
      <button type="button" class="btn" disabled={state === 'busy'} onClick={() => void go('csv')} data-testid="export-csv">
        {t('debrief.export.csv')}
      </button>
      <button type="button" class="btn" disabled={state === 'busy'} onClick={() => void go('json')} data-testid="export-json">
        {t('debrief.export.json')}
      </button>
      <span class="muted small">{token ? t('debrief.export.full') : t('debrief.export.public')}</span>
      {state === 'failed' ? (
        <span class="field-error" role="alert">
          {t('debrief.export.failed')}
        </span>
      ) : null}
    </div>
  );
}
