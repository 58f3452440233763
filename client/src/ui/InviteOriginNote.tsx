// Said under an invite link when the page is open as localhost: whether the link was
// changed to this computer's network address, or cannot work for other devices at all.
import { t } from '../i18n/index.ts';
import type { InviteOrigin } from '../net/inviteOrigin.ts';

export function InviteOriginNote({ origin }: { origin: InviteOrigin }) {
  if (origin.kind === 'page') return null;
  const host = location.host;
  return origin.kind === 'network' ? (
    <p class="muted small" data-testid="invite-network-note">
      {t('lobby.invite.networkNote', { host })}
    </p>
  ) : (
    <p class="alert alert-error small" role="note" data-testid="invite-unreachable-note">
      {t('lobby.invite.unreachableNote', { host })}
    </p>
  );
}
