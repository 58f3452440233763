// The live list of open matches to join or watch.
import { useEffect, useState } from 'preact/hooks';
import type { Listing } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { watchOpenMatches } from '../net/openMatches.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';

export function OpenMatches({ nickname, busy }: { nickname: string; busy: boolean }) {
  const [list, setList] = useState<Listing[] | null>(null);
  useEffect(() => watchOpenMatches(setList), []);
  const nick = nickname.trim() ? { nickname: nickname.trim() } : {};
  return (
    <section class="card open-matches" aria-labelledby="open-title">
      <h2 id="open-title">{t('home.open.title')}</h2>
      {list === null ? <p class="muted">{t('home.open.loading')}</p> : null}
      {list && list.length === 0 ? <p class="muted">{t('home.open.none')}</p> : null}
      {list && list.length > 0 ? (
        <ul class="match-list" aria-live="polite" data-testid="open-matches">
          {list.map((m) => {
            const canPlay = !m.locked && (m.phase === 'lobby' || m.freeRoles.length > 0);
            return (
              <li key={m.code} class="match-item" data-code={m.code}>
                <div class="match-head">
                  {/* A title someone typed, or the host's nickname: the players' words, not the game's. */}
                  <strong data-user-content>{m.title || t('home.open.untitled', { host: m.host })}</strong>
                  <span class="code-chip">{m.code}</span>
                  {m.locked ? <span class="tag tag-warn">{t('home.open.locked')}</span> : null}
                </div>
                <div class="match-meta muted">
                  {t('home.open.meta', {
                    status: m.phase === 'lobby' ? t('home.open.waiting') : t('home.open.inProgress', { turn: m.turn, turns: m.turns }),
                    players: t('home.open.players', { count: m.players }),
                    spectators: t('home.open.spectators', { count: m.spectators }),
                  })}
                </div>
                {m.freeRoles.length ? (
                  <div class="match-free">
                    <span class="muted">{t('home.open.free')}</span>
                    {m.freeRoles.map((r) => (
                      <RoleBadge key={r} role={r} />
                    ))}
                  </div>
                ) : null}
                <div class="match-actions">
                  {canPlay ? (
                    <button type="button" class="btn btn-small btn-primary" disabled={busy} onClick={() => void link.join(m.code, { ...nick })}>
                      {t('home.open.join')}
                    </button>
                  ) : null}
                  {!m.locked ? (
                    <button type="button" class="btn btn-small" disabled={busy} onClick={() => void link.join(m.code, { spectate: true, ...nick })} data-testid={`watch-${m.code}`}>
                      {t('home.open.watch')}
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
