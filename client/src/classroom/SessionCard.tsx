// The session's front page, on the teacher's screen: the code, the QR code and the join
// address large enough for the projector, the private console link and the projector link.
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { useInviteLink } from '../net/inviteOrigin.ts';
import { InviteOriginNote } from '../ui/InviteOriginNote.tsx';
import { fullLink, projectorPath, teachPath } from './address.ts';
import { JoinQr } from '../ui/JoinQr.tsx';
import { useCopy } from '../ui/useCopy.ts';

export function SessionCard({ code, token, students }: { code: string; token: string; students: number }) {
  const [shown, setShown] = useState(false);
  const secret = fullLink(teachPath(code, token));
  const invite = useInviteLink(code);
  const { copied, copy } = useCopy();
  const copyLink = async () => {
    // No clipboard (insecure page): show the link to select instead.
    if (!(await copy(secret))) setShown(true);
  };
  return (
    <section class="card session-card" aria-labelledby="session-title" data-testid="session-card">
      <h2 id="session-title">{t('classroom.session.title')}</h2>
      <div class="session-join">
        <div class="session-words">
          <p class="session-step">{t('classroom.session.step')}</p>
          <p class="session-url" data-testid="join-url">
            {invite.url}
          </p>
          <InviteOriginNote origin={invite.origin} />
          <p class="session-code-label">{t('classroom.session.codeLabel')}</p>
          <p class="session-code" data-testid="room-code" aria-label={t('lobby.invite.codeSpelled', { code: code.split('').join(' ') })}>
            {code}
          </p>
          <p class="muted" role="status">
            {t('classroom.session.joined', { count: students })}
          </p>
        </div>
        <JoinQr code={code} size={220} alt={t('classroom.qrAlt', { code })} />
      </div>
      <div class="session-links">
        <a class="btn btn-primary" href={projectorPath(code)} target="_blank" rel="noopener" data-testid="open-projector">
          {t('classroom.session.openProjector')}
        </a>
        <div class="secret-link">
          <p class="secret-link-title">
            <strong>{t('classroom.session.consoleLink')}</strong>
          </p>
          <p class="muted small">{t('classroom.session.consoleHint')}</p>
          <div class="button-row">
            <a href={teachPath(code, token)} class="secret-link-anchor" data-testid="console-link">
              {shown ? secret : t('classroom.session.consoleMasked', { code })}
            </a>
            <button type="button" class="btn btn-small" onClick={() => setShown(!shown)} aria-pressed={shown}>
              {shown ? t('classroom.session.hide') : t('classroom.session.show')}
            </button>
            <button type="button" class="btn btn-small" onClick={() => void copyLink()}>
              {copied ? t('classroom.session.copied') : t('classroom.session.copy')}
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
