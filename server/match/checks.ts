// The knowledge check's answers in a match: each student's latest choice per question,
// kept with the match (snapshot and records) and read by the projection, which sends a
// student their own answers only and the teacher the class's results.
import type { CheckAnswer, CheckStage, DrawnChecks } from '../../shared/check/index.ts';
import { CHECK_QUESTIONS, drawChecks } from '../../shared/check/index.ts';
import { Refusal } from './refusal.ts';

/** What decides which check is due: the match's option, phase and week. */
export interface CheckTiming {
  knowledgeCheck: boolean;
  phase: string;
  turn: number;
}

/**
 * The check due now, and whether it takes answers: the one before from the lobby through
 * week 1 (latecomers answer during the first week), the one after once the match has ended.
 */
export function dueCheck(t: CheckTiming): { stage: CheckStage; open: boolean } | undefined {
  if (!t.knowledgeCheck) return undefined;
  if (t.phase === 'ended') return { stage: 'after', open: true };
  return { stage: 'before', open: t.phase === 'lobby' || t.turn <= 1 };
}

export class KnowledgeChecks {
  private answers: CheckAnswer[] = [];
  private drawnFor?: { seed: number; drawn: DrawnChecks };

  /** The questions of both checks for this seed (drawn once per seed). */
  drawn(seed: number): DrawnChecks {
    if (this.drawnFor?.seed !== seed) this.drawnFor = { seed, drawn: drawChecks(seed) };
    return this.drawnFor.drawn;
  }

  /** Checks everything, then keeps the answer (replacing the student's earlier choice). */
  answer(t: CheckTiming, seed: number, a: CheckAnswer): CheckAnswer {
    const due = dueCheck(t);
    if (!due) throw new Refusal('checkOff');
    if (due.stage !== a.stage || !due.open) throw new Refusal('checkClosed', { stage: a.stage });
    const q = CHECK_QUESTIONS[a.question];
    if (!q || !this.drawn(seed)[a.stage].includes(a.question)) throw new Refusal('unknownQuestion', { question: a.question.slice(0, 40) });
    if (!q.choices.includes(a.choice)) throw new Refusal('unknownQuestion', { question: `${a.question}/${a.choice.slice(0, 8)}` });
    this.answers = this.answers.filter((x) => !(x.playerId === a.playerId && x.stage === a.stage && x.question === a.question));
    this.answers.push({ ...a });
    return a;
  }

  all(): readonly CheckAnswer[] {
    return this.answers;
  }

  /** One student's choices in one check. */
  of(playerId: string, stage: CheckStage): Record<string, string> {
    const out: Record<string, string> = {};
    for (const a of this.answers) if (a.playerId === playerId && a.stage === stage) out[a.question] = a.choice;
    return out;
  }

  snapshot(): CheckAnswer[] {
    return this.answers.map((a) => ({ ...a }));
  }

  restore(answers: readonly CheckAnswer[] | undefined): void {
    this.answers = (answers ?? []).map((a) => ({ ...a }));
  }
}
