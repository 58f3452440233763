// Operators can see inside: /metrics answers in Prometheus' text format with the matches
// by phase, connections, messages in and out, refusals by code, the resolution and
// record-write histograms and event-loop lag; log lines about a match carry its id.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log.ts';
import type { TestClient, TestServer } from './harness.ts';
import { bootServer, closeAll, FAST, startAndPlan, TestClient as Client } from './harness.ts';

let server: TestServer;
const clients: TestClient[] = [];
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const log = createLogger({ level: 'info', pretty: false, write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  server = await bootServer({ log, metricsToken: 'metrics-secret-0123' });
});
afterAll(async () => {
  await closeAll(clients);
  await server.close();
});

/** One sample's value from Prometheus' text format (0 if absent). */
function sample(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

const scrape = async (token = 'metrics-secret-0123') => {
  const r = await fetch(`${server.http}/metrics`, { headers: { Authorization: `Bearer ${token}` } });
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
  return r.text();
};

describe('/metrics', () => {
  it('asks for its token when the server has one', async () => {
    expect((await fetch(`${server.http}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.http}/metrics`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('counts matches, connections, messages, refusals, resolutions and record writes', async () => {
    const before = await scrape();
    const host = await Client.create(server.url, 'host', { ...FAST, role: 'algeria' });
    const mali = await Client.join(server.url, 'mali', host.code, { role: 'mali' });
    clients.push(host, mali);
    await startAndPlan(host, [host, mali]);
    await mali.refused('hack', {});
    await mali.refused('ready', { ready: 'yes' });
    await host.must('ready', { ready: true });
    await mali.must('ready', { ready: true });
    await host.until('week 2', () => host.state.turn === 2 && host.state.phase === 'planning');
    const text = await scrape();
    const grew = (name: string, labels = '') => sample(text, name, labels) - sample(before, name, labels);
    expect(sample(text, 'sahel_matches', 'phase="planning"')).toBe(1);
    expect(sample(text, 'sahel_matches', 'phase="lobby"')).toBe(0);
    expect(sample(text, 'sahel_connections')).toBe(2);
    expect(grew('sahel_matches_created_total')).toBe(1);
    expect(grew('sahel_messages_in_total', 'type="ready"')).toBe(3);
    expect(grew('sahel_messages_in_total', 'type="unknown"')).toBe(1);
    expect(grew('sahel_refusals_total', 'code="unknownType"')).toBe(1);
    expect(grew('sahel_refusals_total', 'code="badMessage"')).toBe(1);
    expect(grew('sahel_messages_out_total')).toBeGreaterThan(10);
    expect(grew('sahel_shared_bytes_out_total')).toBeGreaterThan(1000);
    expect(grew('sahel_resolution_seconds_count')).toBe(1);
    expect(grew('sahel_record_write_seconds_count', 'store="sqlite"')).toBeGreaterThan(0);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds \d/m);
  });

  it('is described metric by metric in docs/OPERATIONS.md', async () => {
    const doc = readFileSync(new URL('../../docs/OPERATIONS.md', import.meta.url), 'utf8');
    const names = new Set([...(await scrape()).matchAll(/^# TYPE (sahel_\w+) /gm)].map((m) => m[1]!));
    expect(names.size).toBeGreaterThan(8);
    for (const name of names) expect(doc, name).toContain(`\`${name}`);
  });

  it('counts refused creates by code', async () => {
    const before = sample(await scrape(), 'sahel_refusals_total', 'code="badOptions"');
    await Client.create(server.url, 'bad', { turns: 3 }).catch(() => undefined);
    expect(sample(await scrape(), 'sahel_refusals_total', 'code="badOptions"')).toBe(before + 1);
  });
});

describe('logs', () => {
  it("lines about a match carry its code and matchId; an HTTP request's id is echoed", async () => {
    const host = clients[0]!;
    const { code, matchId } = host.welcome!;
    for (const event of ['match.created', 'match.started', 'turn.resolved']) {
      const line = lines.find((l) => l.event === event && l.code === code);
      expect(line, event).toBeDefined();
      expect(line!.matchId, event).toBe(matchId);
    }
    const r = await fetch(`${server.http}/api/matches`, { headers: { 'X-Request-Id': 'probe-42' } });
    expect(r.headers.get('x-request-id')).toBe('probe-42');
    expect((await fetch(`${server.http}/api/matches`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
