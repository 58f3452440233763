// The pacing and session controls, generated from the controls table: every control the
// teacher may send in this phase, grouped (pacing, event cards, the room, students, the
// options), each with its fields and a large button.
import type { ControlName } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import type { ConsoleContext, Group } from './controlTable.ts';
import { GROUPS, controlsNow, groupOf } from './controlTable.ts';
import { ControlForm } from './ControlForm.tsx';

/** Groups that start folded: the roster beside already offers these for each student. */
const FOLDED = new Set<Group>(['people']);

/** Before the start, the order a teacher works in: lock the room, set the options, then start. */
const LOBBY_ORDER: Group[] = ['room', 'setup', 'pacing', 'events', 'people', 'other'];
const MATCH_ORDER: Group[] = [...GROUPS, 'other'];

export function ControlPanel({ ctx }: { ctx: ConsoleContext }) {
  const names = controlsNow(ctx);
  const groups = ctx.synced.phase === 'lobby' ? LOBBY_ORDER : MATCH_ORDER;
  const byGroup = (g: Group): ControlName[] => names.filter((n) => groupOf(n) === g);
  return (
    <section class="console-controls" aria-labelledby="controls-title" data-testid="console-controls">
      <h2 id="controls-title" class="visually-hidden">
        {t('console.controlsTitle')}
      </h2>
      {names.length === 0 ? <p class="muted">{t('console.noControls')}</p> : null}
      {groups.map((g) => {
        const list = byGroup(g);
        if (!list.length) return null;
        const body = (
          <div class={`control-grid control-grid-${g}`}>
            {list.map((n) => (
              <ControlForm key={n} name={n} ctx={ctx} />
            ))}
          </div>
        );
        return FOLDED.has(g) ? (
          <details key={g} class="card control-group" data-group={g}>
            <summary>
              <h3 class="control-group-title">{t(`console.group.${g}`)}</h3>
            </summary>
            {body}
          </details>
        ) : (
          <section key={g} class="card control-group" aria-labelledby={`group-${g}`} data-group={g}>
            <h3 id={`group-${g}`} class="control-group-title">
              {t(`console.group.${g}`)}
            </h3>
            {body}
          </section>
        );
      })}
    </section>
  );
}
