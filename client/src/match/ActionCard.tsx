// One action card: what it is, what it costs, at whom, the effects the rules predict, the
// real event it echoes, and why a choice is refused, in the engine's words.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MenuEntry, Role } from '../../../shared/index.ts';
import { orderEffects } from '../../../shared/index.ts';
import { say, t, te } from '../i18n/index.ts';
import { SourceLinks } from '../ui/SourceLinks.tsx';
import { actionDef } from '../ui/actionDef.ts';
import { actionName, effectLine, optionName, targetName, targetRole, tensionLine } from '../ui/words.ts';

const uniq = <T,>(xs: T[]) => [...new Set(xs)];

/** The pages a precedent cites, as listed in shared/scenario/sources.ts. */

export function ActionCard({ entry, role, canAdd, closedReason, onAdd }: { entry: MenuEntry; role: Role; canAdd: boolean; closedReason?: string; onAdd: (o: MenuEntry['choices'][number]['order']) => void }) {
  const def = actionDef(entry.action)!;
  const targets = useMemo(() => uniq(entry.choices.map((c) => c.order.target).filter((x): x is string => !!x)), [entry]);
  const firstOk = entry.choices.find((c) => c.verdict.ok) ?? entry.choices[0];
  const [target, setTarget] = useState<string | undefined>(firstOk?.order.target);
  const options = useMemo(() => uniq(entry.choices.filter((c) => c.order.target === target).map((c) => c.order.option).filter((x): x is string => !!x)), [entry, target]);
  const [option, setOption] = useState<string | undefined>(firstOk?.order.option);
  // A target whose options differ: keep the option if it exists there, else its first.
  useEffect(() => {
    if (options.length && (!option || !options.includes(option))) setOption(options[0]);
    if (!options.length && option) setOption(undefined);
  }, [options]);
  const choice = entry.choices.find((c) => c.order.target === target && c.order.option === option) ?? firstOk;
  if (!choice) return null;
  const { effects, tension, escalatory } = orderEffects(def, choice.order);
  const tRole = targetRole(def, choice.order.target);
  const okFor = (tg?: string, op?: string) => entry.choices.some((c) => c.order.target === tg && (op === undefined || c.order.option === op) && c.verdict.ok);
  const id = `card-${entry.action}`;
  const reason = !choice.verdict.ok ? say(choice.verdict.reason) : undefined;
  const disabled = !canAdd || !choice.verdict.ok;
  return (
    <article class={`action-card cat-${def.category}${choice.verdict.ok ? '' : ' action-card-refused'}`} aria-labelledby={`${id}-name`} data-action={entry.action} data-testid={id}>
      <header class="card-head">
        <h4 id={`${id}-name`}>{actionName(entry.action)}</h4>
        <span class="pill pill-cost">{t('card.cost', { count: entry.cost })}</span>
      </header>
      <p class="card-desc">{te(`action.${entry.action}.desc`)}</p>
      {targets.length || options.length ? (
        <div class="card-choices">
          {targets.length ? (
            <label class="field field-inline">
              <span>{t('card.target')}</span>
              <select value={target} onChange={(e) => setTarget((e.target as HTMLSelectElement).value)} data-testid={`${id}-target`}>
                {targets.map((x) => (
                  <option key={x} value={x}>
                    {okFor(x) ? targetName(x) : t('card.notPossibleChoice', { name: targetName(x) })}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {options.length ? (
            <label class="field field-inline">
              <span>{t('card.option')}</span>
              <select value={option} onChange={(e) => setOption((e.target as HTMLSelectElement).value)} data-testid={`${id}-option`}>
                {options.map((x) => (
                  <option key={x} value={x}>
                    {okFor(target, x) ? optionName(x) : t('card.notPossibleChoice', { name: optionName(x) })}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      ) : null}
      <ul class="effects" aria-label={t('card.effects')}>
        {tension !== 0 ? <li class={`effect ${tension > 0 ? 'effect-up' : 'effect-down'}`}>{tensionLine(tension, def.ceiling)}</li> : null}
        {effects.map((e, i) => (
          <li key={i} class={`effect ${e.delta > 0 ? 'effect-plus' : 'effect-minus'}`}>
            {effectLine(e, role, tRole)}
          </li>
        ))}
        {!effects.length && tension === 0 ? <li class="effect effect-none">{t('card.noDirectEffect')}</li> : null}
        <li class="effect effect-tag">{t(`card.visibility.${def.visibility}`)}</li>
        {escalatory ? <li class="effect effect-tag effect-escalation">{t('card.escalatory')}</li> : null}
      </ul>
      {def.precedent ? (
        <div class="precedent">
          <p>
            <span class="precedent-label">{t('card.reality')}</span> <span data-date={def.precedent.date}>{te(def.precedent.text)}</span>
          </p>
          <SourceLinks ids={def.precedent.sources} />
        </div>
      ) : null}
      {reason ? (
        <p class="refusal" id={`${id}-why`}>
          {reason}
        </p>
      ) : null}
      {!reason && closedReason ? <p class="refusal refusal-soft">{closedReason}</p> : null}
      <button type="button" class="btn btn-small btn-primary card-add" disabled={disabled} aria-describedby={reason ? `${id}-why` : undefined} onClick={() => onAdd(choice.order)} data-testid={`${id}-add`}>
        {t('card.add')}
      </button>
    </article>
  );
}
