// The replay of a recorded match (/replay/<matchId>): the map week by week, each week's
// news told on the map and written beside it, with play, pause, step and jump.
import '../styles/replay.css';
import { useEffect, useMemo } from 'preact/hooks';
import type { Outcome } from '../../../shared/index.ts';
import type { RecordedMatch, ReplayStep } from '../../../shared/protocol/index.ts';
import { replaySteps } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { NewsList } from '../end/NewsList.tsx';
import { outcomeTitle } from '../end/outcomeWords.ts';
import { TensionChip } from '../match/TensionChip.tsx';
import { debriefPath } from '../classroom/address.ts';
import { eventTitle } from '../classroom/controlTable.ts';
import { RecordBar } from '../debrief/RecordBar.tsx';
import { RecordGate } from '../debrief/RecordGate.tsx';
import { useRecord } from '../debrief/useRecord.ts';
import { ReplayControls } from './ReplayControls.tsx';
import { ReplayMap } from './ReplayMap.tsx';
import { useReplay } from './useReplay.ts';

function StepNews({ step, telling }: { step: ReplayStep; telling: number | null }) {
  if (step.turn === 0) {
    return (
      <section class="replay-news" aria-labelledby="replay-news-title" data-testid="replay-news" data-week="0">
        <h2 id="replay-news-title">{t('replay.start')}</h2>
        <p>{t('news.intro')}</p>
      </section>
    );
  }
  return (
    <section class="replay-news" aria-labelledby="replay-news-title" data-testid="replay-news" data-week={step.turn}>
      <h2 id="replay-news-title">{t('replay.news', { turn: step.turn })}</h2>
      {step.event ? (
        <p class="news-event">
          {t('news.event', { title: eventTitle(step.event) })}
          {step.injected ? <span class="tag tag-strong">{t('debrief.weeks.injected')}</span> : null}
        </p>
      ) : null}
      <NewsList news={step.news} telling={telling} />
    </section>
  );
}

function Player({ record }: { record: RecordedMatch }) {
  const steps = useMemo(() => replaySteps(record), [record]);
  const replay = useReplay(steps);
  if (!steps.length) return <p class="card">{t('debrief.notStarted')}</p>;
  const step = steps[replay.index];
  const last = steps.length - 1;
  const outcome = replay.index === last ? (step.state.outcome as Outcome | undefined) : undefined;
  return (
    <div class="replay-grid">
      <div class="replay-stage">
        <ReplayMap first={steps[0].state} onReady={replay.attach} />
      </div>
      <aside class="replay-side">
        <ReplayControls replay={replay} last={last} />
        <p class="replay-where" aria-live="polite" data-testid="replay-where">
          {step.turn === 0 ? t('replay.atStart') : t('replay.atWeek', { turn: step.turn, turns: last })}
        </p>
        <TensionChip tension={steps[replay.mapAt].state.tension} />
        {outcome ? (
          <p class="replay-outcome">
            <strong>{outcomeTitle(outcome, record.endedEarly)}</strong>
          </p>
        ) : null}
        <StepNews step={step} telling={replay.telling} />
      </aside>
    </div>
  );
}

export function ReplayPage({ matchId }: { matchId: string }) {
  const loaded = useRecord(matchId);
  useEffect(() => {
    document.title = t('replay.docTitle', { app: t('app.title') });
  }, []);
  const code = loaded?.ok ? loaded.record.header.code : undefined;
  return (
    <div class="replay screen" data-testid="replay">
      <RecordBar title={code ? t('replay.bar', { code }) : t('replay.barNoCode')}>
        <a class="btn btn-small btn-on-dark" href={debriefPath(matchId)} data-testid="to-debrief">
          {t('replay.toDebrief')}
        </a>
      </RecordBar>
      <main id="main" class="replay-main" tabIndex={-1}>
        <h1 class="visually-hidden">{code ? t('replay.bar', { code }) : t('replay.barNoCode')}</h1>
        <RecordGate loaded={loaded}>{(l) => <Player record={l.record} />}</RecordGate>
      </main>
    </div>
  );
}
