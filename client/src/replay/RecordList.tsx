// On the home page: finished public matches, each with its replay and its debrief.
import { useEffect, useState } from 'preact/hooks';
import type { MatchSummary } from '../../../shared/protocol/index.ts';
import { t, te } from '../i18n/index.ts';
import { debriefPath, replayPath } from '../classroom/address.ts';
import { when } from '../classroom/when.ts';
import { finishedMatches } from './records.ts';

const SHOWN = 8;

export function RecordList() {
  const [list, setList] = useState<MatchSummary[] | null | 'failed'>(null);
  useEffect(() => {
    let live = true;
    finishedMatches(SHOWN)
      .then((l) => live && setList(l))
      .catch(() => live && setList('failed'));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section class="card record-list" aria-labelledby="records-title" data-testid="record-list">
      <h2 id="records-title">{t('records.title')}</h2>
      {list === null ? <p class="muted">{t('records.loading')}</p> : null}
      {list === 'failed' ? <p class="muted">{t('records.unavailable')}</p> : null}
      {Array.isArray(list) && list.length === 0 ? <p class="muted">{t('records.none')}</p> : null}
      {Array.isArray(list) && list.length ? (
        <ul class="match-list">
          {list.map((m) => (
            <li key={m.matchId} class="match-item" data-match={m.matchId}>
              <div class="match-head">
                <strong>{m.title || t('records.untitled', { code: m.code })}</strong>
                <span class="code-chip">{m.code}</span>
              </div>
              <div class="match-meta muted small">
                {t('records.meta', {
                  when: m.endedAt ? when(m.endedAt) : '',
                  weeks: t('home.weeks', { count: m.turnsPlayed }),
                  outcome: m.outcome ? te(`outcome.${m.outcome.kind}`) : t('records.noOutcome'),
                })}
              </div>
              <div class="match-actions">
                <a class="btn btn-small" href={replayPath(m.matchId)} data-testid={`replay-${m.matchId}`}>
                  {t('records.replay')}
                </a>
                <a class="btn btn-small" href={debriefPath(m.matchId)}>
                  {t('records.debrief')}
                </a>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
