// A student's screen before the class starts (phone first): the team the server placed
// them in, their teammates, and the situation to read while waiting for the teacher.
import '../styles/classroom.css';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { myRole } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';
import { KnowledgeCheck } from '../check/KnowledgeCheck.tsx';

export function ClassLobby() {
  const s = useStore((x) => x);
  const synced = s.synced!;
  const role = myRole(s);
  const me = s.welcome?.playerId;
  const mates = role ? synced.players.filter((p) => p.role === role) : [];
  return (
    <div class="class-lobby screen" data-testid="class-lobby">
      <header class="bar">
        <span class="brand">{t('app.title')}</span>
        <span class="bar-title">{t('classroom.lobby.bar', { code: synced.code })}</span>
        <span class="bar-spacer" />
        <LanguagePicker class="on-dark" />
        <button type="button" class="btn btn-small btn-on-dark" onClick={() => void link.leave()} data-testid="leave">
          {t('common.leave')}
        </button>
      </header>
      <main id="main" class="class-lobby-main" tabIndex={-1}>
        <h1 class="visually-hidden">{t('classroom.lobby.heading', { code: synced.code })}</h1>
        <section class="card class-team" aria-labelledby="class-team-title">
          <p class="muted">{t('classroom.lobby.hello', { name: s.welcome?.nickname ?? '' })}</p>
          {role ? (
            <>
              <h2 id="class-team-title">{t('classroom.lobby.team')}</h2>
              <p class="class-team-badge" data-testid="my-team" data-role={role}>
                <RoleBadge role={role} full />
              </p>
              <h3 class="small-title">{t('classroom.lobby.mates', { count: mates.length })}</h3>
              <ul class="class-mates">
                {mates.map((p) => (
                  <li key={p.id}>
                    {p.nickname}
                    {p.id === me ? <span class="tag">{t('lobby.seats.you')}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <h2 id="class-team-title">{t('classroom.lobby.watching')}</h2>
          )}
          <p class="class-wait" role="status">
            {t('classroom.lobby.wait')}
          </p>
        </section>
        <KnowledgeCheck />
        <section class="card" aria-labelledby="class-situation">
          <h2 id="class-situation">{t('news.introTitle')}</h2>
          <p>{t('news.intro')}</p>
        </section>
      </main>
    </div>
  );
}
