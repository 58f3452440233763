// The match options (the `options` field of the settings control), generated from the
// options' own schema: a number within its bounds, a yes/no, a choice, or a short text.
// Only what the teacher changed is sent.
import type { z } from 'zod';
import { SettingsPatchSchema } from '../../../shared/protocol/index.ts';
import { hasUi, t } from '../i18n/index.ts';
import type { SyncedOptions } from '../state/store.ts';
import { IntInput } from './FieldInput.tsx';

type Kind = { kind: 'int'; min: number; max: number } | { kind: 'bool' } | { kind: 'choice'; values: string[] } | { kind: 'text'; max?: number };

interface ZodLike {
  unwrap?: () => ZodLike;
  minValue?: number | null;
  maxValue?: number | null;
  options?: string[];
  maxLength?: number | null;
  _zod: { def: { type: string; in?: ZodLike } };
}

function kindOf(schema: z.ZodType): Kind | undefined {
  let s = schema as unknown as ZodLike;
  while (s._zod.def.type === 'optional' && s.unwrap) s = s.unwrap();
  if (s._zod.def.type === 'pipe' && s._zod.def.in) s = s._zod.def.in;
  switch (s._zod.def.type) {
    case 'number':
      return { kind: 'int', min: s.minValue ?? 0, max: s.maxValue ?? Number.MAX_SAFE_INTEGER };
    case 'boolean':
      return { kind: 'bool' };
    case 'enum':
      return { kind: 'choice', values: s.options ?? [] };
    case 'string':
      return { kind: 'text', ...(s.maxLength ? { max: s.maxLength } : {}) };
    default:
      return undefined;
  }
}

/** Every option the settings control accepts, with the kind of input it needs. */
export const OPTION_INPUTS: [string, Kind][] = Object.entries(SettingsPatchSchema.shape)
  .map(([k, s]) => [k, kindOf(s as z.ZodType)] as [string, Kind | undefined])
  .filter((x): x is [string, Kind] => x[1] !== undefined);

const optionLabel = (key: string) => (hasUi(`console.option.${key}`) ? t(`console.option.${key}`) : key);
/** A choice's words: the console's own, or those the home page and lobby share (the bots' levels). */
const choiceLabel = (key: string, v: string) => (hasUi(`console.choice.${key}.${v}`) ? t(`console.choice.${key}.${v}`) : hasUi(`common.${key}.${v}`) ? t(`common.${key}.${v}`) : v);

export type OptionDraft = Record<string, string | boolean>;

/** The form's values: the match's current options (text for numbers and words). */
export function optionDraft(options: SyncedOptions): OptionDraft {
  const cur = options as unknown as Record<string, unknown>;
  const out: OptionDraft = {};
  for (const [k, kind] of OPTION_INPUTS) {
    const v = cur[k];
    out[k] = kind.kind === 'bool' ? Boolean(v) : v === undefined ? '' : String(v);
  }
  return out;
}

/** What changed, as the settings control's patch. */
export function optionPatch(draft: OptionDraft, options: SyncedOptions): Record<string, unknown> {
  const cur = options as unknown as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const [k, kind] of OPTION_INPUTS) {
    const v = draft[k];
    if (kind.kind === 'bool') {
      if (v !== Boolean(cur[k])) patch[k] = v;
    } else if (kind.kind === 'int') {
      if (v === '' || String(v) === String(cur[k] ?? '')) continue;
      patch[k] = Number(v);
    } else if (String(v) !== String(cur[k] ?? '')) {
      patch[k] = v;
    }
  }
  return patch;
}

export function OptionsForm({ id, draft, onChange }: { id: string; draft: OptionDraft; onChange: (d: OptionDraft) => void }) {
  const set = (k: string, v: string | boolean) => onChange({ ...draft, [k]: v });
  return (
    <div class="options-form">
      {OPTION_INPUTS.map(([k, kind]) => {
        const fid = `${id}-${k}`;
        if (kind.kind === 'bool') {
          return (
            <label key={k} class="check span-2" for={fid}>
              <input id={fid} type="checkbox" checked={Boolean(draft[k])} onChange={(e) => set(k, (e.target as HTMLInputElement).checked)} data-testid={fid} />
              <span>{optionLabel(k)}</span>
            </label>
          );
        }
        if (kind.kind === 'choice') {
          return (
            <label key={k} class="field" for={fid}>
              <span>{optionLabel(k)}</span>
              <select id={fid} value={String(draft[k])} onChange={(e) => set(k, (e.target as HTMLSelectElement).value)} data-testid={fid}>
                {kind.values.map((v) => (
                  <option key={v} value={v}>
                    {choiceLabel(k, v)}
                  </option>
                ))}
              </select>
            </label>
          );
        }
        if (kind.kind === 'int') {
          return (
            <label key={k} class="field" for={fid}>
              <span>{optionLabel(k)}</span>
              <IntInput id={fid} min={kind.min} max={kind.max} value={String(draft[k])} placeholder={t('console.optionUnset')} onChange={(v) => set(k, v)} />
            </label>
          );
        }
        return (
          <label key={k} class="field span-2" for={fid}>
            <span>{optionLabel(k)}</span>
            <input id={fid} type="text" maxLength={kind.max} value={String(draft[k])} onInput={(e) => set(k, (e.target as HTMLInputElement).value)} data-testid={fid} />
          </label>
        );
      })}
    </div>
  );
}
