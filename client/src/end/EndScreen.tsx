// The end of the match: how it ended, the scores, every secret objective, every order of
// every week, and the way home or to a rematch.
import type { ComponentChildren } from 'preact';
import type { Outcome, Role } from '../../../shared/index.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { endState, myRole } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { roleName } from '../ui/words.ts';
import { MapView } from '../match/MapView.tsx';
import { Indicators } from '../match/Indicators.tsx';
import { Rematch } from './Rematch.tsx';
import { outcomeLead, outcomeTitle } from './outcomeWords.ts';
import { ScoreTable } from './ScoreTable.tsx';
import { SecretObjectives } from './SecretObjectives.tsx';
import { Timeline, weeksFrom } from './Timeline.tsx';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';
import { BotReasoning } from '../debrief/BotReasoning.tsx';

/** `children` come right after the outcome (a class's knowledge check after the match). */
export function EndScreen({ children }: { children?: ComponentChildren } = {}) {
  const s = useStore((x) => x);
  const state = endState(s);
  const outcome = (s.record?.outcome as Outcome | undefined) ?? state?.outcome;
  const roles = (s.synced?.seats ?? []).map((x) => x.role as Role);
  const me = myRole(s);
  const objectives = s.record?.objectives ?? state?.objectives ?? {};
  return (
    <div class="end screen">
      <header class="bar">
        <span class="brand">{t('app.title')}</span>
        <span class="bar-title">{t('end.bar', { code: s.synced?.code ?? s.code ?? '' })}</span>
        <span class="bar-spacer" />
        <LanguagePicker class="on-dark" />
        <button type="button" class="btn btn-small btn-on-dark" onClick={() => void link.leave()} data-testid="home">
          {t('end.home')}
        </button>
      </header>
      <main id="main" class="end-main" tabIndex={-1}>
        <section class="card end-hero" aria-labelledby="end-title">
          <p class="kicker">{t('end.kicker')}</p>
          <h1 id="end-title" data-testid="end-title">
            {outcome ? outcomeTitle(outcome, s.record?.endedEarly) : t('end.titleNoOutcome')}
          </h1>
          {outcome ? <p class="lead">{outcomeLead(outcome, s.record?.endedEarly, s.history.length)}</p> : null}
          {outcome ? (
            <p class="winner" data-testid="winner">
              {t('end.winner')} <RoleBadge role={outcome.winner} full />
              {me ? <span class="muted"> {me === outcome.winner ? t('end.youWon') : t('end.youPlayed', { role: roleName(me) })}</span> : null}
            </p>
          ) : null}
          {outcome?.lastEscalator ? <p class="muted">{t('end.lastEscalator', { role: roleName(outcome.lastEscalator) })}</p> : null}
          <div class="button-row">
            <button type="button" class="btn" onClick={() => void link.leave()} data-testid="back-home">
              {t('end.home')}
            </button>
            <Rematch />
          </div>
        </section>
        {children}
        {outcome ? <ScoreTable outcome={outcome} roles={roles} me={me} /> : null}
        {outcome && state ? <SecretObjectives objectives={objectives} outcome={outcome} state={state} roles={roles} /> : null}
        <div class="end-map-row">
          <section class="card end-map" aria-labelledby="final-map-title">
            <h2 id="final-map-title">{t('end.map')}</h2>
            <div class="end-map-frame">
              <MapView label={t('end.mapLabel')} />
            </div>
          </section>
          {s.view ? <Indicators view={s.view} roles={roles} snapshots={s.snapshots} me={me} /> : null}
        </div>
        <Timeline weeks={weeksFrom(s.record?.turns, s.history)} roles={roles} />
        {s.record ? <BotReasoning weeks={s.record.turns} /> : null}
      </main>
    </div>
  );
}
