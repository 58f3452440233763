// Deleting the match's record, for the browser that holds the teacher's (creator's) token:
// asked first in a dialog, then the server's answer in words.
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { ConfirmDialog } from '../classroom/ConfirmDialog.tsx';
import type { DeleteFailure } from '../replay/records.ts';
import { deleteRecord } from '../replay/records.ts';
import { forgetClass } from '../classroom/teacherKeys.ts';

const failureText = (f: DeleteFailure): string => (f.why === 'debrief.delete.failed' ? t(f.why, { status: f.status }) : t(f.why));

export function DeleteRecord({ matchId, code, token, onDeleted }: { matchId: string; code: string; token: string; onDeleted: () => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<DeleteFailure | null>(null);
  const go = async () => {
    setAsking(false);
    setBusy(true);
    setFailure(null);
    const f = await deleteRecord(matchId, token);
    setBusy(false);
    if (f) return setFailure(f);
    // The home page's list of this browser's sessions would lead to a record that is gone.
    forgetClass(matchId);
    onDeleted();
  };
  return (
    <div class="delete-record no-print">
      <button type="button" class="btn btn-danger" disabled={busy} aria-describedby="delete-hint" onClick={() => setAsking(true)} data-testid="delete-record">
        {busy ? t('debrief.delete.busy') : t('debrief.delete.button')}
      </button>
      <span id="delete-hint" class="muted small">
        {t('debrief.delete.hint')}
      </span>
      {failure ? (
        <p class="field-error delete-error" role="alert" data-testid="delete-error">
          {failureText(failure)}
        </p>
      ) : null}
      {asking ? <ConfirmDialog question={t('debrief.delete.question', { code })} yes={t('debrief.delete.yes')} onYes={() => void go()} onNo={() => setAsking(false)} /> : null}
    </div>
  );
}
