// A student's knowledge check (phone first): the questions of the check now due, each
// resting on one fact of the crisis, answered one tap at a time. Only this student's own
// answers come back from the server; a later tap replaces an earlier one until it closes.
import '../styles/check.css';
import { CHECK_QUESTIONS } from '../../../shared/check/index.ts';
import { t, te } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { useStore } from '../state/store.ts';

/** In the match itself: the check before, for a student who came late or has not finished it, while week 1 lasts. */
export function LateCheck() {
  const check = useStore((s) => s.check);
  if (!check || check.stage !== 'before' || !check.open || check.questions.every((id) => check.answers[id] !== undefined)) return null;
  return <KnowledgeCheck />;
}

export function KnowledgeCheck() {
  const check = useStore((s) => s.check);
  if (!check) return null;
  const { stage, questions, answers, open } = check;
  const answered = questions.filter((id) => answers[id] !== undefined).length;
  const done = answered === questions.length;
  return (
    <section class="card knowledge-check" aria-labelledby="check-title" data-testid="knowledge-check" data-stage={stage} data-done={done}>
      <h2 id="check-title">{t(`check.title.${stage}`)}</h2>
      <p class="muted">{t('check.lead')}</p>
      <ol class="check-questions">
        {questions.map((id, i) => {
          const q = CHECK_QUESTIONS[id];
          if (!q) return null;
          return (
            <li key={id} data-testid={`check-q-${id}`}>
              <fieldset class="check-question" disabled={!open}>
                <legend>
                  <span class="visually-hidden">{t('check.number', { n: i + 1 })} </span>
                  {te(`check.q.${id}.question`)}
                </legend>
                <p class="check-fact small muted">{te(`check.q.${id}.fact`)}</p>
                {q.choices.map((c) => (
                  <label key={c} class="check-choice">
                    <input
                      type="radio"
                      name={`check-${stage}-${id}`}
                      value={c}
                      checked={answers[id] === c}
                      onChange={() => link.send('check.answer', { stage, question: id, choice: c })}
                      data-testid={`check-${id}-${c}`}
                    />
                    <span>{te(`check.q.${id}.choice.${c}`)}</span>
                  </label>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p class={`check-progress${done ? ' check-done' : ''}`} role="status" data-testid="check-progress">
        {!open ? t('check.closed') : done ? t('check.done') : t('check.progress', { answered, count: questions.length })}
      </p>
    </section>
  );
}
