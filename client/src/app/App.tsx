// Which screen: home, the lobby of a match, the match itself, or its end; and the
// classroom's pages: the teacher's console, the projector, a debrief, a replay.
import { useEffect } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { HomeScreen } from '../home/HomeScreen.tsx';
import { LobbyScreen } from '../lobby/LobbyScreen.tsx';
import { codeInAddress } from '../net/endpoint.ts';
import { link } from '../net/matchLink.ts';
import { savedSeat } from '../net/seatTokens.ts';
import { store, useStore } from '../state/store.ts';
import { classPageInAddress } from '../classroom/address.ts';
import { ClassLobby } from '../classroom/ClassLobby.tsx';
import { followClassroomSeat, openClassPage } from '../classroom/session.ts';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { Notices } from './Notices.tsx';
import { useLanguage } from '../ui/LanguagePicker.tsx';
import { ClassEnd, DebriefPage, EndScreen, MatchScreen, preloadClassPage, preloadFromHome, ProjectorView, ReplayPage, TeacherConsole } from './screens.ts';

/** The classroom page the address named when the page loaded. */
const PAGE = classPageInAddress();

/** On load: a code in the address means "back to my seat" if this browser has one, else an invitation. */
async function boot(): Promise<void> {
  followClassroomSeat();
  if (PAGE?.kind === 'debrief' || PAGE?.kind === 'replay') return;
  preloadClassPage(PAGE);
  if (PAGE) return openClassPage(PAGE);
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
  if (PAGE?.kind === 'debrief') return <DebriefPage matchId={PAGE.matchId} />;
  if (PAGE?.kind === 'replay') return <ReplayPage matchId={PAGE.matchId} />;
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
  if (welcome.seat.kind === 'teacher') return <TeacherConsole />;
  if (welcome.projector) return <ProjectorView />;
  if (phase === 'lobby') return welcome.classroom ? <ClassLobby /> : <LobbyScreen />;
  if (phase === 'ended' && !playing) {
    return welcome.classroom ? <ClassEnd matchId={welcome.matchId} /> : <EndScreen />;
  }
  return <MatchScreen />;
}

export function App() {
  // Every word on the page follows the language: a change re-renders the whole tree.
  useLanguage();
  useEffect(() => {
    void boot();
    // Only from the front door: a class page or a debrief preloads its own screen.
    return PAGE ? undefined : preloadFromHome();
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
