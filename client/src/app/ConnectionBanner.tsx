// The connection's state when it is not simply open: reconnecting, lost, taken over, removed.
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { useStore } from '../state/store.ts';

export function ConnectionBanner() {
  const connection = useStore((s) => s.connection);
  const ended = useStore((s) => s.synced?.phase === 'ended');
  if (connection === 'reconnecting') {
    return (
      <div class="conn-banner" role="status" data-testid="reconnecting">
        {t('conn.reconnecting')}
      </div>
    );
  }
  // After the end the page keeps everything it needs; the room may close quietly.
  if (ended && connection === 'lost') return null;
  if (connection === 'lost' || connection === 'replaced' || connection === 'kicked') {
    return (
      <div class="conn-overlay" role="alertdialog" aria-modal="true" aria-labelledby="conn-title">
        <div class="card conn-card">
          <h2 id="conn-title">{t(`conn.${connection}.title`)}</h2>
          <p>{t(`conn.${connection}.body`)}</p>
          <div class="button-row">
            {connection !== 'kicked' ? (
              <button type="button" class="btn btn-primary" onClick={() => void link.retry()} autoFocus>
                {connection === 'replaced' ? t('conn.useHere') : t('conn.retry')}
              </button>
            ) : null}
            <button type="button" class="btn" onClick={() => void link.leave()}>
              {t('end.home')}
            </button>
          </div>
        </div>
      </div>
    );
  }
  return null;
}
