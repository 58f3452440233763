// The debrief of a recorded match (/debrief/<matchId>), a report to scroll, print or
// export: the outcome and scores, every secret objective and how it stood, charts of every
// indicator, the weeks with every order revealed, what was said, the class beside the real
// 2025, and discussion prompts fitted to this match. The teacher's browser may delete it.
import '../styles/debrief.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GameState, Orders, Outcome, Role } from '../../../shared/index.ts';
import { seatedRoles } from '../../../shared/index.ts';
import { indicatorSeries } from '../../../shared/debrief/index.ts';
import type { RecordedMatch } from '../../../shared/protocol/index.ts';
import { playedMatch } from '../../../shared/protocol/index.ts';
import { t, te } from '../i18n/index.ts';
import { ScoreTable } from '../end/ScoreTable.tsx';
import { SecretObjectives } from '../end/SecretObjectives.tsx';
import { outcomeLead, outcomeTitle } from '../end/outcomeWords.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { replayPath } from '../classroom/address.ts';
import { when } from '../classroom/when.ts';
import { BotReasoning } from './BotReasoning.tsx';
import { DeleteRecord } from './DeleteRecord.tsx';
import { Exports } from './Exports.tsx';
import { HistoryComparison } from './HistoryComparison.tsx';
import { IncidentTruths } from './IncidentTruths.tsx';
import { IndicatorCharts } from './IndicatorCharts.tsx';
import { useOpenForPrint } from './openForPrint.ts';
import { Prompts } from './Prompts.tsx';
import type { LoadedRecord } from './RecordGate.tsx';
import { RecordBar } from './RecordBar.tsx';
import { RecordGate } from './RecordGate.tsx';
import { ReportSection } from './ReportSection.tsx';
import { Transcript } from './Transcript.tsx';
import { useRecord } from './useRecord.ts';
import { WeekByWeek } from './WeekByWeek.tsx';
import { CheckGains } from '../check/CheckGains.tsx';
import { DebriefMemos } from '../memo/DebriefMemos.tsx';
import { ParticipationTable } from '../participation/ParticipationTable.tsx';
import { GradesSection } from '../grades/GradesSection.tsx';

/** The seated roles, in the game's order. */
export const rolesOf = (state: GameState): Role[] => seatedRoles(state);

/** What the transcript holds: every channel (teacher), or what a spectator may read (the host's choice). */
function chatLead(record: RecordedMatch, full: boolean): string {
  if (full) return t('debrief.chat.leadFull');
  return record.header.options.revealPrivate === true ? t('debrief.chat.leadRevealed') : t('debrief.chat.leadPublic');
}

function Report({ loaded: { record, full, token }, onDeleted }: { loaded: LoadedRecord; onDeleted: () => void }) {
  const played = playedMatch(record);
  const remove = full && token ? <DeleteRecord matchId={record.header.matchId} code={record.header.code} token={token} onDeleted={onDeleted} /> : null;
  if (!played) {
    return (
      <section class="card">
        <p>{t('debrief.notStarted')}</p>
        {remove}
      </section>
    );
  }
  const final: GameState = played.weeks.at(-1)?.state ?? played.initial;
  const outcome = (record.outcome as Outcome | undefined) ?? final.outcome;
  const roles = rolesOf(played.initial);
  const objectives = (record.final ?? final).objectives;
  const title = typeof record.header.options.title === 'string' && record.header.options.title ? record.header.options.title : undefined;
  return (
    <>
      <section class="card debrief-hero" aria-labelledby="debrief-title">
        <p class="kicker">{t('debrief.kicker', { code: record.header.code })}</p>
        <h1 id="debrief-title" data-testid="debrief-title">
          {outcome ? outcomeTitle(outcome, record.endedEarly) : t('end.titleNoOutcome')}
        </h1>
        {title ? <p class="muted">{title}</p> : null}
        {outcome ? <p class="lead">{outcomeLead(outcome, record.endedEarly, record.turns.length)}</p> : null}
        {outcome ? (
          <p>
            {t('end.winner')} <RoleBadge role={outcome.winner} full />
          </p>
        ) : null}
        {outcome?.lastEscalator ? <p class="muted">{t('end.lastEscalator', { role: te(`role.${outcome.lastEscalator}`) })}</p> : null}
        <p class="muted small">
          {t('debrief.facts', { weeks: t('home.weeks', { count: record.turns.length }), when: record.endedAt ? when(record.endedAt) : '' })}
          {record.endedEarly ? <span class="tag tag-warn">{t('debrief.endedEarly')}</span> : null}
        </p>
        <div class="record-actions no-print">
          <Exports matchId={record.header.matchId} token={full ? token : undefined} />
          {remove}
        </div>
      </section>
      {record.memos?.length ? <DebriefMemos memos={record.memos} revealed={record.memosRevealedAt !== undefined} /> : null}
      {record.checks ? <CheckGains tally={record.checks} /> : null}
      {full && record.participation?.length ? (
        <ReportSection id="participation" title={t('participation.title')} lead={t('participation.debriefLead')}>
          <ParticipationTable students={record.participation} />
        </ReportSection>
      ) : null}
      {full && token && record.participation?.length ? <GradesSection record={record} token={token} /> : null}
      {outcome ? <ScoreTable outcome={outcome} roles={roles} /> : null}
      {outcome ? <SecretObjectives objectives={objectives} outcome={outcome} state={final} roles={roles} /> : null}
      <IncidentTruths final={record.final ?? final} />
      <IndicatorCharts series={indicatorSeries(played)} roles={roles} />
      <WeekByWeek weeks={record.turns} roles={roles} />
      <BotReasoning weeks={record.turns} />
      <Transcript chat={record.chat} startedAt={record.startedAt} endedAt={record.endedAt} lead={chatLead(record, full)} />
      <HistoryComparison turns={record.turns as { turn: number; carriedOut: Orders }[]} roles={roles} />
      <Prompts turns={played.weeks} final={final} />
    </>
  );
}

/** After a deletion: nothing left to show but that, and the way home. */
function Deleted({ code }: { code: string }) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section class="card debrief-deleted" ref={box} tabIndex={-1} role="status" data-testid="record-deleted">
      <p class="lead">{t('debrief.delete.done', { code })}</p>
      <a class="btn btn-primary" href="/" data-testid="deleted-home">
        {t('debrief.delete.home')}
      </a>
    </section>
  );
}

export function DebriefPage({ matchId }: { matchId: string }) {
  const loaded = useRecord(matchId);
  const [deleted, setDeleted] = useState(false);
  useOpenForPrint();
  useEffect(() => {
    document.title = t('debrief.docTitle', { app: t('app.title') });
  }, []);
  return (
    <div class="debrief screen" data-testid="debrief">
      <RecordBar title={t('debrief.bar')}>
        {deleted ? null : (
          <>
            <button type="button" class="btn btn-small btn-on-dark" onClick={() => window.print()} data-testid="print">
              {t('debrief.print')}
            </button>
            <a class="btn btn-small btn-on-dark" href={replayPath(matchId)} data-testid="to-replay">
              {t('debrief.toReplay')}
            </a>
          </>
        )}
      </RecordBar>
      <main id="main" class="debrief-main" tabIndex={-1}>
        <RecordGate loaded={loaded}>{(l) => (deleted ? <Deleted code={l.record.header.code} /> : <Report loaded={l} onDeleted={() => setDeleted(true)} />)}</RecordGate>
      </main>
    </div>
  );
}
