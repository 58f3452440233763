// Said plainly to spectators: what they see is what everyone may see.
import { t } from '../i18n/index.ts';

export function SpectatorBanner({ short }: { short?: boolean }) {
  return (
    <div class="spectator-banner" role="note" data-testid="spectator-banner">
      <strong>{t('spectator.title')}</strong> <span>{short ? t('spectator.short') : t('spectator.body')}</span>
    </div>
  );
}
