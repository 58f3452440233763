// Bounds on what one address may ask of this process: matches created, matchmaking
// requests (create, join, reconnect) and /api/ requests, each counted per address in a
// fixed window (rate-limiter-flexible, in memory: per process). A refused request gets
// HTTP 429, a Retry-After header and an error code with its sentence. The cap on matches
// per process and the empty-lobby delay are read by the rooms (MatchRoom.ts).
import type http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ErrorCode } from '../shared/protocol/index.ts';
import { errorMessage, ROOM_NAMES } from '../shared/protocol/index.ts';
import type { GuardSettings } from './config.ts';
import type { Logger } from './log.ts';

export interface GuardRefusal {
  code: Extract<ErrorCode, 'tooManyMatches' | 'tooManyRequests'>;
  params: { limit: number; seconds: number; retryAfter: number };
  message: string;
}

/** The address a request comes from: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** `/matchmake/<method>/<room>` of a matchmaking request, if it is one. */
function matchmakeCall(url: string | undefined): { method: string; room: string } | undefined {
  const m = /\/matchmake\/([^/?]+)\/([^/?]*)/.exec(url ?? '');
  return m ? { method: m[1]!, room: decodeURIComponent(m[2]!) } : undefined;
}

export class Guards {
  private creates: RateLimiterMemory;
  private matchmaking: RateLimiterMemory;
  private requests: RateLimiterMemory;

  constructor(
    readonly settings: GuardSettings,
    private log: Logger,
    /** Told of each refusal, by code (metrics). */
    private refused: (code: ErrorCode) => void = () => {},
  ) {
    this.creates = new RateLimiterMemory({ points: settings.createLimit, duration: settings.createWindowSeconds, keyPrefix: 'create' });
    this.matchmaking = new RateLimiterMemory({ points: settings.matchmakeLimit, duration: settings.windowSeconds, keyPrefix: 'mm' });
    this.requests = new RateLimiterMemory({ points: settings.httpLimit, duration: settings.windowSeconds, keyPrefix: 'http' });
  }

  /** One more request from `address` against a limiter; the refusal if it is over. */
  private async take(limiter: RateLimiterMemory, address: string, code: GuardRefusal['code']): Promise<GuardRefusal | undefined> {
    try {
      await limiter.consume(address);
      return undefined;
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      const params = { limit: limiter.points, seconds: limiter.duration, retryAfter: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
      this.refused(code);
      this.log.info('request.limited', { error: code, address, ...params });
      return { code, params, message: errorMessage(code, params) };
    }
  }

  /** A matchmaking request: every call counts; a create of a match counts against the create limit too. */
  async matchmake(req: IncomingMessage): Promise<GuardRefusal | undefined> {
    const call = matchmakeCall(req.url);
    if (req.method !== 'POST' || !call) return undefined;
    const address = clientAddress(req, this.settings.trustProxy);
    const creating = call.room === ROOM_NAMES.match && (call.method === 'create' || call.method === 'joinOrCreate');
    return (await this.take(this.matchmaking, address, 'tooManyRequests')) ?? (creating ? await this.take(this.creates, address, 'tooManyMatches') : undefined);
  }

  /**
   * Put the matchmaking limits in front of Colyseus' own matchmaking route (which answers
   * every request 200 with the error in the body, and so cannot send Retry-After). A refused
   * request gets 429, Retry-After, Colyseus' CORS headers and `{ code: 429, error: "<code>:
   * <sentence>" }`, which colyseus.js turns into an error with code 429 and that message.
   */
  guardMatchmaking(server: http.Server): void {
    const listeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const forward = () => {
        for (const l of listeners) l.call(server, req, res);
      };
      if (req.method !== 'POST' || !req.url?.includes('/matchmake/')) return forward();
      this.matchmake(req).then(
        (refusal) => {
          if (!refusal) return forward();
          const cors = { ...matchMaker.controller.DEFAULT_CORS_HEADERS, ...matchMaker.controller.getCorsHeaders(req) } as Record<string, string>;
          res.writeHead(429, { ...cors, 'Content-Type': 'application/json', 'Retry-After': String(refusal.params.retryAfter) });
          res.end(JSON.stringify({ code: 429, error: `${refusal.code}: ${refusal.message}` }));
        },
        (error: unknown) => {
          this.log.error('guard.failed', { error });
          forward();
        },
      );
    });
  }

  /** Express middleware for /api/: 429 `{ error: 'tooManyRequests', message, retryAfter }` with Retry-After. */
  http() {
    return (req: Request, res: Response, next: NextFunction) => {
      void this.take(this.requests, clientAddress(req, this.settings.trustProxy), 'tooManyRequests').then((refusal) => {
        if (!refusal) return next();
        res.setHeader('Retry-After', String(refusal.params.retryAfter));
        res.status(429).json({ error: refusal.code, message: refusal.message, retryAfter: refusal.params.retryAfter });
      }, next);
    };
  }
}
