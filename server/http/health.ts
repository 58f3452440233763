// Health over HTTP, answered from what the process already knows, never by waiting on
// Redis or the records (each answers within a second whatever is down):
// - /livez: the process answers (restart it if not);
// - /readyz: it can accept and record changes: not shutting down, the records write,
//   and Redis answers when there is one (take it out of rotation if not: 503);
// - /healthz: as documented since the start (200 unless shutting down), its match count
//   the whole cluster's when the matchmaking driver answers in time, this process's otherwise.
import type { Router } from 'express';
import express from 'express';
import { matchMaker } from '@colyseus/core';
import { ROOM_NAMES } from '../../shared/protocol/index.ts';
import type { RecordStore } from '../records/types.ts';

/** The longest /healthz waits for the driver's room count before giving the local one. */
const COUNT_WAIT_MS = 500;

export interface HealthSettings {
  records: RecordStore;
  shuttingDown: () => boolean;
  /** Whether Redis answers now (absent without Redis). */
  redisReady?: () => boolean;
}

export function healthRouter(s: HealthSettings): Router {
  const router = express.Router();
  const startedAt = Date.now();
  const uptimeSeconds = () => Math.round((Date.now() - startedAt) / 1000);

  router.get('/livez', (_req, res) => {
    res.json({ ok: true, uptimeSeconds: uptimeSeconds() });
  });

  router.get('/readyz', (_req, res) => {
    const health = s.records.health;
    const redis = s.redisReady ? s.redisReady() : undefined;
    const shuttingDown = s.shuttingDown();
    const ok = !shuttingDown && health.writable && redis !== false;
    res.status(ok ? 200 : 503).json({
      ok,
      ...(shuttingDown ? { shuttingDown: true } : {}),
      records: { kind: s.records.kind, writable: health.writable, ...(health.writable ? {} : { downSince: health.downSince, error: health.lastError }) },
      ...(redis !== undefined ? { redis: { reachable: redis } } : {}),
    });
  });

  router.get('/healthz', async (_req, res) => {
    if (s.shuttingDown()) {
      res.status(503).json({ ok: false, shuttingDown: true });
      return;
    }
    res.json({ ok: true, uptimeSeconds: uptimeSeconds(), matches: await matchCount(), records: s.records.kind });
  });
  return router;
}

async function matchCount(): Promise<number> {
  const local = () => matchMaker.stats.local.roomCount;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      matchMaker.query({ name: ROOM_NAMES.match }).then((rooms) => rooms.length),
      new Promise<number>((resolve) => (timer = setTimeout(() => resolve(local()), COUNT_WAIT_MS))),
    ]);
  } catch {
    return local();
  } finally {
    clearTimeout(timer);
  }
}
