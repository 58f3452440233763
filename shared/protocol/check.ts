// The knowledge check on the wire: a student's own check (questions, their answers, open
// or not) and the teacher's live results. A student's message carries that student's
// answers only; the results go to the teacher's console alone.
import { z } from 'zod';
import { CHECK_STAGES, CONCEPTS } from '../check/index.ts';

export const CheckStageSchema = z.enum(CHECK_STAGES);

/** One student's check: the one now due (before the start and in week 1, or after the end). */
export const MyCheckSchema = z.object({
  stage: CheckStageSchema,
  questions: z.array(z.string()),
  /** This student's choices so far, by question. */
  answers: z.record(z.string(), z.string()),
  /** Answers are still taken. */
  open: z.boolean(),
});

const ScoreSchema = z.object({ answered: z.int(), correct: z.int(), of: z.int() });

/** Teacher only: the class's results as they come in. */
export const CheckResultsSchema = z.object({
  questions: z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
  students: z.array(z.object({ playerId: z.string(), nickname: z.string(), before: ScoreSchema, after: ScoreSchema })),
  tally: z.object({
    questions: z.array(z.object({ question: z.string(), stage: CheckStageSchema, concept: z.enum(CONCEPTS), answered: z.int(), correct: z.int() })),
    concepts: z.array(z.object({ concept: z.enum(CONCEPTS), before: z.number().optional(), after: z.number().optional(), gain: z.number().optional() })),
    took: z.object({ before: z.int(), after: z.int() }),
  }),
});
export type MyCheck = z.infer<typeof MyCheckSchema>;
export type CheckResults = z.infer<typeof CheckResultsSchema>;
