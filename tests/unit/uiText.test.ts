// Every fixed key the client passes to t() has English words: a missing one would show
// its raw key (e.g. "console.control.lock.hint") on a student's or the teacher's screen.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import uiEn from '../../client/src/i18n/en.json';
import { MAP_LABELS } from '../../client/src/map/labels.ts';

const ROOT = join(import.meta.dirname, '../../client/src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function has(file: string, key: string): boolean {
  // The map speaks through its own table (the map namespace), flat keys with English fallbacks.
  if (file.includes('/map/')) return key in MAP_LABELS;
  const at = (k: string) => k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], uiEn);
  // i18next plurals: a key with a count resolves to key_one / key_other.
  return typeof at(key) === 'string' || typeof at(`${key}_other`) === 'string';
}

describe('client words', () => {
  it('word every literal key given to t()', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const file of sources(ROOT)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) {
        seen++;
        if (!has(file, m[1])) missing.push(`${file.slice(ROOT.length + 1)}: ${m[1]}`);
      }
    }
    expect(seen).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });
});
