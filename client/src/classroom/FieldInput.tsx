// One parameter of a control, drawn from its declared kind: a number within its bounds, a
// member of the match, a seated role, a nickname, or an event card.
import type { ParamField } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { roleName } from '../ui/words.ts';
import type { ConsoleContext } from './controlTable.ts';
import { eventTitle, fieldLabel } from './controlTable.ts';

interface Props {
  id: string;
  name: string;
  field: ParamField;
  value: string;
  onChange: (v: string) => void;
  ctx: ConsoleContext;
}

const read = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** A whole number within bounds, typed on a phone's number pad; the id is also its test id. */
export function IntInput({ id, min, max, value, placeholder, onChange }: { id: string; min?: number; max?: number; value: string; placeholder?: string; onChange: (v: string) => void }) {
  return (
    <input id={id} type="number" inputMode="numeric" min={min} max={max} step={1} value={value} placeholder={placeholder} onInput={(e) => onChange(read(e))} data-testid={id} />
  );
}

export function FieldInput({ id, name, field, value, onChange, ctx }: Props) {
  const label = fieldLabel(name, field);
  const testId = `${id}-${name}`;
  if (field.kind === 'int') {
    return (
      <label class="field console-field" for={testId}>
        <span>{field.unit === 'seconds' ? t('console.unit.secondsLabel', { label }) : label}</span>
        <span class="int-field">
          <IntInput id={testId} min={field.min} max={field.max} value={value} onChange={onChange} />
          <span class="muted small">{t('console.unit.range', { min: field.min, max: field.max })}</span>
        </span>
      </label>
    );
  }
  if (field.kind === 'nickname') {
    return (
      <label class="field console-field" for={testId}>
        <span>{label}</span>
        <input id={testId} type="text" maxLength={field.max} value={value} onInput={(e) => onChange(read(e))} data-testid={testId} />
      </label>
    );
  }
  if (field.kind === 'role') {
    const seated = ctx.synced.seats.map((s) => s.role).filter((r) => !field.values || field.values.includes(r));
    return (
      <label class="field console-field" for={testId}>
        <span>{label}</span>
        <select id={testId} value={value} onChange={(e) => onChange(read(e))} data-testid={testId}>
          {seated.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (field.kind === 'eventCard') {
    return (
      <label class="field console-field" for={testId}>
        <span>{label}</span>
        <select id={testId} value={value} onChange={(e) => onChange(read(e))} data-testid={testId}>
          {(field.values ?? []).map((id) => (
            <option key={id} value={id}>
              {eventTitle(id)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (field.kind === 'playerId') {
    const watchers = ctx.feed?.watchers ?? [];
    return (
      <label class="field console-field" for={testId}>
        <span>{label}</span>
        <select id={testId} value={value} onChange={(e) => onChange(read(e))} data-testid={testId}>
          <option value="">{t('console.pick')}</option>
          {ctx.synced.seats.map((s) => {
            const people = ctx.synced.players.filter((p) => p.role === s.role);
            return people.length ? (
              <optgroup key={s.role} label={roleName(s.role)}>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.nickname}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
          {watchers.length ? (
            <optgroup label={t('console.watchers')}>
              {watchers.map((w) => (
                <option key={w.playerId} value={w.playerId}>
                  {t(w.projector ? 'console.member.projector' : 'console.member.spectator', { name: w.nickname })}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </label>
    );
  }
  return null;
}
