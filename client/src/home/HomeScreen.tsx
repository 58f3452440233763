// The front door: play solo in one click, create or join an online match, watch one, open
// a class session, or replay a finished match. A class's join link shows only its join card.
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { lastNickname, rememberNickname } from '../net/seatTokens.ts';
import { LIMITS } from '../../../shared/protocol/index.ts';
import { store, useStore } from '../state/store.ts';
import { NoticeText } from '../app/NoticeText.tsx';
import { CreateCard } from './CreateCard.tsx';
import { HowToPlay } from './HowToPlay.tsx';
import { InvitePrompt } from './InvitePrompt.tsx';
import { JoinCard } from './JoinCard.tsx';
import { OpenMatches } from './OpenMatches.tsx';
import { SoloCard } from './SoloCard.tsx';
import { ClassJoin } from '../classroom/ClassJoin.tsx';
import { useMatchKind } from '../classroom/matchLookup.ts';
import { NewSessionCard } from '../classroom/NewSessionCard.tsx';
import { RecordList } from '../replay/RecordList.tsx';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';

export function HomeScreen() {
  const connection = useStore((s) => s.connection);
  const joinError = useStore((s) => s.joinError);
  const invite = useStore((s) => s.invite);
  const [nickname, setNickname] = useState(lastNickname);
  const busy = connection === 'connecting';
  const kind = useMatchKind(invite);
  const onNick = (v: string) => {
    setNickname(v);
    rememberNickname(v.trim());
  };
  const errorBox = joinError ? (
    <div class="alert alert-error" role="alert" data-testid="join-error">
      <NoticeText notice={joinError} />
      <button type="button" class="btn btn-small" onClick={() => store.set({ joinError: undefined })}>
        {t('common.dismiss')}
      </button>
    </div>
  ) : null;
  if (invite && kind !== 'ordinary') {
    return (
      <div class="home screen class-join-screen">
        <header class="home-header">
          <div class="home-header-inner">
            <h1>{t('app.title')}</h1>
            <LanguagePicker />
          </div>
        </header>
        <main id="main" class="home-main" tabIndex={-1}>
          {errorBox}
          {kind === 'classroom' ? <ClassJoin code={invite} nickname={nickname} busy={busy} /> : <p role="status">{t('home.connecting')}</p>}
        </main>
      </div>
    );
  }
  return (
    <div class="home screen">
      <header class="home-header">
        <div class="home-header-inner">
          <h1>{t('app.title')}</h1>
            <LanguagePicker />
          <p class="tagline">{t('home.tagline')}</p>
        </div>
      </header>
      <main id="main" class="home-main" tabIndex={-1}>
        {errorBox}
        {busy ? (
          <p class="alert" role="status">
            {t('home.connecting')}
          </p>
        ) : null}
        {invite ? <InvitePrompt code={invite} nickname={nickname} busy={busy} /> : null}
        <div class="home-grid">
          <div class="home-col">
            <SoloCard nickname={nickname} busy={busy} />
            <NewSessionCard nickname={nickname} busy={busy} />
            <HowToPlay />
            <RecordList />
          </div>
          <div class="home-col">
            <section class="card nickname-card" aria-labelledby="nick-title">
              <h2 id="nick-title">{t('home.online.title')}</h2>
              <label class="field">
                <span>{t('home.nickname')}</span>
                <input
                  type="text"
                  value={nickname}
                  maxLength={LIMITS.nicknameChars}
                  autoComplete="nickname"
                  placeholder={t('home.nicknamePlaceholder')}
                  onInput={(e) => onNick((e.target as HTMLInputElement).value)}
                  data-testid="nickname"
                />
              </label>
              <p class="muted small">{t('home.nicknameHint')}</p>
            </section>
            <JoinCard nickname={nickname} busy={busy} />
            <CreateCard nickname={nickname} busy={busy} />
            <OpenMatches nickname={nickname} busy={busy} />
          </div>
        </div>
      </main>
    </div>
  );
}
