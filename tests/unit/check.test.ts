// The knowledge check: every question rests on a recorded, sourced fact and is written in
// all three languages; the two checks of a class never share a question; scoring and the
// class's tally count each student's latest answer.
import { describe, expect, it } from 'vitest';
import ar from '../../shared/i18n/ar.json' with { type: 'json' };
import en from '../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../shared/i18n/fr.json' with { type: 'json' };
import type { CheckAnswer } from '../../shared/check/index.ts';
import { CHECK_POOL, CONCEPTS, drawChecks, latestAnswers, scoreOf, tallyChecks } from '../../shared/check/index.ts';
import { SOURCES } from '../../shared/scenario/sources.ts';

function lookup(texts: unknown, key: string): string | undefined {
  let node: unknown = texts;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

describe('the question pool', () => {
  it('gives every question a concept, a right choice among its choices, and a fact with a recorded source published after it', () => {
    const problems: string[] = [];
    for (const q of CHECK_POOL) {
      if (!(CONCEPTS as readonly string[]).includes(q.concept)) problems.push(`${q.id}: concept ${q.concept}`);
      if (!q.choices.includes(q.correct)) problems.push(`${q.id}: the right choice ${q.correct} is not a choice`);
      if (q.choices.length < 3) problems.push(`${q.id}: fewer than three choices`);
      if (!q.sources.length) problems.push(`${q.id}: no source`);
      for (const id of q.sources) {
        const src = SOURCES[id];
        if (!src) problems.push(`${q.id}: unknown source ${id}`);
        else if (src.published.slice(0, q.factDate.length) < q.factDate) problems.push(`${q.id}: ${id} (${src.published}) appeared before the fact (${q.factDate})`);
      }
    }
    expect(problems).toEqual([]);
    expect(new Set(CHECK_POOL.map((q) => q.id)).size).toBe(CHECK_POOL.length);
  });

  it('has the fact, the question and every choice in English, French and Arabic', () => {
    const missing: string[] = [];
    for (const [lang, texts] of Object.entries({ en, fr, ar })) {
      for (const c of CONCEPTS) if (!lookup(texts, `check.concept.${c}`)) missing.push(`${lang} concept ${c}`);
      for (const q of CHECK_POOL) {
        for (const key of [`check.q.${q.id}.fact`, `check.q.${q.id}.question`, ...q.choices.map((c) => `check.q.${q.id}.choice.${c}`)]) {
          if (!lookup(texts, key)?.trim()) missing.push(`${lang} ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('never asks which side was right about the drone', () => {
    for (const q of CHECK_POOL) {
      const words = [lookup(en, `check.q.${q.id}.question`)!, ...q.choices.map((c) => lookup(en, `check.q.${q.id}.choice.${c}`)!)].join(' ').toLowerCase();
      expect(words, q.id).not.toMatch(/drone/);
      expect(words, q.id).not.toMatch(/who (was|is) right|whose account|told the truth|lied/);
    }
  });

  it('does not always put the right answer in the same place', () => {
    expect(new Set(CHECK_POOL.map((q) => q.choices.indexOf(q.correct))).size).toBeGreaterThan(1);
  });
});

describe('drawing the two checks', () => {
  it('gives each check 5 to 8 questions covering every concept, and never a question of one in the other', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 3000; seed++) {
      const { before, after } = drawChecks(seed);
      for (const check of [before, after]) {
        expect(check.length).toBeGreaterThanOrEqual(5);
        expect(check.length).toBeLessThanOrEqual(8);
        expect(new Set(check).size).toBe(check.length);
        const concepts = new Set(check.map((id) => CHECK_POOL.find((q) => q.id === id)!.concept));
        expect(concepts.size).toBe(CONCEPTS.length);
      }
      expect(before.filter((id) => after.includes(id))).toEqual([]);
      expect(before.join()).not.toBe(after.join());
      seen.add(before.join());
    }
    // The seed decides: the same seed, the same draw; different seeds, many different ones.
    expect(drawChecks(42)).toEqual(drawChecks(42));
    expect(seen.size).toBeGreaterThan(50);
  });
});

describe('scoring', () => {
  const drawn = drawChecks(7);
  const right = (id: string) => CHECK_POOL.find((q) => q.id === id)!.correct;
  const wrong = (id: string) => CHECK_POOL.find((q) => q.id === id)!.choices.find((c) => c !== right(id))!;
  const answer = (playerId: string, stage: 'before' | 'after', question: string, choice: string, at = 1): CheckAnswer => ({ playerId, stage, question, choice, at });

  it("counts a student's latest choice per question, and only the questions of the check", () => {
    const [q1, q2] = drawn.before;
    const answers = [answer('a', 'before', q1, wrong(q1), 1), answer('a', 'before', q1, right(q1), 2), answer('a', 'before', q2, wrong(q2), 3), answer('a', 'before', drawn.after[0], right(drawn.after[0]), 4)];
    const mine = latestAnswers(answers).get('a')!;
    expect(scoreOf(mine.before, drawn.before)).toEqual({ answered: 2, correct: 1, of: drawn.before.length });
    expect(scoreOf(mine.after, drawn.after)).toEqual({ answered: 0, correct: 0, of: drawn.after.length });
  });

  it('tallies the class per question and per concept, with the gain from before to after', () => {
    const answers: CheckAnswer[] = [];
    // Two students: wrong on everything before, right on everything after.
    for (const p of ['a', 'b']) {
      for (const id of drawn.before) answers.push(answer(p, 'before', id, wrong(id)));
      for (const id of drawn.after) answers.push(answer(p, 'after', id, right(id)));
    }
    // A third answers one question before, rightly, and nothing after.
    answers.push(answer('c', 'before', drawn.before[0], right(drawn.before[0])));
    const tally = tallyChecks(drawn, answers);
    expect(tally.took).toEqual({ before: 3, after: 2 });
    const first = tally.questions.find((q) => q.question === drawn.before[0])!;
    expect(first).toMatchObject({ stage: 'before', answered: 3, correct: 1 });
    for (const q of tally.questions.filter((x) => x.stage === 'after')) expect(q).toMatchObject({ answered: 2, correct: 2 });
    for (const c of tally.concepts) {
      expect(c.after).toBe(1);
      expect(c.gain).toBeCloseTo(1 - c.before!, 10);
    }
    const firstConcept = tally.concepts.find((c) => c.concept === first.concept)!;
    expect(firstConcept.before).toBeGreaterThan(0);
    // Nobody answered: no share, no gain.
    expect(tallyChecks(drawn, []).concepts.every((c) => c.before === undefined && c.gain === undefined)).toBe(true);
  });
});
