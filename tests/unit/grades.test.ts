// Grades: the rubric and marks are checked before they are kept, and the CSV has one row
// per student with the check before and after, participation, rubric levels and comments.
import { describe, expect, it } from 'vitest';
import { CHECK_QUESTIONS, drawChecks } from '../../shared/check/index.ts';
import type { CheckAnswer } from '../../shared/check/index.ts';
import { parseCsv } from '../../shared/debrief/index.ts';
import type { Grades } from '../../shared/grades/index.ts';
import { defaultRubric, GRADES_COLUMNS, GradesSchema, gradesCsv } from '../../shared/grades/index.ts';
import type { StudentActivity } from '../../shared/protocol/index.ts';

const rubric = defaultRubric((k) => k);
const activity = (playerId: string, nickname: string, role: StudentActivity['role'], more: Partial<StudentActivity> = {}): StudentActivity => ({
  playerId,
  nickname,
  role,
  ordersAdded: 0,
  draftEdits: 0,
  proposalsMade: 0,
  proposalsAnswered: 0,
  messages: { public: 0, team: 0, private: 0 },
  weeksConnected: 0,
  readyMarks: 0,
  ...more,
});

describe('grades', () => {
  it('has a default rubric of four criteria with four levels each, in the words given', () => {
    expect(rubric.criteria.map((c) => c.id)).toEqual(['understanding', 'strategy', 'teamwork', 'memo']);
    expect(rubric.criteria[0]).toEqual({ id: 'understanding', name: 'criterion.understanding', levels: ['level.beginning', 'level.developing', 'level.secure', 'level.excellent'] });
    expect(GradesSchema.safeParse({ rubric, teams: {}, students: {} }).success).toBe(true);
  });

  it('refuses a level a criterion does not have, an unknown criterion, an empty rubric', () => {
    expect(GradesSchema.safeParse({ rubric, teams: {}, students: { p1: { levels: { understanding: 4 }, comment: '' } } }).success).toBe(false);
    expect(GradesSchema.safeParse({ rubric, teams: { mali: { levels: { nope: 0 }, comment: '' } }, students: {} }).success).toBe(false);
    expect(GradesSchema.safeParse({ rubric: { criteria: [] }, teams: {}, students: {} }).success).toBe(false);
    expect(GradesSchema.safeParse({ rubric: { criteria: [{ id: 'a', name: 'A', levels: ['only one'] }] }, teams: {}, students: {} }).success).toBe(false);
  });

  it('exports one row per student: team, check before and after, participation, levels and comments', () => {
    const seed = 9;
    const drawn = drawChecks(seed);
    const answers: CheckAnswer[] = [
      ...drawn.before.map((q, i) => ({ playerId: 'p1', stage: 'before' as const, question: q, choice: i < 2 ? CHECK_QUESTIONS[q].correct : 'z', at: i })),
      ...drawn.after.map((q) => ({ playerId: 'p1', stage: 'after' as const, question: q, choice: CHECK_QUESTIONS[q].correct, at: 100 })),
    ];
    const grades: Grades = {
      rubric,
      teams: { mali: { levels: { memo: 3 }, comment: 'Clear memo' } },
      students: { p1: { levels: { understanding: 2, teamwork: 1 }, comment: 'Good, but "quiet", then\nbetter' }, p2: { levels: {}, comment: '=SUM(A1)' } },
    };
    const students = [
      activity('p1', 'Amina', 'mali', { ordersAdded: 3, draftEdits: 4, messages: { public: 1, team: 5, private: 2 }, weeksConnected: 3, readyMarks: 2, proposalsMade: 1 }),
      activity('p2', '+Bakary', 'algeria'),
    ];
    const csv = gradesCsv({ seed, knowledgeCheck: true, students, checkAnswers: answers, grades }, { team: (r) => r.toUpperCase(), column: (k) => k });
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0])).toEqual([...GRADES_COLUMNS, ...rubric.criteria.map((c) => c.name), 'comment', ...rubric.criteria.map((c) => `memo: ${c.name}`), 'memoComment']);
    expect(rows[0]).toMatchObject({
      nickname: 'Amina',
      team: 'MALI',
      checkBefore: `2/${drawn.before.length}`,
      checkAfter: `${drawn.after.length}/${drawn.after.length}`,
      ordersAdded: '3',
      draftEdits: '4',
      proposalsMade: '1',
      messagesTeam: '5',
      weeksConnected: '3',
      readyMarks: '2',
      'criterion.understanding': 'level.secure',
      'criterion.teamwork': 'level.developing',
      'criterion.strategy': '',
      comment: 'Good, but "quiet", then\nbetter',
      'memo: criterion.memo': 'level.excellent',
      memoComment: 'Clear memo',
    });
    // What a student or the teacher typed is never a formula in a spreadsheet.
    expect(rows[1]).toMatchObject({ nickname: "'+Bakary", checkBefore: '', comment: "'=SUM(A1)", memoComment: '' });
    // Without the check, its columns stay empty; without grades, no rubric columns.
    const bare = parseCsv(gradesCsv({ seed, knowledgeCheck: false, students, checkAnswers: answers }, { team: (r) => r, column: (k) => k }));
    expect(bare[0].checkBefore).toBe('');
    expect(Object.keys(bare[0])).toEqual([...GRADES_COLUMNS, 'comment', 'memoComment']);
  });
});
