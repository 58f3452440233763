import { describe, expect, it } from 'vitest';
import { HISTORY_LINE, HISTORY_SETTINGS, createMatch, resolveTurn } from '../../shared/index.ts';

describe('history mode', () => {
  it.each([1, 2, 3, 4, 5])('reaches the real mid-April 2025 situation (seed %i)', (seed) => {
    let s = createMatch({ ...HISTORY_SETTINGS, seed });
    for (const week of HISTORY_LINE) {
      const r = resolveTurn(s, week.orders);
      expect(r.refused).toEqual([]);
      s = r.state;
    }
    // Ambassadors recalled both ways.
    expect(s.ambassadors['algeria>mali']).toBe('recalled');
    expect(s.ambassadors['mali>algeria']).toBe('recalled');
    expect(s.ambassadors['algeria>niger']).toBe('recalled');
    expect(s.ambassadors['niger>algeria']).toBe('recalled');
    expect(s.ambassadors['burkina>algeria']).toBe('recalled');
    // Airspace closed both ways.
    expect(s.airspace['algeria>mali']).toBe('closed');
    expect(s.airspace['mali>algeria']).toBe('closed');
    // Mali out of CEMOC; complaints filed.
    expect(s.cemoc).not.toContain('mali');
    expect(s.cases.filter((c) => c.forum === 'unsc').map((c) => c.plaintiff).sort()).toEqual(['algeria', 'mali']);
    expect(s.accusations).toContain('mali>algeria');
    expect(s.phase).toBe('planning');
    expect(s.tension).toBeGreaterThanOrEqual(4);
  });
});
