// Deleting one student's data from the record (their answers, counts, marks, name and
// words), asked twice, with the teacher's token; the page reloads the record after.
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { recordUrl } from '../replay/records.ts';

export function ForgetStudent({ matchId, playerId, nickname, token, onDone }: { matchId: string; playerId: string; nickname: string; token: string; onDone: () => void }) {
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const forget = async () => {
    const r = await fetch(recordUrl(matchId, `/students/${encodeURIComponent(playerId)}`), { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
    if (r?.ok) onDone();
    else setFailed(true);
  };
  return (
    <p class="forget-student no-print">
      {asking ? (
        <>
          <span role="alert">{t('grades.forget.confirm', { name: nickname })}</span>{' '}
          <button type="button" class="btn btn-small btn-danger" onClick={() => void forget()} data-testid={`forget-yes-${nickname}`}>
            {t('grades.forget.yes')}
          </button>{' '}
          <button type="button" class="btn btn-small" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </button>
        </>
      ) : (
        <button type="button" class="btn btn-small" onClick={() => setAsking(true)} data-testid={`forget-${nickname}`}>
          {t('grades.forget.button')}
        </button>
      )}
      {failed ? <span role="alert"> {t('grades.forget.failed')}</span> : null}
    </p>
  );
}
