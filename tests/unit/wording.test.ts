// Wording that reads as written by a person. Every engine text seen in bot matches, every key
// of the engine's and the client's English resources (with sample parameters: 0, 1, 2 and 5
// for a count) and every map label is rendered through i18next as the client does, and the
// result is read for what a person would not write: "1 weeks", "2 time", "a energy deal",
// "A joint patrols", a sentence that starts in lower case after a full stop, a raw multiplier
// "(×1)", a placeholder left unfilled, "undefined" or "NaN".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import engineEn from '../../shared/i18n/en.json' with { type: 'json' };
import uiEn from '../../client/src/i18n/en.json' with { type: 'json' };
import { MAP_LABELS, interpolate } from '../../client/src/map/labels.ts';
import { ACTIONS, ACTION_BY_ID, EVENTS, OBJECTIVES, ROLES, actionMenu } from '../../shared/index.ts';
import type { Text } from '../../shared/index.ts';
import { playMatch } from '../../shared/bots/selfPlay.ts';
import { discussionPrompts, historyRows, laterHistory } from '../../shared/debrief/index.ts';
import { isNameParam, say } from '../../shared/i18n/text.ts';

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

/** Words after "a" that start with a vowel letter but a consonant sound ("a united bloc"). */
const A_BEFORE_VOWEL_OK = /^(uni|use|usu|ura|eur|one\b|once\b)/;
/** Words after "an" that start with a consonant letter but a vowel sound ("an hour"). */
const AN_BEFORE_CONSONANT_OK = /^(hour|honest|honou?r|heir)/;
/** Nouns that must not follow a number other than 1 in the singular. */
const COUNTED = 'week|time|point|student|order|case|message|second|minute|proposal|player|spectator|complaint|partner|day|action|projector';
/** Words ending in s that may follow "1" ("1 is", "week 1 was"). */
const AFTER_ONE_OK = new Set(['is', 'was', 'has', 'does', 'its', 'as', 'plus', 'minus', 'us']);
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|cf|no)\.$/i;

/** What is wrong with a rendered text, as short descriptions (none: it reads well). */
function problems(text: string): string[] {
  const out: string[] = [];
  if (/\{\{|\}\}/.test(text)) out.push('unfilled placeholder');
  if (/\$t\(/.test(text)) out.push('unresolved nesting');
  if (/\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]/.test(text)) out.push('undefined, NaN or null');
  if (/×/.test(text)) out.push('raw multiplier ×');
  for (const m of text.matchAll(/(?<![\d.,])1 ([a-z]+s)\b/g)) if (!AFTER_ONE_OK.has(m[1])) out.push(`"1 ${m[1]}": a plural after one`);
  for (const m of text.matchAll(new RegExp(`(?<![\\d.,])(0|[2-9]|\\d{2,}) (${COUNTED})\\b(?!-)`, 'g'))) out.push(`"${m[0]}": a singular after ${m[1]}`);
  for (const m of text.matchAll(/\b[Aa] ([aeiou][a-z]*)/g)) if (!A_BEFORE_VOWEL_OK.test(m[1])) out.push(`"a ${m[1]}": "an" needed`);
  for (const m of text.matchAll(/\b[Aa]n ([b-df-hj-np-tv-z][a-z]*)/g)) if (!AN_BEFORE_CONSONANT_OK.test(m[1])) out.push(`"an ${m[1]}": "a" needed`);
  for (const m of text.matchAll(/\b[Aa]n? (?:joint |new |settlement )?(patrols|talks|accords|deals|investigations)\b/g)) out.push(`"${m[0]}": an article before a plural`);
  for (const m of text.matchAll(/([.!?])["”’)]?\s+([a-z])/g)) {
    const before = text.slice(0, m.index! + 1);
    if (!ABBREVIATIONS.test(before)) out.push(`"${text.slice(Math.max(0, m.index! - 12), m.index! + m[0].length + 8)}": a sentence starting in lower case`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// i18next as the client sets it up (client/src/i18n/index.ts): the language's own plural rules
// ---------------------------------------------------------------------------------------------

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: ['ui', 'engine'],
  defaultNS: 'ui',
  resources: { en: { ui: uiEn, engine: engineEn } },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
});
const te = (key: string, params?: Record<string, unknown>) => i18n.t(key, { ns: 'engine', ...params }) as string;
const hasEngine = (key: string) => i18n.exists(key, { ns: 'engine' });
/** An engine text as the client shows it: the engine's `say`, first letter in upper case. */
const render = (text: Text) => {
  const s = say(text, te, hasEngine);
  return s.charAt(0).toLocaleUpperCase('en') + s.slice(1);
};

// ---------------------------------------------------------------------------------------------
// Every key of a resource, grouped by its base key (plural and context variants together)
// ---------------------------------------------------------------------------------------------

const PLURAL = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

interface Entry {
  base: string;
  params: Set<string>;
  plural: boolean;
  /** Context variants (`key_energy`): the engine passes the agreement kind as context. */
  context: boolean;
}

function entries(resource: unknown): Entry[] {
  const byBase = new Map<string, Entry>();
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      const last = path[path.length - 1];
      const [stem, ...suffix] = last.split('_');
      const base = [...path.slice(0, -1), stem].join('.');
      const e = byBase.get(base) ?? { base, params: new Set<string>(), plural: false, context: false };
      for (const s of suffix) if (PLURAL.has(s)) e.plural = true;
      else e.context = true;
      for (const [, name] of node.matchAll(/{{\s*(\w+)[^}]*}}/g)) e.params.add(name);
      byBase.set(base, e);
      return;
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, [...path, k]);
  };
  walk(resource, []);
  return [...byBase.values()];
}

/** Sample values for a parameter of an engine text (raw ids: the engine's `say` names them). */
function engineSamples(key: string, param: string): readonly (string | number)[] {
  if (param === 'count') return [0, 1, 2, 5];
  if (param === 'broker') return ['mediator', 'au', 'russia'];
  if (isNameParam(param)) return ['algeria', 'mali', 'aes', 'mediator', 'niger', 'burkina'];
  if (param === 'kind') return Object.keys(engineEn.agreement);
  // An action's own choices where the text is an action's ("a firm statement"), else every choice.
  const action = /^(?:news|report)\.action\.(\w+)$/.exec(key)?.[1];
  const options = action ? ACTION_BY_ID.get(action)?.options : undefined;
  if (param === 'option' && options?.length) return options;
  if (param === 'option' || param === 'status' || param === 'forum') return Object.keys(engineEn.option);
  if (param === 'action' || param === 'first' || param === 'reply') return ACTIONS.map((a) => a.id);
  if (param === 'event') return EVENTS.map((e) => e.id);
  return [1, 5, 2];
}

const UI_NUMBERS = new Set(['turn', 'turns', 'seconds', 'n', 'id', 'spent', 'budget', 'ready', 'total', 'min', 'max', 'index', 'limit', 'burst', 'connected', 'm', 's', 'size', 'km', 'status']);
function uiSamples(_key: string, param: string): readonly (string | number)[] {
  if (param === 'count') return [0, 1, 2, 5];
  // A match lasts 4 to 16 weeks.
  if (param === 'turns') return [4, 16];
  if (UI_NUMBERS.has(param)) return [1, 5, 2];
  return ['Amina', 'Mali', 'Burkina Faso'];
}

/** Parameter sets for an entry: every sample of every parameter appears at least once. */
function paramSets(e: Entry, samples: (key: string, p: string) => readonly (string | number)[]): Record<string, string | number>[] {
  const params = [...e.params, ...(e.plural ? ['count'] : []), ...(e.context ? ['kind'] : [])];
  const lists = [...new Set(params)].map((p) => [p, samples(e.base, p)] as const);
  const n = Math.max(1, ...lists.map(([, l]) => l.length));
  return Array.from({ length: n }, (_, i) => Object.fromEntries(lists.map(([p, l]) => [p, l[i % l.length]])));
}

function collect(found: string[], where: string, text: string): void {
  for (const p of problems(text)) found.push(`${where}: ${p}\n    ${text}`);
}

// ---------------------------------------------------------------------------------------------

describe('the wording checks', () => {
  it('catch what a person would not write', () => {
    const broken = [
      'Mediation was attempted 1 times.',
      'Our stance had stood 1 weeks.',
      'It took 3 week.',
      'A energy deal is already in force.',
      'A joint patrols is already in force.',
      'An draft accord.',
      'The Court rules for Mali. the AES says it disagrees.',
      'The blow lands harder (×1).',
      'Week {{turn}} begins.',
      'Support fell by undefined.',
      'Tension NaN.',
      'At most $t(unit.seconds, {"count": 5 }).',
    ];
    for (const s of broken) expect(problems(s), s).not.toEqual([]);
  });

  it('leave good wording alone', () => {
    const good = [
      'Mediation was attempted once. Why did it work or stall?',
      'Our stance had stood for 1 week; theirs for 2 weeks.',
      'A united bloc, a UN Security Council letter, an energy deal, an hour, a usual week.',
      'Joint patrols are already in force. An energy deal is in force, e.g. the one signed in week 1.',
      'Week 1 of 5 weeks played. Week 1 was quiet.',
      'The AES says it disagrees.',
    ];
    for (const s of good) expect(problems(s), s).toEqual([]);
  });
});

describe('English wording', () => {
  it('uses each language’s own plural rules (no compatibilityJSON forcing an old format)', () => {
    const client = readFileSync(join(import.meta.dirname, '../../client/src/i18n/index.ts'), 'utf8');
    expect(client).not.toMatch(/compatibilityJSON\s*:/);
    const suffix = (lng: string, n: number) => i18n.services.pluralResolver.getSuffix(lng, n);
    expect([0, 1, 2, 3, 11, 100].map((n) => suffix('ar', n))).toEqual(['_zero', '_one', '_two', '_few', '_many', '_other']);
    expect([0, 1, 2].map((n) => suffix('fr', n))).toEqual(['_one', '_one', '_other']);
    expect([0, 1, 2].map((n) => suffix('en', n))).toEqual(['_other', '_one', '_other']);
  });

  it('gives every plural text both English forms, one and other', () => {
    const missing: string[] = [];
    for (const [name, resource] of [['engine', engineEn], ['ui', uiEn]] as const) {
      const flat = new Set<string>();
      const walk = (node: unknown, path: string) => {
        if (typeof node === 'string') flat.add(path);
        else for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, path ? `${path}.${k}` : k);
      };
      walk(resource, '');
      for (const key of flat) {
        const m = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
        if (m) for (const form of ['one', 'other']) if (!flat.has(`${m[1]}_${form}`)) missing.push(`${name}: ${m[1]}_${form}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('reads well in every engine text seen in bot matches', () => {
    const seen = new Map<string, Text>();
    const note = (x: Text) => seen.set(`${x.key}|${JSON.stringify(x.params ?? {})}`, x);
    for (let i = 0; i < 120; i++) {
      const style = (['mixed', 'hawk', 'dove', 'pragmatist'] as const)[i % 4];
      const { state, turns } = playMatch({ seed: 900 + i, mediator: i % 2 === 0, turns: 4 + (i % 9) }, style, true);
      for (const r of turns) {
        r.news.forEach((n) => note(n.text));
        Object.values(r.reports).flat().forEach(note);
        r.refused.forEach((x) => note(x.reason));
      }
      // Every card's detail, met or not, in every final state: a detail says "not met" truthfully.
      for (const o of OBJECTIVES) {
        const { met, detail } = o.check(state);
        expect(detail.key.split('.').pop()!.startsWith(met ? 'met' : 'unmet'), `${detail.key} when ${met ? 'met' : 'not met'}`).toBe(true);
        note(detail);
      }
      const played = turns.map((t, w) => ({ turn: w + 1, carriedOut: t.carriedOut, news: t.news, reports: t.reports }));
      discussionPrompts(played, state).forEach(note);
      historyRows(played).forEach((row) => row.real.forEach(note));
      laterHistory(turns.length).forEach(note);
      if (i < 20) for (const role of ROLES) for (const m of actionMenu(state, role)) for (const c of m.choices) if (!c.verdict.ok) note(c.verdict.reason);
    }
    expect(seen.size).toBeGreaterThan(150);
    const found: string[] = [];
    for (const text of seen.values()) collect(found, `${text.key} ${JSON.stringify(text.params ?? {})}`, render(text));
    expect(found).toEqual([]);
  });

  it('reads well in every key of the engine’s English, with sample parameters', () => {
    const found: string[] = [];
    const list = entries(engineEn);
    expect(list.length).toBeGreaterThan(300);
    for (const e of list) for (const params of paramSets(e, engineSamples)) collect(found, `${e.base} ${JSON.stringify(params)}`, render({ key: e.base, params }));
    expect(found).toEqual([]);
  });

  it('reads well in every key of the client’s English and the map’s labels, with sample parameters', () => {
    const found: string[] = [];
    const list = entries(uiEn);
    expect(list.length).toBeGreaterThan(300);
    for (const e of list) for (const params of paramSets(e, uiSamples)) collect(found, `${e.base} ${JSON.stringify(params)}`, i18n.t(e.base, { ns: 'ui', ...params }) as string);
    for (const [key, text] of Object.entries(MAP_LABELS)) {
      const e: Entry = { base: key, params: new Set([...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1])), plural: false, context: false };
      for (const params of paramSets(e, uiSamples)) collect(found, `map ${key} ${JSON.stringify(params)}`, interpolate(text, params));
    }
    expect(found).toEqual([]);
  });
});
