// The tension ladder for the room: every rung with its number and name, calm at the
// bottom, danger at the top; the rung the crisis stands on is filled and marked in words.
import { TENSION_RUNGS } from '../../../shared/index.ts';
import { t, te } from '../i18n/index.ts';
import { tensionFill, tensionInk } from '../ui/tension.ts';

export function TensionLadder({ tension }: { tension: number }) {
  const now = Math.max(0, Math.min(10, Math.floor(tension)));
  const rungs = TENSION_RUNGS.map((id, n) => ({ id, n })).reverse();
  return (
    <section class="ladder" aria-labelledby="ladder-title" data-testid="tension-ladder" data-rung={now}>
      <h2 id="ladder-title" class="small-title">
        {t('projector.ladder')}
      </h2>
      <p class="ladder-direction muted small">{t('projector.ladderDirection', { low: te(`rung.${TENSION_RUNGS[0]}`), high: te(`rung.${TENSION_RUNGS[10]}`) })}</p>
      <ol class="ladder-rungs" reversed>
        {rungs.map(({ id, n }) => (
          <li key={id} class={`rung${n === now ? ' rung-now' : ''}${n < now ? ' rung-below' : ''}`} aria-current={n === now ? 'step' : undefined}>
            <span class="rung-num" style={n <= now ? { background: tensionFill(n), color: tensionInk(n) } : undefined}>
              {n}
            </span>
            <span class="rung-name">{te(`rung.${id}`)}</span>
            {n === now ? <span class="rung-here">{t('projector.here')}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
