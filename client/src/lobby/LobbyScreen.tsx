// Waiting for the start: the code to share, who sits where, the options, and the host's Start.
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { isHost, isSpectator, myRole } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { InviteBox } from './InviteBox.tsx';
import { OptionsPanel } from './OptionsPanel.tsx';
import { SeatList } from './SeatList.tsx';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';

export function LobbyScreen() {
  const s = useStore((x) => x);
  const synced = s.synced!;
  const host = isHost(s);
  const solo = s.solo;
  const title = synced.options.title || t('lobby.untitled', { host: synced.hostName });
  return (
    <div class="lobby screen">
      <header class="bar">
        <span class="brand">{t('app.title')}</span>
        <span class="bar-title" data-user-content>{title}</span>
        <span class="bar-spacer" />
        <LanguagePicker class="on-dark" />
        <button type="button" class="btn btn-small btn-on-dark" onClick={() => void link.leave()} data-testid="leave">
          {t('common.leave')}
        </button>
      </header>
      <main id="main" class="lobby-main" tabIndex={-1}>
        <h1 class="visually-hidden">{t('lobby.heading', { code: synced.code })}</h1>
        {solo ? (
          <p class="alert" role="status">
            {t('lobby.soloStarting')}
          </p>
        ) : null}
        <div class="lobby-grid">
          <InviteBox code={synced.code} />
          <SeatList
            seats={synced.seats}
            players={synced.players}
            mine={myRole(s)}
            spectating={isSpectator(s)}
            bots={synced.options.bots}
            spectators={synced.spectatorCount}
            hostId={synced.host}
          />
          <OptionsPanel options={synced.options} host={host} />
          <section class="card start-card" aria-labelledby="start-title">
            <h2 id="start-title">{t('lobby.start.title')}</h2>
            {host ? (
              <>
                <p class="muted">{synced.options.bots ? t('lobby.start.hostBots') : t('lobby.start.hostNoBots')}</p>
                <button type="button" class="btn btn-primary btn-large" onClick={() => link.send('control', { command: 'start' })} data-testid="start-match">
                  {t('lobby.start.go')}
                </button>
              </>
            ) : (
              <p class="muted" role="status">
                {t('lobby.start.waiting', { host: synced.hostName })}
              </p>
            )}
          </section>
        </div>
      </main>
    </div>
  );
}
