// Opened from an invite link: join match XXXXX as a player, or watch it.
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { setAddressCode } from '../net/endpoint.ts';
import { store } from '../state/store.ts';

export function InvitePrompt({ code, nickname, busy }: { code: string; nickname: string; busy: boolean }) {
  const nick = nickname.trim() ? { nickname: nickname.trim() } : {};
  const dismiss = () => {
    store.set({ invite: undefined });
    setAddressCode(undefined);
  };
  return (
    <section class="card invite-card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('home.invite.title', { code })}</h2>
      <p>{t('home.invite.lead')}</p>
      <div class="button-row">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void link.join(code, { ...nick })} data-testid="invite-join">
          {t('home.invite.join')}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => void link.join(code, { spectate: true, ...nick })} data-testid="invite-watch">
          {t('home.invite.watch')}
        </button>
        <button type="button" class="btn btn-quiet" onClick={dismiss}>
          {t('common.notNow')}
        </button>
      </div>
    </section>
  );
}
