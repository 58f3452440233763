// Passing messages from the server (errors, pauses, a bot taking over) in a polite live region.
import { t } from '../i18n/index.ts';
import { store, useStore } from '../state/store.ts';
import { NoticeText } from './NoticeText.tsx';

export function Notices() {
  const all = useStore((s) => s.notices);
  const me = useStore((s) => s.welcome?.nickname);
  // "You paused the clock" is no news to the one who did it.
  const notices = all.filter((n) => !(me && n.params?.by === me));
  return (
    <div class="notices" aria-live="polite" aria-relevant="additions" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} class={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <NoticeText notice={n} />
          <button type="button" class="btn btn-tiny btn-quiet" aria-label={t('common.dismiss')} onClick={() => store.dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
