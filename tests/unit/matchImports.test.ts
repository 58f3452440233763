// server/match/ reads as data plus one projection: no module there imports, even for its
// types, a module that leads back to itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../server/match');

function importGraph(): Map<string, string[]> {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(join(DIR, f), 'utf8');
    graph.set(f, [...text.matchAll(/from '\.\/([^']+)'/g)].map((m) => m[1]).filter((x) => files.includes(x)));
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (n: string, path: string[]) => {
    if (state.get(n) === 'open') return void found.push([...path.slice(path.indexOf(n)), n].join(' → '));
    if (state.get(n) === 'done') return;
    state.set(n, 'open');
    for (const m of graph.get(n) ?? []) visit(m, [...path, n]);
    state.set(n, 'done');
  };
  for (const n of graph.keys()) visit(n, []);
  return found;
}

describe('server/match imports', () => {
  it('have no cycle', () => {
    const graph = importGraph();
    expect(graph.get('Match.ts')?.length).toBeGreaterThan(0);
    expect(cycles(graph)).toEqual([]);
  });

  it('would report one', () => {
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']]]))).toEqual(['a.ts → b.ts → a.ts']);
  });
});
