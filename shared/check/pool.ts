// The knowledge check's questions, as data: what a class is asked before and after a
// session about the crisis and about how crises escalate and settle. Each question rests
// on one fact of the crisis, cited from a recorded page (shared/scenario/sources.ts), and
// tests one concept. Texts are engine keys: `check.q.<id>.question|fact|choice.<c>`.
// Wording stays neutral: no question asks which side was right about the drone.

export const CONCEPTS = ['audienceCosts', 'twoLevel', 'ripeness', 'uncertainty', 'sharedEnemy'] as const;
export type Concept = (typeof CONCEPTS)[number];

export interface CheckQuestion {
  id: string;
  concept: Concept;
  /** Choice ids, in the order shown; texts at `check.q.<id>.choice.<c>`. */
  choices: readonly string[];
  correct: string;
  /** The fact the question rests on (text at `check.q.<id>.fact`): its date, as day or month. */
  factDate: string;
  /** Pages (ids in SOURCES) that report the fact, published on or after it. */
  sources: readonly string[];
}

const q = (id: string, concept: Concept, correct: string, factDate: string, sources: string[], choices = ['a', 'b', 'c']): CheckQuestion => ({
  id,
  concept,
  choices,
  correct,
  factDate,
  sources,
});

export const CHECK_POOL: readonly CheckQuestion[] = [
  q('juntaWords', 'audienceCosts', 'a', '2025-04-07', ['aantv-2025-04-08']),
  q('embassyProtest', 'audienceCosts', 'b', '2025-04-08', ['maliweb-2025-04-08']),
  q('unSpeeches', 'audienceCosts', 'c', '2025-09-26', ['africanews-2025-09-27', 'djaz-2025-09-29']),
  q('allianceRecall', 'twoLevel', 'b', '2025-04-06', ['ap-2025-04-07']),
  q('accordEnded', 'twoLevel', 'a', '2024-01-25', ['dw-2024-01-25']),
  q('mediationCall', 'ripeness', 'c', '2025-04-28', ['iss-2025-04-28']),
  q('fuelBlockade', 'ripeness', 'a', '2025-09', ['ap-2025-10-08']),
  q('russiaOffer', 'ripeness', 'b', '2025-10', ['algerie360-2025-10-15']),
  q('twoAccounts', 'uncertainty', 'b', '2025-04-02', ['reuters-2025-04-02']),
  q('costlyRecall', 'uncertainty', 'a', '2025-04-07', ['xinhua-2025-04-07']),
  q('cemocExit', 'sharedEnemy', 'c', '2025-04-06', ['madar-2025-04-07']),
  q('borderBattle', 'sharedEnemy', 'a', '2024-07-27', ['wikipedia-2024-07-29', 'naija247-2024-07-30']),
];

export const CHECK_QUESTIONS: Readonly<Record<string, CheckQuestion>> = Object.fromEntries(CHECK_POOL.map((x) => [x.id, x]));
