// The match as it stands, on the right of the console: phase, week, time left, which teams
// are ready, the event card waiting to be played (secret until then), who is watching, and
// the latest news; after the end, the way to the debrief, the exports and the replay.
import type { Outcome, Role } from '../../../shared/index.ts';
import { t } from '../i18n/index.ts';
import { Countdown } from '../match/Countdown.tsx';
import { ReadyRoster } from '../match/ReadyRoster.tsx';
import type { AppState } from '../state/store.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { Exports } from '../debrief/Exports.tsx';
import { NewsList } from '../end/NewsList.tsx';
import { outcomeTitle } from '../end/outcomeWords.ts';
import { debriefPath, replayPath } from './address.ts';
import type { ConsoleContext } from './controlTable.ts';
import { eventTitle } from './controlTable.ts';

/** The week to show: the one being planned or resolved; after the end, the last one played. */
export function weekOf(s: AppState): number {
  const synced = s.synced!;
  if (synced.phase === 'ended') return s.record?.turns.length ?? s.history.length;
  const turn = s.view?.turn ?? synced.turn;
  return synced.phase === 'resolution' ? Math.max(1, turn - 1) : turn;
}

/** After the end, in the middle of the console: the outcome and the way to the debrief, the replay and the exports. */
export function EndedCard({ s }: { s: AppState }) {
  const outcome = (s.record?.outcome as Outcome | undefined) ?? (s.view?.outcome as Outcome | undefined);
  const matchId = s.welcome!.matchId;
  return (
    <section class="card status-end" aria-labelledby="status-end-title" data-testid="console-ended">
      <h2 id="status-end-title">{outcome ? outcomeTitle(outcome, s.record?.endedEarly) : t('end.titleNoOutcome')}</h2>
      {outcome ? (
        <p>
          {t('end.winner')} <RoleBadge role={outcome.winner as Role} full />
        </p>
      ) : null}
      <div class="button-row status-end-links">
        <a class="btn btn-primary btn-large" href={debriefPath(matchId)} target="_blank" rel="noopener" data-testid="open-debrief">
          {t('classroom.openDebrief')}
        </a>
        <a class="btn btn-large" href={replayPath(matchId)} target="_blank" rel="noopener" data-testid="open-replay">
          {t('classroom.openReplay')}
        </a>
      </div>
      <Exports matchId={matchId} token={s.welcome!.teacherToken} />
    </section>
  );
}

/** The card queued with injectEvent: the teacher sees it, nobody else until it is played. */
function PendingEvent({ pending }: { pending?: string }) {
  return (
    <section class="card pending-event" aria-labelledby="pending-title">
      <h3 id="pending-title" class="small-title">
        {t('console.status.pendingTitle')}
      </h3>
      {pending ? (
        <p data-testid="pending-event">
          <strong>{eventTitle(pending)}</strong> <span class="muted small">{t('console.status.pendingHint')}</span>
        </p>
      ) : (
        <p class="muted" data-testid="pending-event-none">
          {t('console.status.noPending')}
        </p>
      )}
    </section>
  );
}

export function MatchStatus({ s, ctx }: { s: AppState; ctx: ConsoleContext }) {
  const synced = ctx.synced;
  const last = s.history.at(-1);
  const pending = ctx.feed?.pendingEvent;
  const projectors = synced.projectorCount;
  return (
    <aside class="console-status" aria-labelledby="status-title" data-testid="console-status">
      <section class="card">
        <h2 id="status-title">{t('console.status.title')}</h2>
        <dl class="facts status-facts">
          <dt>{t('console.status.phase')}</dt>
          <dd>
            <span class={`phase-chip phase-${synced.phase}`} data-testid="phase">
              {t(`phase.${synced.phase}`)}
            </span>
          </dd>
          {synced.phase === 'ended' ? (
            <>
              <dt>{t('console.status.week')}</dt>
              <dd data-testid="weeks-played">{t('console.status.played', { count: s.record?.turns.length ?? s.history.length, turns: synced.options.turns })}</dd>
            </>
          ) : synced.phase !== 'lobby' ? (
            <>
              <dt>{t('console.status.week')}</dt>
              <dd data-testid="week">{t('match.bar.week', { turn: weekOf(s), turns: synced.options.turns })}</dd>
            </>
          ) : null}
          {synced.phase !== 'lobby' && synced.phase !== 'ended' ? (
            <>
              <dt>{t('console.status.clock')}</dt>
              <dd>
                <Countdown deadline={synced.deadline} paused={synced.paused} remaining={synced.remaining} />
              </dd>
            </>
          ) : null}
          <dt>{t('console.status.room')}</dt>
          <dd data-testid="room-state">{synced.locked ? t('console.status.locked') : t('console.status.open')}</dd>
          <dt>{t('console.status.watching')}</dt>
          <dd>{t('console.status.watchers', { spectators: t('console.status.spectators', { count: synced.spectatorCount }), projectors: t('console.status.projectors', { count: projectors }) })}</dd>
        </dl>
      </section>
      {synced.phase !== 'lobby' && synced.phase !== 'ended' ? (
        <section class="card">
          <ReadyRoster seats={synced.seats} planning={synced.phase === 'planning'} />
        </section>
      ) : null}
      {synced.phase === 'ended' ? null : <PendingEvent pending={pending} />}
      {last ? (
        <section class="card last-news" aria-labelledby="last-news-title">
          <h3 id="last-news-title" class="small-title">
            {t('console.status.lastNews', { turn: last.turn })}
          </h3>
          <NewsList news={last.news} />
        </section>
      ) : null}
    </aside>
  );
}
