// The grades as a spreadsheet: one row per student, with their team, their knowledge-check
// scores before and after, what they did (participation), their rubric levels and the
// teacher's comment, then their team memo's levels and comment. Built from the full record.
import type { CheckAnswer } from '../check/index.ts';
import { drawChecks, latestAnswers, scoreOf } from '../check/index.ts';
import { cell } from '../debrief/csv.ts';
import type { StudentActivity } from '../protocol/participation.ts';
import type { Grades } from './grades.ts';
import { markOf } from './grades.ts';

export interface GradesCsvInput {
  seed: number;
  knowledgeCheck: boolean;
  students: readonly StudentActivity[];
  checkAnswers?: readonly CheckAnswer[];
  grades?: Grades;
}

export interface GradesCsvWords {
  team: (role: string) => string;
  /** Column titles, by key (see GRADES_COLUMNS). */
  column: (key: string) => string;
}

export const GRADES_COLUMNS = [
  'nickname',
  'team',
  'checkBefore',
  'checkAfter',
  'ordersAdded',
  'draftEdits',
  'proposalsMade',
  'proposalsAnswered',
  'messagesPublic',
  'messagesTeam',
  'messagesPrivate',
  'weeksConnected',
  'readyMarks',
] as const;

/** A spreadsheet must not run what a student typed as a formula. */
const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

export function gradesCsv(input: GradesCsvInput, words: GradesCsvWords): string {
  const criteria = input.grades?.rubric.criteria ?? [];
  const head = [
    ...GRADES_COLUMNS.map((c) => words.column(c)),
    ...criteria.map((c) => c.name),
    words.column('comment'),
    ...criteria.map((c) => `${words.column('memo')}: ${c.name}`),
    words.column('memoComment'),
  ];
  const drawn = drawChecks(input.seed);
  const answers = latestAnswers(input.checkAnswers ?? []);
  const score = (playerId: string, stage: 'before' | 'after') => {
    if (!input.knowledgeCheck) return '';
    const s = scoreOf(answers.get(playerId)?.[stage] ?? {}, drawn[stage]);
    return s.answered ? `${s.correct}/${s.of}` : '';
  };
  const level = (levels: Record<string, number>, c: (typeof criteria)[number]) => (levels[c.id] === undefined ? '' : c.levels[levels[c.id]] ?? '');
  const rows = input.students.map((s) => {
    const mine = markOf(input.grades?.students ?? {}, s.playerId);
    const team = markOf(input.grades?.teams ?? {}, s.role);
    return [
      safe(s.nickname),
      s.role ? words.team(s.role) : '',
      score(s.playerId, 'before'),
      score(s.playerId, 'after'),
      s.ordersAdded,
      s.draftEdits,
      s.proposalsMade,
      s.proposalsAnswered,
      s.messages.public,
      s.messages.team,
      s.messages.private,
      s.weeksConnected,
      s.readyMarks,
      ...criteria.map((c) => safe(level(mine.levels, c))),
      safe(mine.comment),
      ...criteria.map((c) => safe(level(team.levels, c))),
      safe(team.comment),
    ];
  });
  return [head.map((h) => cell(safe(h))), ...rows.map((r) => r.map(cell))].map((r) => r.join(',')).join('\r\n') + '\r\n';
}
