// One control of the table as a form: its fields (some may be fixed by where the form
// sits, e.g. the student of a roster row), its big button, and a confirmation when the
// table says it is destructive. The server checks it again; refusals arrive as notices.
import { useEffect, useState } from 'preact/hooks';
import type { ControlName } from '../../../shared/protocol/index.ts';
import { CONTROLS } from '../../../shared/protocol/index.ts';
import { hasUi, t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import type { ConsoleContext } from './controlTable.ts';
import { controlButton, controlHint, controlLabel, fieldsOf, firstValue, paramWords } from './controlTable.ts';
import { FieldInput } from './FieldInput.tsx';
import type { OptionDraft } from './OptionsForm.tsx';
import { OptionsForm, optionDraft, optionPatch } from './OptionsForm.tsx';

interface Props {
  name: ControlName;
  ctx: ConsoleContext;
  /** Fields given by the place of the form (not shown). */
  fixed?: Record<string, string>;
  /** A short form in a roster row: no title or help. */
  compact?: boolean;
  /** After the control was sent (e.g. to close a roster row). */
  onSent?: () => void;
}

export function sendControl(name: ControlName, params: Record<string, unknown>): void {
  link.send('control', { command: name, ...(Object.keys(params).length ? { params } : {}) });
}

export function ControlForm({ name, ctx, fixed = {}, compact, onSent }: Props) {
  const spec = CONTROLS[name];
  const fields = fieldsOf(name);
  const shown = fields.filter(([k]) => !(k in fixed));
  // A student is moved to another team than their own: start the choice there.
  const student = fixed.playerId ? ctx.synced.players.find((p) => p.id === fixed.playerId) : undefined;
  const start = (f: (typeof fields)[number][1]) =>
    f.kind === 'role' && student ? (ctx.synced.seats.find((x) => x.role !== student.role)?.role ?? '') : firstValue(f, ctx);
  const initial = () => Object.fromEntries(shown.map(([k, f]) => [k, start(f)]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const optionsKey = JSON.stringify(ctx.synced.options);
  const [draft, setDraft] = useState<OptionDraft>(() => optionDraft(ctx.synced.options));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [asking, setAsking] = useState<Record<string, unknown> | null>(null);
  useEffect(() => setDraft(optionDraft(ctx.synced.options)), [optionsKey]);

  const params = (): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...fixed };
    for (const [k, f] of shown) {
      if (f.kind === 'options') out[k] = optionPatch(draft, ctx.synced.options);
      else if (f.kind === 'int') out[k] = values[k] === '' ? NaN : Number(values[k]);
      else out[k] = f.kind === 'nickname' ? (values[k] ?? '').trim() : values[k];
    }
    return out;
  };
  const send = (p: Record<string, unknown>) => {
    setAsking(null);
    sendControl(name, p);
    if (shown.some(([, f]) => f.kind === 'nickname')) setValues(initial());
    onSent?.();
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const p = params();
    const empty = shown.some(([, f]) => f.kind === 'options') && Object.keys(p.options as object).length === 0;
    const ok = !empty && spec.params.safeParse(p).success;
    setInvalid(ok ? null : empty ? 'console.nothingChanged' : 'console.invalid');
    if (!ok) return;
    if (spec.confirm) setAsking(p);
    else send(p);
  };
  const id = `ctl-${name}${fixed.playerId ? `-${fixed.playerId}` : ''}`;
  const question = asking
    ? hasUi(`console.control.${name}.confirm`)
      ? t(`console.control.${name}.confirm`, paramWords(name, asking, ctx))
      : t('console.confirmGeneric', { control: controlLabel(name) })
    : '';
  const danger = spec.confirm ? ' btn-danger' : name === 'start' ? ' btn-primary' : '';
  return (
    <form class={`control control-${name}${compact ? ' control-compact' : ''}`} onSubmit={submit} data-testid={id} aria-labelledby={compact ? undefined : `${id}-title`}>
      {compact ? null : (
        <div class="control-head">
          <h4 id={`${id}-title`}>{controlLabel(name)}</h4>
          <p class="muted small">{controlHint(name)}</p>
        </div>
      )}
      {shown.length ? (
        <div class="control-fields">
          {shown.map(([k, f]) =>
            f.kind === 'options' ? (
              <OptionsForm key={k} id={`${id}-${k}`} draft={draft} onChange={setDraft} />
            ) : (
              <FieldInput key={k} id={id} name={k} field={f} value={values[k] ?? ''} onChange={(v) => setValues({ ...values, [k]: v })} ctx={ctx} />
            ),
          )}
        </div>
      ) : null}
      <button type="submit" class={`btn ${compact ? 'btn-small' : 'btn-large'}${danger}`} data-testid={`${id}-go`}>
        {controlButton(name)}
      </button>
      {invalid ? (
        <p class="field-error" role="alert">
          {t(invalid)}
        </p>
      ) : null}
      {asking ? <ConfirmDialog question={question} yes={controlButton(name)} onYes={() => send(asking)} onNo={() => setAsking(null)} /> : null}
    </form>
  );
}
