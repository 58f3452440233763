// Every real event the game cites is reported by a listed page that appeared after it,
// and every phrase the game puts in quotation marks is one that page printed.
import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/en.json' with { type: 'json' };
import { ACTIONS, EVENTS } from '../../shared/index.ts';
import { ASYMMETRIES } from '../../shared/scenario/asymmetries.ts';
import { BRIEFINGS } from '../../shared/scenario/briefings.ts';
import { HISTORY_LINE, HISTORY_MILESTONES } from '../../shared/scenario/history.ts';
import { ACTION_PRECEDENTS, EVENT_PRECEDENTS, HISTORY_SOURCES } from '../../shared/scenario/precedents.ts';
import type { Precedent } from '../../shared/scenario/precedents.ts';
import { SOURCES } from '../../shared/scenario/sources.ts';

function lookup(key: string): string | undefined {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** Same letters whatever the typography: curly apostrophes, case, spacing. */
const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** Phrases in “…”, "…" or «…». */
function quotedPhrases(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”|"([^"]+)"|«\s*([^»]+?)\s*»/g)].map((m) => (m[1] ?? m[2] ?? m[3]).trim());
}

/** Whether a page published on `published` (YYYY-MM-DD) can report an event of `date` (day or month). */
function publishedAfter(published: string, date: string): boolean {
  return published.slice(0, date.length) >= date;
}

/** What is wrong with one citation: unknown or early sources, quotes no cited source printed. */
function problems(label: string, date: string, textKey: string, sourceIds: readonly string[]): string[] {
  const out: string[] = [];
  if (!sourceIds.length) out.push(`${label}: cites no source`);
  for (const id of sourceIds) {
    const src = SOURCES[id];
    if (!src) out.push(`${label}: unknown source ${id}`);
    else if (!publishedAfter(src.published, date)) out.push(`${label}: ${id} (${src.published}) appeared before the event (${date})`);
  }
  const text = lookup(textKey);
  if (text === undefined) out.push(`${label}: no English text for ${textKey}`);
  const quotes = sourceIds.flatMap((id) => SOURCES[id]?.quotes ?? []).map(norm);
  for (const phrase of quotedPhrases(text ?? '')) {
    if (!quotes.some((q) => q.includes(norm(phrase)))) out.push(`${label}: "${phrase}" is in no cited source's quotes`);
  }
  return out;
}

const precedentProblems = (label: string, p: Precedent) => problems(label, p.date, p.text, p.sources);

/** The history keys the game shows, with the day their week or milestone starts. */
const historyDates = new Map<string, string>([
  ...HISTORY_LINE.map((w) => [w.summary, w.dates.split('/')[0]] as [string, string]),
  ...HISTORY_MILESTONES.map((m) => [m.text, m.date] as [string, string]),
]);

describe('the checks themselves', () => {
  it('find quoted phrases in every style of quotation mark', () => {
    expect(quotedPhrases('Algeria spoke of a "putschist project", Mali of “premeditated hostile act” and « junte »')).toEqual(['putschist project', 'premeditated hostile act', 'junte']);
  });

  it('compare dates by day, and a month-only event by its month', () => {
    expect(publishedAfter('2025-04-02', '2025-04-06')).toBe(false);
    expect(publishedAfter('2025-04-07', '2025-04-06')).toBe(true);
    expect(publishedAfter('2025-04-02', '2025-04')).toBe(true);
    expect(publishedAfter('2025-09-30', '2025-10')).toBe(false);
  });

  it('catch an early page, an unknown page and a misquotation', () => {
    const early = problems('t', '2025-04-06', 'precedent.statement', ['medialine-2025-04-02']);
    expect(early.some((x) => x.includes('appeared before'))).toBe(true);
    expect(early.some((x) => x.includes('is in no cited source'))).toBe(true);
    expect(problems('t', '2025-04-06', 'precedent.statement', ['nowhere'])[0]).toMatch(/unknown source/);
  });
});

describe('sources', () => {
  it('are listed with an ISO publication day and an address', () => {
    for (const [id, s] of Object.entries(SOURCES)) {
      expect(s.id, id).toBe(id);
      expect(s.published, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.url, id).toMatch(/^https?:\/\//);
      expect(s.outlet && s.title, id).toBeTruthy();
    }
  });

  it('back every action precedent, and every precedent-bearing action uses the shared list', () => {
    const byId: Record<string, Precedent> = ACTION_PRECEDENTS;
    const errors: string[] = [];
    for (const a of ACTIONS) {
      if (!a.precedent) continue;
      if (a.precedent !== byId[a.id]) errors.push(`${a.id}: precedent not taken from ACTION_PRECEDENTS.${a.id}`);
    }
    for (const [id, p] of Object.entries(byId)) {
      if (!ACTIONS.some((a) => a.id === id)) errors.push(`${id}: no such action`);
      errors.push(...precedentProblems(`action ${id}`, p));
    }
    expect(errors).toEqual([]);
  });

  it('back every event card precedent', () => {
    const errors: string[] = [];
    for (const [id, p] of Object.entries(EVENT_PRECEDENTS)) {
      if (!EVENTS.some((e) => e.id === id)) errors.push(`${id}: no such event card`);
      errors.push(...precedentProblems(`event ${id}`, p));
    }
    expect(errors).toEqual([]);
  });

  it('back every line of the history mode', () => {
    const errors: string[] = [];
    for (const [key, date] of historyDates) {
      if (!HISTORY_SOURCES[key]) errors.push(`${key}: no sources`);
      else errors.push(...problems(key, date, key, HISTORY_SOURCES[key]));
    }
    for (const key of Object.keys(HISTORY_SOURCES)) if (!historyDates.has(key)) errors.push(`${key}: not in the history line`);
    expect(errors).toEqual([]);
  });

  it('back every difference between the roles, except the stated choice of equality', () => {
    for (const a of ASYMMETRIES) {
      if (a.id !== 'equalStanding') expect(a.sources.length, a.id).toBeGreaterThan(0);
      for (const id of a.sources) expect(SOURCES[id], `${a.id}: ${id}`).toBeDefined();
    }
  });

  it('are each cited at least once, by a precedent, the history line, a role briefing or a reason for an asymmetry', () => {
    const cited = new Set(
      [...Object.values(ACTION_PRECEDENTS), ...Object.values(EVENT_PRECEDENTS), ...Object.values(BRIEFINGS).flatMap((b) => Object.values(b)), ...ASYMMETRIES]
        .flatMap((p) => p.sources)
        .concat(Object.values(HISTORY_SOURCES).flat()),
    );
    expect(Object.keys(SOURCES).filter((id) => !cited.has(id))).toEqual([]);
  });
});
