// The teacher's grades in the debrief (the full record of a class session): a rubric to
// edit (criteria, each with its levels, lowest first; a sensible default), applied to each
// team's memo and to each student, with comments. Saved with the record; exported as a CSV
// (one row per student) and printed as a page of its own. Nothing here reaches a student.
import '../styles/grades.css';
import { useState } from 'preact/hooks';
import type { Grades, Mark, Rubric } from '../../../shared/grades/index.ts';
import { defaultRubric, GRADE_LIMITS, gradesCsv, markOf } from '../../../shared/grades/index.ts';
import { drawChecks, latestAnswers, scoreOf } from '../../../shared/check/index.ts';
import type { RecordedMatch } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { recordUrl } from '../replay/records.ts';
import { ReportSection } from '../debrief/ReportSection.tsx';
import { ForgetStudent } from './ForgetStudent.tsx';
import { roleName } from '../ui/words.ts';
import type { Role } from '../../../shared/index.ts';

type Marks = 'teams' | 'students';

function LevelPicks({ rubric, mark, onChange, who }: { rubric: Rubric; mark: Mark; onChange: (m: Mark) => void; who: string }) {
  return (
    <>
      {rubric.criteria.map((c) => (
        <label key={c.id} class="field grade-level">
          <span>{c.name}</span>
          <select
            value={mark.levels[c.id] === undefined ? '' : String(mark.levels[c.id])}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              const levels = { ...mark.levels };
              if (v === '') delete levels[c.id];
              else levels[c.id] = Number(v);
              onChange({ ...mark, levels });
            }}
            data-testid={`grade-${who}-${c.id}`}
          >
            <option value="">{t('grades.unset')}</option>
            {c.levels.map((l, i) => (
              <option key={i} value={String(i)}>
                {l}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label class="field grade-comment">
        <span>{t('grades.comment')}</span>
        <textarea rows={2} maxLength={GRADE_LIMITS.commentChars} value={mark.comment} onInput={(e) => onChange({ ...mark, comment: (e.target as HTMLTextAreaElement).value })} data-testid={`grade-${who}-comment`} />
      </label>
    </>
  );
}

function RubricEditor({ rubric, onChange }: { rubric: Rubric; onChange: (r: Rubric) => void }) {
  const set = (i: number, patch: Partial<Rubric['criteria'][number]>) => onChange({ criteria: rubric.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  return (
    <fieldset class="rubric no-print-edit" data-testid="rubric">
      <legend>{t('grades.rubric')}</legend>
      <p class="muted small">{t('grades.rubricLead')}</p>
      {rubric.criteria.map((c, i) => (
        <div key={c.id} class="rubric-criterion" data-testid={`criterion-${c.id}`}>
          <label class="field">
            <span>{t('grades.criterion', { n: i + 1 })}</span>
            <input type="text" maxLength={GRADE_LIMITS.nameChars} value={c.name} onInput={(e) => set(i, { name: (e.target as HTMLInputElement).value })} data-testid={`criterion-${c.id}-name`} />
          </label>
          <label class="field">
            <span>{t('grades.levels')}</span>
            <input
              type="text"
              value={c.levels.join(' / ')}
              onChange={(e) => {
                const levels = (e.target as HTMLInputElement).value.split('/').map((x) => x.trim()).filter(Boolean).slice(0, GRADE_LIMITS.levels);
                if (levels.length >= 2) set(i, { levels });
              }}
              data-testid={`criterion-${c.id}-levels`}
            />
          </label>
          {rubric.criteria.length > 1 ? (
            <button type="button" class="btn btn-small no-print" onClick={() => onChange({ criteria: rubric.criteria.filter((_, j) => j !== i) })} data-testid={`criterion-${c.id}-remove`}>
              {t('grades.removeCriterion')}
            </button>
          ) : null}
        </div>
      ))}
      {rubric.criteria.length < GRADE_LIMITS.criteria ? (
        <button
          type="button"
          class="btn btn-small no-print"
          onClick={() => onChange({ criteria: [...rubric.criteria, { id: `c${Date.now().toString(36)}`, name: t('grades.newCriterion'), levels: rubric.criteria[0]?.levels ?? [t('grades.default.level.beginning'), t('grades.default.level.secure')] }] })}
          data-testid="criterion-add"
        >
          {t('grades.addCriterion')}
        </button>
      ) : null}
    </fieldset>
  );
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function GradesSection({ record, token }: { record: RecordedMatch; token: string }) {
  const [grades, setGrades] = useState<Grades>(() => record.grades ?? { rubric: defaultRubric((k) => t(`grades.default.${k}`)), teams: {}, students: {} });
  const [status, setStatus] = useState<'saved' | 'unsaved' | 'saving' | 'failed'>(record.grades ? 'saved' : 'unsaved');
  const students = record.participation ?? [];
  const teams = [...new Set(students.map((s) => s.role).filter(Boolean))];
  const change = (g: Grades) => {
    setGrades(g);
    setStatus('unsaved');
  };
  const mark = (kind: Marks, id: string, m: Mark) => change({ ...grades, [kind]: { ...grades[kind], [id]: m } });
  const save = async () => {
    setStatus('saving');
    try {
      const r = await fetch(recordUrl(record.header.matchId, '/grades'), { method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(grades) });
      setStatus(r.ok ? 'saved' : 'failed');
    } catch {
      setStatus('failed');
    }
  };
  const knowledgeCheck = record.header.options.knowledgeCheck === true;
  const drawn = drawChecks(record.header.seed);
  const answers = latestAnswers(record.checkAnswers ?? []);
  const checkCell = (playerId: string, stage: 'before' | 'after') => {
    const s = scoreOf(answers.get(playerId)?.[stage] ?? {}, drawn[stage]);
    return s.answered ? t('check.score', { correct: s.correct, of: s.of }) : '–';
  };
  const exportCsv = () =>
    download(
      gradesCsv({ seed: record.header.seed, knowledgeCheck, students, checkAnswers: record.checkAnswers, grades }, { team: (r) => roleName(r as Role), column: (k) => t(`grades.column.${k}`) }),
      `sahel-standoff-grades-${record.header.code}.csv`,
    );
  const print = () => {
    document.body.classList.add('print-grades');
    const done = () => {
      document.body.classList.remove('print-grades');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  return (
    <ReportSection id="grades" title={t('grades.title')} lead={t('grades.lead')}>
      <div class="grades-actions no-print">
        <button type="button" class="btn btn-primary" onClick={() => void save()} disabled={status === 'saving'} data-testid="grades-save">
          {t('grades.save')}
        </button>
        <button type="button" class="btn" onClick={exportCsv} data-testid="grades-csv">
          {t('grades.exportCsv')}
        </button>
        <button type="button" class="btn" onClick={print} data-testid="grades-print">
          {t('grades.print')}
        </button>
        <span class="small muted" role="status" data-testid="grades-status" data-status={status}>
          {t(`grades.status.${status}`)}
        </span>
      </div>
      <RubricEditor rubric={grades.rubric} onChange={(rubric) => change({ ...grades, rubric })} />
      <h3 class="small-title">{t('grades.teams')}</h3>
      <ul class="grade-list">
        {teams.map((role) => {
          const memo = record.memos?.find((m) => m.role === role);
          return (
            <li key={role} class="grade-card" data-testid={`grade-team-${role}`}>
              <h4>{roleName(role as Role)}</h4>
              {memo?.text.trim() ? <p class="memo-text small">{memo.text}</p> : <p class="muted small">{t('memo.empty')}</p>}
              <div class="grade-fields">
                <LevelPicks rubric={grades.rubric} mark={markOf(grades.teams, role)} onChange={(m) => mark('teams', role, m)} who={`team-${role}`} />
              </div>
            </li>
          );
        })}
      </ul>
      <h3 class="small-title">{t('grades.students')}</h3>
      <ul class="grade-list">
        {students.map((s) => (
          <li key={s.playerId} class="grade-card" data-testid={`grade-student-${s.nickname}`}>
            <h4>
              {s.nickname} <span class="muted small">{s.role ? roleName(s.role as Role) : ''}</span>
            </h4>
            {knowledgeCheck ? <p class="small muted">{t('grades.checkLine', { before: checkCell(s.playerId, 'before'), after: checkCell(s.playerId, 'after') })}</p> : null}
            <div class="grade-fields">
              <LevelPicks rubric={grades.rubric} mark={markOf(grades.students, s.playerId)} onChange={(m) => mark('students', s.playerId, m)} who={`student-${s.playerId}`} />
            </div>
            <ForgetStudent matchId={record.header.matchId} playerId={s.playerId} nickname={s.nickname} token={token} onDone={() => window.location.reload()} />
          </li>
        ))}
      </ul>
    </ReportSection>
  );
}
