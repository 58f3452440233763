// The protocol is enough for a client in any language: scripts/wireBot.mjs, plain
// JavaScript that imports nothing of this repository (only colyseus.js and the JSON
// routes), plays whole matches legally: every order it drafts comes from the `menu`
// and none is refused.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from './harness.ts';
import { bootServer } from './harness.ts';

const BOT = fileURLToPath(new URL('../../scripts/wireBot.mjs', import.meta.url));
let server: TestServer;

beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  await server.close();
});

interface BotRun {
  code: Promise<string>;
  done: Promise<{ exit: number | null; lines: string[]; stderr: string }>;
}

function runBot(args: string[]): BotRun {
  const proc = spawn(process.execPath, [BOT, '--url', server.url, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  let gotCode: (code: string) => void;
  const code = new Promise<string>((resolve) => (gotCode = resolve));
  let buffered = '';
  proc.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      const m = /^code (\w+)/.exec(line);
      if (m) gotCode(m[1]!);
    }
  });
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ exit: number | null; lines: string[]; stderr: string }>((resolve) => proc.on('exit', (exit) => resolve({ exit, lines, stderr })));
  return { code, done };
}

const summary = (lines: string[]) => JSON.parse(lines.find((l) => l.startsWith('{'))!) as { turnsPlayed: number; outcome: { kind: string } | null; drafted: number; refused: number; errors: string[]; role: string };

describe('a bot that knows only the wire', () => {
  it('imports nothing of this repository', () => {
    const source = readFileSync(BOT, 'utf8');
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports).toEqual(['colyseus.js']);
    const code = source.replace(/^\s*\/\/.*$/gm, '');
    expect(code).not.toMatch(/shared\/|\.\.\/|import\(|require\(/);
  });

  it('two of them play a whole match with a server bot, every order legal', async () => {
    const host = runBot(['--create', '--role', 'algeria', '--players', '2', '--turns', '5', '--seed', '3', '--private']);
    const code = await host.code;
    const guest = runBot(['--code', code, '--role', 'mali', '--seed', '4']);
    const [a, b] = await Promise.all([host.done, guest.done]);
    for (const run of [a, b]) {
      expect(run.exit, run.stderr).toBe(0);
      const s = summary(run.lines);
      expect(s.errors).toEqual([]);
      expect(s.refused).toBe(0);
      expect(s.outcome).not.toBeNull();
      expect(s.turnsPlayed).toBeGreaterThan(0);
      expect(s.drafted).toBeGreaterThan(s.turnsPlayed);
    }
    expect([summary(a.lines).role, summary(b.lines).role]).toEqual(['algeria', 'mali']);
  }, 120_000);

  it('the JSON routes it reads answer', async () => {
    const rules = (await (await fetch(`${server.http}/api/rules`)).json()) as { actions: { id: string }[] };
    expect(rules.actions.length).toBeGreaterThan(20);
    const protocol = (await (await fetch(`${server.http}/api/protocol`)).json()) as { clientMessages: Record<string, unknown>; serverMessages: Record<string, unknown> };
    expect(Object.keys(protocol.clientMessages)).toContain('menu');
    expect(Object.keys(protocol.serverMessages)).toContain('menu');
  });
});
