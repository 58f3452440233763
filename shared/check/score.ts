// Scoring the checks: one student's score, and the class's tally per question and per
// concept (what the teacher's console and the debrief show; no names in a tally).
import type { CheckStage, DrawnChecks } from './draw.ts';
import type { Concept } from './pool.ts';
import { CHECK_QUESTIONS, CONCEPTS } from './pool.ts';

/** One answer as recorded: who, in which check, which question, which choice. */
export interface CheckAnswer {
  playerId: string;
  stage: CheckStage;
  question: string;
  choice: string;
  at: number;
}

export interface Score {
  answered: number;
  correct: number;
  /** How many questions the check has. */
  of: number;
}

/** Each player's latest choice per stage and question. */
export function latestAnswers(answers: readonly CheckAnswer[]): Map<string, Record<CheckStage, Record<string, string>>> {
  const out = new Map<string, Record<CheckStage, Record<string, string>>>();
  for (const a of answers) {
    let mine = out.get(a.playerId);
    if (!mine) out.set(a.playerId, (mine = { before: {}, after: {} }));
    mine[a.stage][a.question] = a.choice;
  }
  return out;
}

export function scoreOf(chosen: Record<string, string>, questions: readonly string[]): Score {
  let answered = 0;
  let correct = 0;
  for (const id of questions) {
    const c = chosen[id];
    if (c === undefined) continue;
    answered++;
    if (CHECK_QUESTIONS[id]?.correct === c) correct++;
  }
  return { answered, correct, of: questions.length };
}

export interface QuestionTally {
  question: string;
  stage: CheckStage;
  concept: Concept;
  answered: number;
  correct: number;
}

export interface ConceptGain {
  concept: Concept;
  /** Share of answers right (0–1) in each check; undefined when nobody answered. */
  before?: number;
  after?: number;
  /** after − before, when both are known. */
  gain?: number;
}

export interface CheckTally {
  questions: QuestionTally[];
  concepts: ConceptGain[];
  /** Students who answered at least one question of each check. */
  took: Record<CheckStage, number>;
}

const share = (correct: number, answered: number): number | undefined => (answered ? correct / answered : undefined);

/** The class's results: per question, per concept (before, after, gain), and how many took each check. */
export function tallyChecks(drawn: DrawnChecks, answers: readonly CheckAnswer[]): CheckTally {
  const latest = [...latestAnswers(answers).values()];
  const questions: QuestionTally[] = (['before', 'after'] as const).flatMap((stage) =>
    drawn[stage].map((id) => {
      let answered = 0;
      let correct = 0;
      for (const mine of latest) {
        const c = mine[stage][id];
        if (c === undefined) continue;
        answered++;
        if (CHECK_QUESTIONS[id].correct === c) correct++;
      }
      return { question: id, stage, concept: CHECK_QUESTIONS[id].concept, answered, correct };
    }),
  );
  const concepts = CONCEPTS.map((concept): ConceptGain => {
    const sum = (stage: CheckStage) => {
      const mine = questions.filter((x) => x.concept === concept && x.stage === stage);
      return share(
        mine.reduce((n, x) => n + x.correct, 0),
        mine.reduce((n, x) => n + x.answered, 0),
      );
    };
    const before = sum('before');
    const after = sum('after');
    return { concept, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}), ...(before !== undefined && after !== undefined ? { gain: after - before } : {}) };
  });
  const took = (stage: CheckStage) => latest.filter((mine) => Object.keys(mine[stage]).length > 0).length;
  return { questions, concepts, took: { before: took('before'), after: took('after') } };
}
