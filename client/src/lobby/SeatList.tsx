// Who plays which role before the start; take a role or watch instead.
import type { Role } from '../../../shared/index.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import type { PlayerInfo, SeatInfo } from '../state/store.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { roleFullName, roleName } from '../ui/words.ts';

export function SeatList({ seats, players, mine, spectating, bots, spectators, hostId }: { seats: SeatInfo[]; players: PlayerInfo[]; mine?: Role; spectating: boolean; bots: boolean; spectators: number; hostId: string }) {
  return (
    <section class="card seat-list" aria-labelledby="seats-title">
      <h2 id="seats-title">{t('lobby.seats.title')}</h2>
      <ul class="seats">
        {seats.map((s) => {
          const people = players.filter((p) => p.role === s.role);
          const isMine = s.role === mine;
          return (
            <li key={s.role} class={`seat role-${s.role}${isMine ? ' seat-mine' : ''}`} data-role={s.role}>
              <div class="seat-head">
                <RoleBadge role={s.role} />
                {roleFullName(s.role) !== roleName(s.role) ? <span class="muted small">{roleFullName(s.role)}</span> : null}
              </div>
              <div class="seat-people">
                {people.length ? (
                  <ul class="people">
                    {people.map((p) => (
                      <li key={p.id}>
                        {p.nickname}
                        {p.id === hostId ? <span class="tag">{t('lobby.seats.host')}</span> : null}
                        {!p.connected ? <span class="tag tag-warn">{t('lobby.seats.away')}</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span class="muted">{bots ? t('lobby.seats.bot') : t('lobby.seats.empty')}</span>
                )}
              </div>
              {isMine ? (
                <span class="tag tag-strong">{t('lobby.seats.you')}</span>
              ) : (
                <button type="button" class="btn btn-small" onClick={() => link.send('seat.choose', { seat: s.role })} data-testid={`take-${s.role}`}>
                  {t('lobby.seats.take')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div class="seat-footer">
        <span class="muted">{t('lobby.seats.spectators', { count: spectators })}</span>
        {spectating ? (
          <span class="tag tag-strong">{t('lobby.seats.youWatch')}</span>
        ) : (
          <button type="button" class="btn btn-small btn-quiet" onClick={() => link.send('seat.choose', { seat: 'spectator' })}>
            {t('lobby.seats.watch')}
          </button>
        )}
      </div>
    </section>
  );
}
