// The room code, the invite link (with a copy button) and a QR code to scan.
import { t } from '../i18n/index.ts';
import { useInviteLink } from '../net/inviteOrigin.ts';
import { InviteOriginNote } from '../ui/InviteOriginNote.tsx';
import { JoinQr } from '../ui/JoinQr.tsx';
import { useCopy } from '../ui/useCopy.ts';

export function InviteBox({ code }: { code: string }) {
  const { url, origin } = useInviteLink(code);
  const { copied, copy } = useCopy();
  const copyLink = async () => {
    // No clipboard (insecure page): the link is selectable text.
    if (!(await copy(url))) (document.getElementById('invite-link') as HTMLInputElement | null)?.select();
  };
  return (
    <section class="card invite-box" aria-labelledby="invite-box-title">
      <h2 id="invite-box-title">{t('lobby.invite.title')}</h2>
      <div class="invite-body">
        <div class="invite-text">
          <p class="muted">{t('lobby.invite.code')}</p>
          <p class="room-code" data-testid="room-code" aria-label={t('lobby.invite.codeSpelled', { code: code.split('').join(' ') })}>
            {code}
          </p>
          <label class="field">
            <span>{t('lobby.invite.link')}</span>
            <input id="invite-link" type="text" readOnly value={url} onFocus={(e) => (e.target as HTMLInputElement).select()} data-testid="invite-link" />
          </label>
          <InviteOriginNote origin={origin} />
          <button type="button" class="btn btn-small" onClick={() => void copyLink()}>
            {copied ? t('lobby.invite.copied') : t('lobby.invite.copy')}
          </button>
          <span class="visually-hidden" role="status">
            {copied ? t('lobby.invite.copied') : ''}
          </span>
        </div>
        <JoinQr code={code} size={160} alt={t('lobby.invite.qrAlt', { code })} />
      </div>
    </section>
  );
}
