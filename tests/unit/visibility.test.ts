import { describe, expect, it } from 'vitest';
import { ROLES, createMatch, resolveTurn, viewFor } from '../../shared/index.ts';

describe('viewFor', () => {
  const s = resolveTurn(createMatch({ seed: 5, mediator: true }), { algeria: [{ action: 'hostSeparatists' }] }, { inject: 'quietWeek' }).state;
  // Keep the operation secret for the test whatever the detection roll said.
  s.covert = [{ role: 'algeria', action: 'hostSeparatists', turn: 1, detected: false }];

  it('shows a role only its own secret objective, and never the dice or the seed', () => {
    for (const role of ROLES) {
      const v = viewFor(s, { kind: 'role', role });
      expect(Object.keys(v.objectives)).toEqual([role]);
      expect(v.rng).toBe(0);
      expect(v.settings.seed).toBe(0);
      const text = JSON.stringify(v);
      for (const other of ROLES) if (other !== role && s.objectives[other] !== s.objectives[role]) expect(text).not.toContain(`"${s.objectives[other]}"`);
    }
  });

  it('hides undetected covert operations from everyone but their author', () => {
    expect(viewFor(s, { kind: 'role', role: 'algeria' }).covert).toHaveLength(1);
    expect(viewFor(s, { kind: 'role', role: 'mali' }).covert).toHaveLength(0);
    expect(viewFor(s, { kind: 'spectator' }).covert).toHaveLength(0);
  });

  it('shows spectators no objective at all, and the teacher all of them', () => {
    expect(viewFor(s, { kind: 'spectator' }).objectives).toEqual({});
    expect(viewFor(s, { kind: 'teacher' }).objectives).toEqual(s.objectives);
  });

  it('reveals everything once the match has ended', () => {
    const ended = { ...s, phase: 'ended' as const };
    expect(viewFor(ended, { kind: 'spectator' }).objectives).toEqual(s.objectives);
  });

  it('leaves the public picture the same for every seat', () => {
    const strip = (v: ReturnType<typeof viewFor>) => JSON.stringify({ ...v, objectives: {}, covert: [] });
    const spectator = strip(viewFor(s, { kind: 'spectator' }));
    for (const role of ROLES) expect(strip(viewFor(s, { kind: 'role', role }))).toBe(spectator);
  });
});
