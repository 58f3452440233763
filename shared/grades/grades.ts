// Grades for a class session: a rubric the teacher edits (a few criteria, each with its
// levels, lowest first), applied to each team's memo and to each student, with a comment.
// Stored with the match's record (PUT /api/records/:matchId/grades, teacher only).
import { z } from 'zod';

export const GRADE_LIMITS = { criteria: 8, levels: 6, nameChars: 80, commentChars: 1000, students: 60 } as const;

const name = z.string().trim().min(1).max(GRADE_LIMITS.nameChars);
const comment = z.string().max(GRADE_LIMITS.commentChars);

export const RubricSchema = z.object({
  criteria: z
    .array(z.object({ id: z.string().min(1).max(24), name, levels: z.array(name).min(2).max(GRADE_LIMITS.levels) }))
    .min(1)
    .max(GRADE_LIMITS.criteria)
    .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, 'criterion ids must differ'),
});

/** One grading: the level chosen (an index into the criterion's levels) per criterion id, and a comment. */
export const MarkSchema = z.object({ levels: z.record(z.string(), z.int().min(0).max(GRADE_LIMITS.levels - 1)), comment });

export const GradesSchema = z
  .object({
    rubric: RubricSchema,
    /** Per team (role id): its memo's grading. */
    teams: z.record(z.string(), MarkSchema),
    /** Per student (playerId). */
    students: z.record(z.string(), MarkSchema),
  })
  .refine((g) => Object.keys(g.students).length <= GRADE_LIMITS.students, 'too many students')
  .refine(
    (g) =>
      [...Object.values(g.teams), ...Object.values(g.students)].every((mark) =>
        Object.entries(mark.levels).every(([id, level]) => {
          const c = g.rubric.criteria.find((x) => x.id === id);
          return c !== undefined && level < c.levels.length;
        }),
      ),
    'every level must be one of its criterion’s levels',
  );

export type Rubric = z.infer<typeof RubricSchema>;
export type Mark = z.infer<typeof MarkSchema>;
export type Grades = z.infer<typeof GradesSchema>;

/** The default rubric's criteria and levels, as text keys (the teacher's language fills them in). */
export const DEFAULT_RUBRIC_KEYS = {
  criteria: ['understanding', 'strategy', 'teamwork', 'memo'],
  levels: ['beginning', 'developing', 'secure', 'excellent'],
} as const;

/** The default rubric in words: `word(key)` reads `grades.default.<key>`. */
export function defaultRubric(word: (key: string) => string): Rubric {
  return {
    criteria: DEFAULT_RUBRIC_KEYS.criteria.map((id) => ({ id, name: word(`criterion.${id}`), levels: DEFAULT_RUBRIC_KEYS.levels.map((l) => word(`level.${l}`)) })),
  };
}

/** The mark of a student or team, or an empty one. */
export const markOf = (marks: Record<string, Mark>, id: string): Mark => marks[id] ?? { levels: {}, comment: '' };
