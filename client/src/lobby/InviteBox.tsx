// The room code, the invite link (with a copy button) and a QR code to scan.
import QRCode from 'qrcode';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { useInviteLink } from '../net/inviteOrigin.ts';
import { InviteOriginNote } from '../ui/InviteOriginNote.tsx';

export function InviteBox({ code }: { code: string }) {
  const { url, origin } = useInviteLink(code);
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { margin: 1, width: 240, color: { dark: '#1d2a33', light: '#ffffff' } })
      .then((d) => live && setQr(d))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [url]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      // No clipboard (insecure page): the link is selectable text.
      const el = document.getElementById('invite-link') as HTMLInputElement | null;
      el?.select();
    }
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
          <button type="button" class="btn btn-small" onClick={() => void copy()}>
            {copied ? t('lobby.invite.copied') : t('lobby.invite.copy')}
          </button>
          <span class="visually-hidden" role="status">
            {copied ? t('lobby.invite.copied') : ''}
          </span>
        </div>
        {qr ? <img class="qr" src={qr} width={160} height={160} alt={t('lobby.invite.qrAlt', { code })} /> : null}
      </div>
    </section>
  );
}
