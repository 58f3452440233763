// The projector (/projector/CODE): what the whole room may see, large. In the lobby the
// code, the join address and the QR code fill the screen; during the match the map, the
// tension ladder, the clock, which teams are ready and the weeks so far. It holds a
// projector's seat: exactly a spectator's information, nothing secret.
import '../styles/classroom.css';
import { useEffect } from 'preact/hooks';
import type { Outcome, Role } from '../../../shared/index.ts';
import { t } from '../i18n/index.ts';
import { Countdown } from '../match/Countdown.tsx';
import { MapView } from '../match/MapView.tsx';
import { PlaybackCaption } from '../match/PlaybackCaption.tsx';
import { ReadyRoster } from '../match/ReadyRoster.tsx';
import { useInviteLink } from '../net/inviteOrigin.ts';
import { useStore } from '../state/store.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { JoinQr } from '../ui/JoinQr.tsx';
import { weekOf } from './MatchStatus.tsx';
import { ProjectorTimeline } from './ProjectorTimeline.tsx';
import { TensionLadder } from './TensionLadder.tsx';
import { MemoList } from '../memo/MemoList.tsx';
import { outcomeTitle } from '../end/outcomeWords.ts';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';

function JoinWall({ code }: { code: string }) {
  const synced = useStore((s) => s.synced!);
  const { url } = useInviteLink(code);
  return (
    <main id="main" class="projector-lobby" tabIndex={-1} data-testid="projector-lobby">
      <h1 class="projector-join-title">{t('projector.joinTitle')}</h1>
      <div class="projector-join">
        <div class="projector-join-words">
          <p class="projector-step">{t('projector.step1')}</p>
          <p class="projector-url" data-testid="join-url">{url}</p>
          <p class="projector-step">{t('projector.step2')}</p>
          <p class="projector-code" data-testid="room-code" aria-label={t('lobby.invite.codeSpelled', { code: code.split('').join(' ') })}>
            {code}
          </p>
        </div>
        <JoinQr code={code} size={420} alt={t('classroom.qrAlt', { code })} />
      </div>
      <ul class="projector-teams">
        {synced.seats.map((s) => (
          <li key={s.role} data-role={s.role}>
            <RoleBadge role={s.role} />
            <span>{t('projector.students', { count: synced.players.filter((p) => p.role === s.role).length })}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}

export function ProjectorView() {
  const s = useStore((x) => x);
  const synced = s.synced!;
  useEffect(() => {
    document.title = t('projector.docTitle', { code: synced.code });
  }, [synced.code]);
  const lobby = synced.phase === 'lobby';
  const shown = s.mapView ?? s.view;
  const outcome = (s.record?.outcome as Outcome | undefined) ?? (s.view?.outcome as Outcome | undefined);
  return (
    <div class="projector screen" data-phase={synced.phase} data-testid="projector">
      <header class="bar projector-bar">
        <span class="brand">{t('app.title')}</span>
        {lobby ? null : (
          <>
            <span class="projector-week" data-testid="week">
              {t('match.bar.week', { turn: weekOf(s), turns: synced.options.turns })}
            </span>
            <span class={`phase-chip phase-${synced.phase}`} data-testid="phase">
              {t(`phase.${synced.phase}`)}
            </span>
            {synced.phase !== 'ended' ? <Countdown deadline={synced.deadline} paused={synced.paused} remaining={synced.remaining} /> : null}
          </>
        )}
        <span class="bar-spacer" />
        <LanguagePicker class="on-dark" />
        <span class="projector-code-small">{t('projector.joinWith', { code: synced.code })}</span>
      </header>
      {lobby ? (
        <JoinWall code={synced.code} />
      ) : (
        <main id="main" class="projector-main" tabIndex={-1}>
          <h1 class="visually-hidden">{t('projector.heading', { code: synced.code })}</h1>
          <div class="projector-stage">
            {synced.phase === 'ended' && outcome ? (
              <p class="projector-outcome" data-testid="projector-outcome">
                {outcomeTitle(outcome, s.record?.endedEarly)} · {t('end.winner')} <RoleBadge role={outcome.winner as Role} />
              </p>
            ) : null}
            <div class="map-block">
              <MapView />
              <PlaybackCaption />
            </div>
          </div>
          <aside class="projector-side">
            {shown ? <TensionLadder tension={shown.tension} /> : null}
            {synced.phase !== 'ended' ? <ReadyRoster seats={synced.seats} planning={synced.phase === 'planning'} /> : null}
            {s.memos?.revealed ? (
              <section class="projector-memos" aria-labelledby="projector-memos-title" data-testid="projector-memos">
                <h2 id="projector-memos-title">{t('memo.revealedTitle')}</h2>
                <MemoList memos={s.memos.memos} testid="projector-memo-list" />
              </section>
            ) : null}
            <ProjectorTimeline history={s.history} />
          </aside>
        </main>
      )}
    </div>
  );
}
