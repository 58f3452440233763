// Every text the engine can produce has English wording, and every placeholder in
// that wording receives a parameter.
import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/en.json' with { type: 'json' };
import { ACTIONS, EVENTS, OBJECTIVES, OBJECTIVE_BY_ID, ROLES, TENSION_RUNGS, actionMenu, publicObjectives } from '../../shared/index.ts';
import type { Text } from '../../shared/index.ts';
import { playMatch } from '../../shared/bots/selfPlay.ts';
import { HISTORY_LINE, HISTORY_MILESTONES } from '../../shared/scenario/history.ts';
import { localParams } from '../../shared/i18n/text.ts';

function exact(key: string): string | undefined {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}
/** The key's wording, or its plural forms' (i18next: key_one, key_other, key_zero with a count). */
const forms = (key: string): string[] => [key, `${key}_zero`, `${key}_one`, `${key}_other`].map(exact).filter((w): w is string => w !== undefined);
const lookup = (key: string): string | undefined => forms(key)[0];
const has = (k: string) => lookup(k) !== undefined;
const t = (k: string) => lookup(k) ?? k;

function checkText(text: Text): void {
  const wording = forms(text.key);
  expect(wording.length, text.key).toBeGreaterThan(0);
  // A plural form is chosen by `count`: the engine must send it under that name.
  if (!exact(text.key)) expect(text.params, `${text.key} is plural and needs count`).toHaveProperty('count');
  const params = localParams(text, t, has);
  for (const [, name] of wording.join(' ').matchAll(/{{(\w+)}}/g)) expect(params, `${text.key} needs ${name}`).toHaveProperty(name);
  for (const v of Object.values(params)) expect(String(v), text.key).not.toMatch(/^(name|option|agreement)\./);
}

describe('English resources', () => {
  it('name, describe and cite every action', () => {
    for (const a of ACTIONS) {
      expect(has(`action.${a.id}.name`), a.id).toBe(true);
      expect(has(`action.${a.id}.desc`), a.id).toBe(true);
      if (a.precedent) expect(has(a.precedent.text), a.id).toBe(true);
      for (const o of a.options ?? []) expect(has(`option.${o}`), `${a.id} ${o}`).toBe(true);
    }
  });

  it('title every event card, objective, rung and history line', () => {
    for (const e of EVENTS) expect(has(`events.${e.id}.title`), e.id).toBe(true);
    for (const o of OBJECTIVES) expect(has(`objective.${o.id}.title`), o.id).toBe(true);
    for (const r of TENSION_RUNGS) expect(has(`rung.${r}`), r).toBe(true);
    for (const w of HISTORY_LINE) expect(has(w.summary)).toBe(true);
    for (const m of HISTORY_MILESTONES) expect(has(m.text)).toBe(true);
    for (const r of ROLES) expect(has(`role.${r}`)).toBe(true);
  });

  it('word every news item, report, refusal and objective detail seen in 300 bot matches', () => {
    const seen = new Map<string, Text>();
    const note = (x: Text) => seen.set(`${x.key}|${Object.keys(x.params ?? {}).sort()}`, x);
    for (let i = 0; i < 300; i++) {
      const { state, turns } = playMatch({ seed: 500 + i, mediator: i % 2 === 0 }, 'mixed', true);
      for (const r of turns) {
        r.news.forEach((n) => note(n.text));
        Object.values(r.reports).flat().forEach(note);
        r.refused.forEach((x) => note(x.reason));
      }
      for (const role of ROLES) {
        note(OBJECTIVE_BY_ID.get(state.objectives[role])!.check(state).detail);
        publicObjectives(state, role).forEach((o) => expect(has(`publicObjective.${o.id}`), o.id).toBe(true));
      }
      if (i < 20) for (const role of ROLES) for (const m of actionMenu(state, role)) for (const c of m.choices) if (!c.verdict.ok) note(c.verdict.reason);
    }
    expect(seen.size).toBeGreaterThan(60);
    for (const text of seen.values()) checkText(text);
  });
});
