// Tension as number, rung name and colour together.
import { TENSION_RUNGS } from '../../../shared/index.ts';
import { t, te } from '../i18n/index.ts';
import { tensionFill, tensionInk } from '../ui/tension.ts';

export function TensionChip({ tension }: { tension: number }) {
  const rung = Math.max(0, Math.min(10, Math.floor(tension)));
  return (
    <span class="tension-chip" data-testid="tension">
      <span class="tension-label">{t('match.bar.tension')}</span>
      <span class="tension-num" style={{ background: tensionFill(rung), color: tensionInk(rung) }}>
        {rung}
      </span>
      <span class="visually-hidden">{t('match.bar.tensionScale', { max: TENSION_RUNGS.length - 1 })}</span>
      <span class="tension-name">{te(`rung.${TENSION_RUNGS[rung]}`)}</span>
    </span>
  );
}
