// docs/PROTOCOL.md and the schemas must say the same thing: every message type in both
// directions, each client message's fields, phases and senders, the server messages' inline
// payload fields, and every error code. The JSON descriptions served at /api/protocol and
// /api/rules are generated from the same code, and their text keys exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CLIENT_MESSAGES, ERROR_CODES, MATCH_PHASES, SERVER_MESSAGES } from '../../shared/protocol/index.ts';
import { protocolDescription, rulesCatalogue } from '../../shared/protocol/describe.ts';

const doc = readFileSync(new URL('../../docs/PROTOCOL.md', import.meta.url), 'utf8');

/** The rows of the first table after a heading, as cells (escaped pipes kept inside a cell). */
function tableAfter(heading: string): string[][] {
  const start = doc.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const end = doc.indexOf('\n## ', start + 4);
  const lines = doc.slice(start, end).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

/** The top-level field names of the first `{ … }` in a cell: `{ to: Role, give: Order[], note? }` → to, give, note. */
function fieldsOf(cell: string): string[] | undefined {
  const open = cell.indexOf('{');
  if (open !== 0) return undefined;
  let depth = 0;
  let part = '';
  const parts: string[] = [];
  for (const ch of cell.slice(open)) {
    if (ch === '{' || ch === '[' || ch === '(') depth++;
    if (ch === '}' || ch === ']' || ch === ')') depth--;
    if (depth === 0) break;
    if (depth === 1 && ch === ',') {
      parts.push(part);
      part = '';
    } else if (!(depth === 1 && ch === '{')) part += ch;
  }
  parts.push(part);
  return parts.map((p) => /^\s*(\w+)/.exec(p)?.[1]).filter((f): f is string => Boolean(f));
}

const code = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1];
const keysOf = (schema: z.ZodType) => Object.keys((schema as unknown as z.ZodObject).shape).filter((k) => k !== 'rid');

describe('docs/PROTOCOL.md agrees with the schemas', () => {
  it('client to server: every type, its fields, phases and senders', () => {
    const rows = tableAfter('Client to server messages');
    expect(rows.map((r) => code(r[0]!)).sort()).toEqual(Object.keys(CLIENT_MESSAGES).sort());
    for (const [typeCell, payload, phases, who] of rows) {
      const type = code(typeCell!) as keyof typeof CLIENT_MESSAGES;
      const spec = CLIENT_MESSAGES[type];
      expect(fieldsOf(payload!.replace(/^`/, ''))?.sort(), type).toEqual(keysOf(spec.schema).sort());
      // "per command": the message is taken in any phase, each control then has its own (controls table).
      const documented = phases === 'any phase' || phases === 'per command' ? [...MATCH_PHASES] : phases!.split(',').map((p) => p.trim());
      expect(documented, type).toEqual([...spec.phases]);
      // "host / teacher" controls are sent by members of any seat and checked by the control itself.
      expect(who === 'host / teacher' ? 'any' : who, type).toBe(spec.who);
    }
  });

  it('server to client: every type, and the fields of the payloads written inline', () => {
    const rows = tableAfter('Server to client messages');
    expect(rows.map((r) => code(r[0]!)).sort()).toEqual(Object.keys(SERVER_MESSAGES).sort());
    let inline = 0;
    for (const [typeCell, payload] of rows) {
      const type = code(typeCell!) as keyof typeof SERVER_MESSAGES;
      const fields = fieldsOf(payload!.replace(/^`/, ''));
      if (!fields) continue;
      inline++;
      expect(fields.sort(), type).toEqual(Object.keys((SERVER_MESSAGES[type] as unknown as z.ZodObject).shape).sort());
    }
    expect(inline).toBeGreaterThan(5);
  });

  it('every error code, and nothing else', () => {
    const rows = tableAfter('Errors');
    const documented = rows.flatMap((r) => r[0]!.split('/').map((c) => code(c.trim())));
    expect(documented.sort()).toEqual([...ERROR_CODES].sort());
  });

  it('links the machine-readable description', () => {
    expect(doc).toContain('GET /api/protocol');
    expect(doc).toContain('GET /api/rules');
  });
});

describe('the JSON descriptions', () => {
  it('describe every message in both directions as JSON Schema', () => {
    const p = protocolDescription();
    expect(Object.keys(p.clientMessages).sort()).toEqual(Object.keys(CLIENT_MESSAGES).sort());
    expect(Object.keys(p.serverMessages).sort()).toEqual(Object.keys(SERVER_MESSAGES).sort());
    const ready = p.clientMessages.ready.payload as { type: string; required: string[]; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(ready).toMatchObject({ type: 'object', required: ['ready'], additionalProperties: false });
    expect(Object.keys(ready.properties).sort()).toEqual(['ready', 'rid']);
    expect((p.serverMessages.menu.payload as { required: string[] }).required).toEqual(expect.arrayContaining(['role', 'actions']));
    expect(() => JSON.stringify(p)).not.toThrow();
  });

  it("list the rules' actions, event cards and objectives with text keys that exist", () => {
    const en = JSON.parse(readFileSync(new URL('../../shared/i18n/en.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const has = (key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en) !== undefined;
    const r = rulesCatalogue();
    expect(r.actions.length).toBeGreaterThan(20);
    expect(r.events.length).toBeGreaterThan(10);
    expect(r.objectives.length).toBeGreaterThan(10);
    for (const a of r.actions) for (const key of Object.values(a.text)) expect(has(key), key).toBe(true);
    for (const e of r.events) expect(has(e.text.title), e.text.title).toBe(true);
    for (const o of r.objectives) expect(has(o.text.title), o.text.title).toBe(true);
    expect(r.actions.find((a) => a.id === 'statement')!.options.mali).toEqual(expect.arrayContaining(['firm']));
    for (const rung of r.tensionRungs) expect(has(`rung.${rung}`), rung).toBe(true);
  });
});
