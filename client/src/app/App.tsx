// Which screen: home, the lobby of a match, the match itself, or its end.
import { useEffect } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { EndScreen } from '../end/EndScreen.tsx';
import { HomeScreen } from '../home/HomeScreen.tsx';
import { LobbyScreen } from '../lobby/LobbyScreen.tsx';
import { MatchScreen } from '../match/MatchScreen.tsx';
import { codeInAddress } from '../net/endpoint.ts';
import { link } from '../net/matchLink.ts';
import { savedSeat } from '../net/seatTokens.ts';
import { store, useStore } from '../state/store.ts';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { Notices } from './Notices.tsx';

/** On load: a code in the address means "back to my seat" if this browser has one, else an invitation. */
async function boot(): Promise<void> {
  const code = codeInAddress();
  if (!code) return;
  if (savedSeat(code)) {
    store.set({ code });
    if ((await link.resume(code)) === 'ok') return;
    store.set({ code: undefined, joinError: { key: 'error.seatGone', tone: 'error' } });
  }
  store.set({ invite: code });
}

function Screen() {
  const welcome = useStore((s) => s.welcome);
  const phase = useStore((s) => s.synced?.phase);
  const playing = useStore((s) => s.playback !== null);
  const connection = useStore((s) => s.connection);
  const code = useStore((s) => s.code);
  if (!welcome || !phase) {
    if (code && (connection === 'connecting' || connection === 'reconnecting')) {
      return (
        <div class="screen center">
          <p role="status" class="big-status">
            {t('conn.joining', { code })}
          </p>
        </div>
      );
    }
    return <HomeScreen />;
  }
  if (phase === 'lobby') return <LobbyScreen />;
  if (phase === 'ended' && !playing) return <EndScreen />;
  return <MatchScreen />;
}

export function App() {
  useEffect(() => {
    void boot();
  }, []);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('common.skip')}
      </a>
      <Screen />
      <ConnectionBanner />
      <Notices />
    </>
  );
}
