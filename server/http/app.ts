// The HTTP side on the game's port: health, the lobby list as JSON, match lookup by
// code (and its join QR code for the projector), recorded matches, and the browser
// client (invite, console, projector and replay links are pages the client answers).
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import express from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Express, NextFunction, Request, Response } from 'express';
import { matchMaker } from '@colyseus/core';
import { ROOM_NAMES } from '../../shared/protocol/index.ts';
import { protocolDescription, rulesCatalogue } from '../../shared/protocol/describe.ts';
import type { Listing } from '../../shared/protocol/index.ts';
import type { Guards } from '../guards.ts';
import type { Logger } from '../log.ts';
import { normalizeRoomCode } from '../match/roomCode.ts';
import type { RecordStore } from '../records/types.ts';
import { CLIENT_DIST, CLIENT_INDEX, PLACEHOLDER_PAGE } from './clientBundle.ts';
import { healthRouter } from './health.ts';
import { joinQrSvg } from './joinQr.ts';
import { isLoopback, lanOrigins } from './lanOrigins.ts';
import { recordsRouter } from './records.ts';
import { registry } from '../metrics.ts';

/** Paths of the client's own pages: served its index (or, before it is built, the placeholder). */
const CLIENT_PAGES = ['/join/', '/teach/', '/projector/', '/debrief/', '/replay/'];

export interface HttpSettings {
  records: RecordStore;
  adminToken?: string;
  /** The address the server listens on (HOST), if only one. */
  host?: string;
  /** True once a graceful shutdown began: health checks fail so that load balancers stop sending players here. */
  shuttingDown: () => boolean;
  /** When set, /metrics asks for it as a bearer token. */
  metricsToken?: string;
  /** Per-address limits on /api/ (health checks are not limited). */
  guards?: Guards;
  /** Whether Redis answers now (absent without Redis). */
  redisReady?: () => boolean;
}

/** How long a listing request waits for matchmaking (Redis, with several processes) before answering 503. */
const QUERY_WAIT_MS = 2_000;

class MatchmakingUnavailable extends Error {}

/** The matchmaker's rooms, or MatchmakingUnavailable when it cannot answer in time (Redis away). */
async function queryRooms(conditions: Parameters<typeof matchMaker.query>[0]) {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      matchMaker.query(conditions),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new MatchmakingUnavailable('timed out')), QUERY_WAIT_MS))),
    ]);
  } catch (error) {
    throw error instanceof MatchmakingUnavailable ? error : new MatchmakingUnavailable((error as Error).message, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** The live match a request's `:code` names, public or private; a 404 is sent when there is none. */
async function matchByCode(req: Request, res: Response) {
  const code = normalizeRoomCode(String(req.params.code));
  const [room] = await queryRooms({ name: ROOM_NAMES.match, roomId: code });
  if (!room) res.status(404).json({ error: 'notFound', message: `No match has the code ${code}.` });
  return { code, room };
}

/** Hashed build outputs never change under their name; the rest must be asked for again. */
export function setClientCacheHeaders(res: ServerResponse, path: string): void {
  const hashed = /[\\/]assets[\\/][^\\/]+$/.test(path);
  res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}

export function createHttpApp(log: Logger, settings: HttpSettings): Express {
  const app = express();
  app.disable('x-powered-by');

  // Every request has an id, echoed in X-Request-Id and written with any log line about it.
  app.use((req, res, next) => {
    const given = req.get('x-request-id');
    res.locals.requestId = given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', res.locals.requestId as string);
    next();
  });

  // Public, read-only JSON: any origin may read it (e.g. the client on Vite's dev port).
  app.use(['/api', '/healthz', '/livez', '/readyz'], (_req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    next();
  });

  if (settings.guards) app.use('/api', settings.guards.http());

  app.use(healthRouter(settings));

  /** Prometheus metrics (see docs/OPERATIONS.md); with METRICS_TOKEN, for its bearer only. */
  app.get('/metrics', async (req, res) => {
    if (settings.metricsToken && req.get('authorization') !== `Bearer ${settings.metricsToken}`) {
      res.status(401).json({ error: 'unauthorized', message: 'This server asks for its metrics token (Authorization: Bearer).' });
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  });

  app.use('/api/records', recordsRouter(settings));

  /**
   * This machine's network addresses, told only to a browser on the machine itself (a
   * teacher's laptop opened as localhost); anyone else already knows a reachable address.
   */
  app.get('/api/lan', (req, res) => {
    // Behind a proxy on the same machine every request comes from loopback: ask the Host too.
    const local = isLoopback(req.socket.remoteAddress) && !req.get('x-forwarded-for') && /^(localhost|127\.[\d.]+|\[::1\])(:\d+)?$/.test(req.get('host') ?? '');
    res.json({ origins: local ? lanOrigins(req.socket.localPort ?? 0, settings.host) : [] });
  });

  // The protocol (JSON Schema of every message, generated from the zod schemas) and the
  // rules' catalogue, for clients in any language: computed once, they never change while running.
  let protocolJson: string | undefined;
  let rulesJson: string | undefined;
  app.get('/api/protocol', (_req, res) => {
    res.type('application/json').send((protocolJson ??= JSON.stringify(protocolDescription())));
  });
  app.get('/api/rules', (_req, res) => {
    res.type('application/json').send((rulesJson ??= JSON.stringify(rulesCatalogue())));
  });

  /** Open public matches, as the lobby room lists them. */
  app.get('/api/matches', async (_req, res) => {
    const rooms = await queryRooms({ name: ROOM_NAMES.match, private: false });
    res.json({ matches: rooms.map((r) => r.metadata as Listing).filter((l) => l && l.phase !== 'ended') });
  });

  /** One match by code, public or private (knowing the code is the invitation). */
  app.get('/api/matches/:code', async (req, res) => {
    const { room } = await matchByCode(req, res);
    if (!room) return;
    res.json({ match: room.metadata as Listing, private: Boolean(room.private) });
  });

  /** The join link as a QR code (SVG), for the projector: `${origin}/join/CODE`. */
  app.get('/api/matches/:code/qr.svg', async (req, res) => {
    const { code, room } = await matchByCode(req, res);
    if (!room) return;
    const asked = typeof req.query.origin === 'string' ? req.query.origin : undefined;
    if (asked !== undefined && !/^https?:\/\/[^/\s?#]+$/.test(asked)) {
      res.status(400).json({ error: 'badQuery', message: 'origin must be a scheme and host, e.g. https://game.school.example' });
      return;
    }
    const origin = asked ?? `${req.protocol}://${req.get('host')}`;
    res.type('image/svg+xml').setHeader('Cache-Control', 'no-store');
    res.send(await joinQrSvg(`${origin}/join/${code}`));
  });

  app.use('/api', (_req, res) => {
    res.status(404).json({ error: 'notFound', message: 'No such API endpoint.' });
  });

  // The built client, as the build wrote it: brotli or gzip files sent as they are (with
  // Content-Encoding and Vary) to a browser that accepts them; files with a content hash in
  // their name (assets/) cached for a year, everything else (index.html, sw.js, the
  // manifest) revalidated on every use. Any other GET that wants a page (e.g. /join/ABCDE)
  // gets the client's index; a missing file under /assets/ is a 404, never a page.
  const client = expressStaticGzip(CLIENT_DIST, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: 'index.html',
    serveStatic: { cacheControl: false, setHeaders: setClientCacheHeaders },
  });
  app.use(client);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/assets/')) return res.status(404).type('text').send('Not found');
    if (existsSync(CLIENT_INDEX)) {
      req.url = '/index.html';
      return client(req, res, next);
    }
    res.status(req.path === '/' || CLIENT_PAGES.some((p) => req.path.startsWith(p)) ? 200 : 404).type('html').send(PLACEHOLDER_PAGE);
  });

  app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
    if (err instanceof MatchmakingUnavailable) {
      log.warn('http.matchmakingUnavailable', { requestId: res.locals.requestId, path: req.path, error: err.message });
      res.status(503).json({ error: 'matchmakingUnavailable', message: 'The list of matches cannot be read right now; try again in a moment.' });
      return;
    }
    log.error('http.error', { requestId: res.locals.requestId, method: req.method, path: req.path, error: err });
    res.status(500).json({ error: 'internal', message: 'The server could not answer this request.', requestId: res.locals.requestId });
  });
  return app;
}
