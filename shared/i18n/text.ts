// Turning the engine's texts (a key and raw parameters) into words: parameters that
// name a role, a country, a forum or a choice are themselves translated first.
import type { Text } from '../rules/types.ts';

export type Translate = (key: string, params?: Record<string, unknown>) => string;
export type HasKey = (key: string) => boolean;

/** Parameters whose values are ids of roles, countries or bodies. */
const NAMES = new Set(['actor', 'target', 'a', 'b', 'from', 'to', 'role', 'favoured', 'other', 'plaintiff', 'respondent', 'toward', 'broker', 'operator']);

/** The parameter names that carry a role's, a country's or a body's id (for tests and tools). */
export const isNameParam = (param: string): boolean => NAMES.has(param);

/** Parameters whose values are action ids. */
const ACTIONS_PARAMS = new Set(['action', 'first', 'reply']);

export function localParams(text: Text, t: Translate, has: HasKey): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(text.params ?? {})) {
    if (typeof v !== 'string' || v === '') out[k] = v;
    else if (NAMES.has(k) && has(`name.${v}`)) out[k] = t(`name.${v}`);
    else if (k === 'option') out[k] = has(`name.${v}`) ? t(`name.${v}`) : has(`option.${v}`) ? t(`option.${v}`) : v;
    else if (k === 'kind' && has(`agreement.${v}`)) out[k] = t(`agreement.${v}`);
    else if (ACTIONS_PARAMS.has(k) && has(`action.${v}.name`)) out[k] = t(`action.${v}.name`);
    else if (k === 'event' && has(`events.${v}.title`)) out[k] = t(`events.${v}.title`);
    else if ((k === 'status' || k === 'forum') && has(`option.${v}`)) out[k] = t(`option.${v}`);
    else out[k] = v;
  }
  return out;
}

/**
 * The sentence for an engine text, in the language `t` speaks. Numbers of things travel as
 * `count`, so i18next picks the language's plural form (`key_one`, `key_other`, and `key_zero`
 * where a sentence for none reads better). An agreement's `kind` is also passed as i18next's
 * `context`, so a sentence can have its own wording per kind (`key_energy`: "An energy deal is…",
 * `key_patrols`: "Joint patrols are…") instead of "a {{kind}}", which no article fits.
 */
export function say(text: Text, t: Translate, has: HasKey): string {
  // A choice may have its own wording too ("closes the crossings" / "restricts the crossings");
  // i18next falls back to the plain key where a text has no such variant.
  const context = [text.params?.kind, text.params?.option].find((v): v is string => typeof v === 'string' && v !== '');
  return t(text.key, { ...localParams(text, t, has), ...(context ? { context } : {}), interpolation: { escapeValue: false } });
}
