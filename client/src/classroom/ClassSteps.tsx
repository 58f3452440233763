// Before the start, the console says what to do next, in order, and ticks what is done:
// so a teacher who has never seen the game knows the way from the code to the start.
import { t } from '../i18n/index.ts';
import type { Synced } from '../state/store.ts';

interface Step {
  id: string;
  done: boolean;
  params?: Record<string, string | number>;
}

export function stepsOf(synced: Synced): Step[] {
  const students = synced.players.length;
  return [
    { id: 'join', done: students > 0, params: { count: students } },
    { id: 'projector', done: synced.projectorCount > 0 },
    { id: 'teams', done: students > 0 && synced.seats.every((s) => s.players > 0 || synced.options.bots) },
    { id: 'lock', done: synced.locked },
    { id: 'options', done: false },
    { id: 'start', done: false },
  ];
}

export function ClassSteps({ synced }: { synced: Synced }) {
  const steps = stepsOf(synced);
  const next = steps.find((s) => !s.done)?.id;
  return (
    <section class="card class-steps" aria-labelledby="class-steps-title" data-testid="class-steps">
      <h2 id="class-steps-title">{t('console.steps.title')}</h2>
      <ol>
        {steps.map((s) => (
          <li key={s.id} class={s.done ? 'step-done' : s.id === next ? 'step-next' : undefined} data-step={s.id} data-done={s.done}>
            <span class="step-mark" aria-hidden="true">
              {s.done ? '✓' : ''}
            </span>
            <span>
              {t(`console.steps.${s.id}`, s.params)}
              {s.done ? <span class="visually-hidden"> {t('console.steps.doneWord')}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
