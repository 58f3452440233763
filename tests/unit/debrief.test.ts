import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/en.json' with { type: 'json' };
import { compareMeasures, discussionPrompts, historyRows, laterHistory, realWeek } from '../../shared/debrief/index.ts';
import { titForTat } from '../../shared/debrief/prompts.ts';
import { HISTORY_LINE, HISTORY_SETTINGS, createMatch, resolveTurn } from '../../shared/index.ts';
import type { Orders } from '../../shared/index.ts';
import { playMatch } from '../../shared/bots/selfPlay.ts';

const at = (key: string) => key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)?.[p], en);
// A plural key (chosen by `count`) has its forms key_one and key_other.
const has = (key: string) => typeof at(key) === 'string' || typeof at(`${key}_other`) === 'string';

describe('history comparison', () => {
  it('maps game weeks to the real weeks of April 2025', () => {
    expect(realWeek(1)).toEqual({ from: '2025-03-31', to: '2025-04-06' });
    expect(realWeek(2)).toEqual({ from: '2025-04-07', to: '2025-04-13' });
  });

  it('puts the real week beside the class week and spots the same measures', () => {
    let s = createMatch({ ...HISTORY_SETTINGS, seed: 3 });
    const turns: { turn: number; carriedOut: Orders }[] = [];
    for (const w of HISTORY_LINE) {
      const r = resolveTurn(s, w.orders);
      turns.push({ turn: s.turn, carriedOut: r.carriedOut });
      s = r.state;
    }
    const rows = historyRows(turns);
    expect(rows[0].real[0].key).toBe('history.week1');
    expect(rows[1].real.map((t) => t.key)).toContain('history.protest');
    const measures = compareMeasures(turns);
    // The scripted line covers the first two weeks: those measures fall in their real week.
    for (const m of measures.filter((x) => x.realWeek <= 2)) expect(m.classWeek, m.id).toBe(m.realWeek);
    // The AES ministers were in Moscow on 3 April: week 1, in the line as in reality.
    expect(measures.find((m) => m.id === 'aesCourtsPartners')!.classWeek).toBe(1);
    expect(laterHistory(2).map((t) => t.key)).toContain('history.icjRefused');
    for (const m of measures) expect(has(`debrief.measure.${m.id}`), m.id).toBe(true);
  });

  it('finds nothing the class did not do', () => {
    const measures = compareMeasures([{ turn: 1, carriedOut: { algeria: [{ action: 'reinforceBorder' }] } }]);
    expect(measures.every((m) => m.classWeek === undefined)).toBe(true);
  });
});

describe('discussion prompts', () => {
  it('fit what happened, and every prompt has words', () => {
    const seen = new Set<string>();
    for (const style of ['hawk', 'dove', 'mixed'] as const) {
      for (let seed = 1; seed <= 20; seed++) {
        const { state, turns } = playMatch({ seed }, style, true);
        const prompts = discussionPrompts(turns.map((t, i) => ({ turn: i + 1, carriedOut: t.carriedOut, news: t.news, reports: t.reports })), state);
        for (const p of prompts) {
          expect(has(p.key), p.key).toBe(true);
          seen.add(p.key);
        }
        // Who pushed last is named only when one party alone escalated in the final week.
        const conflictKey = state.outcome!.lastEscalator ? 'debrief.prompt.conflict' : 'debrief.prompt.conflictShared';
        if (state.outcome!.kind === 'conflict') expect(prompts.map((p) => p.key)).toContain(conflictKey);
      }
    }
    expect(seen).toContain('debrief.prompt.titForTat');
    expect(seen).toContain('debrief.prompt.mediationTried');
    expect(seen.size).toBeGreaterThan(6);
  });

  it('pairs an escalation only with an answer from the other side of the dispute, the week after', () => {
    const recall = (target: string) => ({ action: 'recallAmbassador', target });
    // Mali and the AES recall their ambassadors from Algiers, week after week: the AES echoes
    // Mali, it does not answer it; Algeria did nothing.
    const echo = [
      { turn: 1, carriedOut: { mali: [recall('algeria')], aes: [recall('algeria')] }, news: [] },
      { turn: 2, carriedOut: { aes: [recall('algeria')], mali: [{ action: 'statement', target: 'algeria', option: 'hostile' }] }, news: [] },
    ];
    expect(titForTat(echo)).toBeUndefined();
    // Orders of the same week are simultaneous: neither answers the other.
    expect(titForTat([{ turn: 1, carriedOut: { mali: [recall('algeria')], algeria: [recall('mali')] }, news: [] }])).toBeUndefined();
    // Algeria answers Mali the week after: a real answer, by the other side.
    const answered = titForTat([...echo.slice(0, 1), { turn: 2, carriedOut: { aes: [recall('algeria')], algeria: [recall('mali')] }, news: [] }]);
    expect(answered?.params).toMatchObject({ a: 'mali', b: 'algeria', week: 1, next: 2, first: 'recallAmbassador', reply: 'recallAmbassador' });
    // The AES answering Algeria's step against Mali speaks for the Sahel side.
    const bloc = titForTat([
      { turn: 3, carriedOut: { algeria: [recall('mali')] }, news: [] },
      { turn: 4, carriedOut: { aes: [recall('algeria')] }, news: [] },
    ]);
    expect(bloc?.params).toMatchObject({ a: 'algeria', b: 'aes', week: 3, next: 4 });
    // In every bot match, a pair is always Algeria against Mali or the AES.
    for (let seed = 1; seed <= 40; seed++) {
      const { turns } = playMatch({ seed }, 'hawk', true);
      const p = titForTat(turns.map((t, i) => ({ turn: i + 1, carriedOut: t.carriedOut, news: t.news })))?.params;
      if (p) expect([p.a, p.b].filter((r) => r === 'algeria'), `seed ${seed}`).toHaveLength(1);
    }
  });

  it('asks why nobody tried mediation when nobody did', () => {
    const s = createMatch({ seed: 1 });
    const prompts = discussionPrompts([{ turn: 1, carriedOut: { mali: [{ action: 'withdrawCemoc' }] }, news: [] }], s);
    expect(prompts.map((p) => p.key)).toContain('debrief.prompt.mediationNotTried');
  });
});

describe('exports and series', () => {
  const played = () => {
    const { turns } = playMatch({ seed: 8 }, 'mixed', true);
    const initial = createMatch({ seed: 8 });
    const weeks = turns.map((t, i) => ({
      turn: i + 1,
      event: t.event,
      orders: t.carriedOut,
      carriedOut: t.carriedOut,
      refused: t.refused,
      news: t.news,
      reports: t.reports,
      state: t.state,
    }));
    return { initial, weeks };
  };

  it('writes one CSV row per week and role that reads back to the same facts', async () => {
    const { matchCsv, parseCsv } = await import('../../shared/debrief/index.ts');
    const m = played();
    m.weeks[0].refused.push({ role: 'mali', order: { action: 'statement', target: 'algeria', option: 'a "quoted", odd, value' }, reason: { key: 'reason.badOption' } });
    const rows = parseCsv(matchCsv(m));
    expect(rows).toHaveLength(m.weeks.length * 3);
    for (const w of m.weeks) {
      for (const role of ['algeria', 'mali', 'aes'] as const) {
        const row = rows.find((r) => r.week === String(w.turn) && r.role === role)!;
        expect(Number(row.security)).toBe(w.state.roles[role].security);
        expect(Number(row.tension)).toBe(w.state.tension);
        expect(row.carried_out.split('; ').filter(Boolean)).toHaveLength((w.carriedOut[role] ?? []).length);
      }
    }
    expect(rows.find((r) => r.week === '1' && r.role === 'mali')!.refused).toContain('a "quoted", odd, value');
    const last = rows.filter((r) => r.week === String(m.weeks.length));
    for (const r of last) expect(Number(r.score)).toBe(m.weeks.at(-1)!.state.outcome!.scores[r.role as 'mali'].total);
  });

  it('adds words in the teacher\'s language beside the ids, which stay as they are', async () => {
    const { matchCsv, parseCsv, CSV_COLUMNS, LABEL_COLUMNS } = await import('../../shared/debrief/index.ts');
    const m = played();
    const labels = { role: (r: string) => `R:${r}`, event: (e: string) => `E:${e}`, order: (o: { action: string }) => `O:${o.action}` };
    const text = matchCsv(m, labels);
    expect(text.split('\r\n')[0]).toBe([...CSV_COLUMNS, ...LABEL_COLUMNS].join(','));
    const plain = parseCsv(matchCsv(m));
    const rows = parseCsv(text);
    rows.forEach((row, i) => {
      for (const c of CSV_COLUMNS) expect(row[c]).toBe(plain[i][c]);
      expect(row.role_label).toBe(`R:${row.role}`);
      if (row.event) expect(row.event_label).toBe(`E:${row.event}`);
      expect(row.carried_out_label.split('; ').filter(Boolean)).toHaveLength(row.carried_out.split('; ').filter(Boolean).length);
    });
  });

  it('charts every indicator from the start to the last week', async () => {
    const { indicatorSeries } = await import('../../shared/debrief/index.ts');
    const m = played();
    const s = indicatorSeries(m);
    expect(s.weeks).toHaveLength(m.weeks.length + 1);
    expect(s.roles.mali.security[0]).toBe(m.initial.roles.mali.security);
    expect(s.tension.at(-1)).toBe(m.weeks.at(-1)!.state.tension);
  });
});
