// French and Arabic are complete: every English key in every language, with the same
// placeholders, and every plural in all the forms its language needs (Arabic has six).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAP_LABELS } from '../../client/src/map/labels.ts';

const LANGS = ['fr', 'ar'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;

function flatten(o: Record<string, unknown>, prefix = '', out: Flat = new Map()): Flat {
  for (const [k, v] of Object.entries(o)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') flatten(v as Record<string, unknown>, key, out);
    else out.set(key, String(v));
  }
  return out;
}

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

const RESOURCES = {
  engine: (lang: string) => flatten(read(`shared/i18n/${lang}.json`)),
  ui: (lang: string) => flatten(read(`client/src/i18n/${lang}.json`)),
  // The map's keys are flat strings with dots in them: no nesting to undo.
  map: (lang: string) => new Map(Object.entries(lang === 'en' ? MAP_LABELS : (read(`client/src/i18n/map.${lang}.json`) as Record<string, string>))),
};

/** Keys grouped by their base (the plural suffix removed): base → the forms present. */
function groups(flat: Flat): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, text] of flat) {
    const m = key.match(PLURAL);
    const base = m ? key.slice(0, -m[0].length) : key;
    const form = m ? m[1] : '';
    if (!out.has(base)) out.set(base, new Map());
    out.get(base)!.set(form, text);
  }
  return out;
}

const placeholders = (s: string) => new Set([...s.matchAll(/{{\s*(\w+)[^}]*}}/g)].map((m) => m[1]));
const nested = (s: string) => new Set([...s.matchAll(/\$t\(([^,)]+)/g)].map((m) => m[1]));

describe.each(Object.keys(RESOURCES) as (keyof typeof RESOURCES)[])('the %s texts', (ns) => {
  const en = groups(RESOURCES[ns]('en'));
  it.each(LANGS)('exist in %s for every English key, with the same placeholders and every plural form', (lang) => {
    const other = groups(RESOURCES[ns](lang));
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const problems: string[] = [];
    for (const [base, forms] of en) {
      const theirs = other.get(base);
      if (!theirs) {
        problems.push(`${base}: missing`);
        continue;
      }
      const plural = !forms.has('');
      if (plural) for (const c of categories) if (!theirs.has(c)) problems.push(`${base}: no "${c}" form`);
      const want = new Set([...forms.values()].flatMap((t) => [...placeholders(t)]));
      for (const [form, text] of theirs) {
        // A plural form may spell its number out ("une semaine", "أسبوعان"): count may be left out.
        for (const p of placeholders(text)) if (!want.has(p)) problems.push(`${base}_${form}: unknown placeholder ${p}`);
        for (const p of want) if (!placeholders(text).has(p) && !(plural && p === 'count')) problems.push(`${base}${form ? `_${form}` : ''}: lacks ${p}`);
        for (const k of nested(text)) if (![...forms.values()].some((t) => t.includes(`$t(${k}`))) problems.push(`${base}: nests ${k}`);
      }
    }
    for (const base of other.keys()) if (!en.has(base)) problems.push(`${base}: not in English`);
    expect(problems).toEqual([]);
  });
});

describe('the plural check', () => {
  it('knows the forms each language needs', () => {
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories.sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(new Intl.PluralRules('fr').resolvedOptions().pluralCategories).toContain('many');
  });
});
