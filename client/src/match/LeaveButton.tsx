// Leaving a match in progress gives the seat up (a bot may take the role): asked once more.
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';

export function LeaveButton({ confirm }: { confirm: boolean }) {
  const [asking, setAsking] = useState(false);
  if (asking) {
    return (
      <span class="confirm" role="group" aria-label={t('match.leave.ask')}>
        <span>{t('match.leave.ask')}</span>
        <button type="button" class="btn btn-small btn-danger" onClick={() => void link.leave()} data-testid="leave-confirm">
          {t('match.leave.yes')}
        </button>
        <button type="button" class="btn btn-small btn-on-dark" onClick={() => setAsking(false)} autoFocus>
          {t('match.leave.stay')}
        </button>
      </span>
    );
  }
  return (
    <button type="button" class="btn btn-small btn-on-dark" onClick={() => (confirm ? setAsking(true) : void link.leave())} data-testid="leave">
      {t('common.leave')}
    </button>
  );
}
