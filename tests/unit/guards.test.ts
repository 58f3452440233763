// Whose request is it: the socket's address, or (only behind a proxy the operator runs and
// declares with TRUST_PROXY) the first X-Forwarded-For entry. A client must not be able to
// pick its own address to escape the per-address limits.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GUARDS } from '../../server/config.ts';
import { clientAddress, Guards } from '../../server/guards.ts';
import { createLogger } from '../../server/log.ts';

const request = (headers: Record<string, string>, url = '/api/matches', method = 'GET') =>
  ({ headers, url, method, socket: { remoteAddress: '203.0.113.9' } }) as unknown as IncomingMessage;
const silent = createLogger({ level: 'silent', pretty: false, write: () => undefined });

describe('per-address limits', () => {
  it('take the socket address unless a trusted proxy tells the client address', () => {
    const forwarded = request({ 'x-forwarded-for': '198.51.100.7, 10.0.0.1', 'x-real-ip': '192.0.2.1' });
    expect(clientAddress(forwarded, false)).toBe('203.0.113.9');
    expect(clientAddress(forwarded, true)).toBe('198.51.100.7');
    expect(clientAddress(request({}), true)).toBe('203.0.113.9');
  });

  it('count creates of a match, not joins, against the create limit; each address on its own', async () => {
    const refused: string[] = [];
    const g = new Guards({ ...DEFAULT_GUARDS, createLimit: 2, matchmakeLimit: 100 }, silent, (code) => refused.push(code));
    const create = request({}, '/matchmake/create/match', 'POST');
    const join = request({}, '/matchmake/joinById/ABCDE', 'POST');
    const lobby = request({}, '/matchmake/joinOrCreate/lobby', 'POST');
    expect(await g.matchmake(create)).toBeUndefined();
    expect(await g.matchmake(join)).toBeUndefined();
    expect(await g.matchmake(lobby)).toBeUndefined();
    expect(await g.matchmake(create)).toBeUndefined();
    const third = await g.matchmake(create);
    expect(third).toMatchObject({ code: 'tooManyMatches', params: { limit: 2, seconds: 60 } });
    expect(third!.params.retryAfter).toBeGreaterThan(0);
    expect(third!.message).toMatch(/at most 2 every 60 seconds/);
    expect(await g.matchmake(join)).toBeUndefined();
    const other = { ...create, socket: { remoteAddress: '203.0.113.10' } } as unknown as IncomingMessage;
    expect(await g.matchmake(other)).toBeUndefined();
    expect(refused).toEqual(['tooManyMatches']);
  });
});
