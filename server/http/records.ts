// Recorded matches over HTTP: the list of finished matches and each record (for replay
// and export), and deletion. Reading a finished public record needs nothing; the whole
// record (every channel, the draft log) and deletion need a secret: the seat token of
// the member who created the match, or the operator's RECORDS_ADMIN_TOKEN.
import { timingSafeEqual } from 'node:crypto';
import express from 'express';
import type { Request, Response, Router } from 'express';
import type { Seat } from '../../shared/index.ts';
import { seesChannel, seesProposal } from '../match/audience.ts';
import { hashSeatToken } from '../match/members.ts';
import type { MatchRecord, RecordStore, SummaryQuery } from '../records/types.ts';

const SPECTATOR: Seat = { kind: 'spectator' };
const STATUSES = new Set(['finished', 'abandoned', 'ended']);

export interface RecordsApiSettings {
  records: RecordStore;
  adminToken?: string;
}

const bearer = (req: Request): string | undefined => {
  const h = req.get('authorization');
  return h?.startsWith('Bearer ') ? h.slice(7).trim() || undefined : undefined;
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const fail = (res: Response, status: number, error: string, message: string) => res.status(status).json({ error, message });

/** What anyone may read of an ended match: what a spectator sees after the end (private channels only if the host revealed them). */
export function publicRecord(r: MatchRecord): Omit<MatchRecord, 'drafts'> {
  const reveal = r.header.options.revealPrivate;
  const { drafts: _d, ...rest } = r;
  return {
    ...rest,
    chat: r.chat.filter((m) => seesChannel(SPECTATOR, m.channel, reveal)),
    proposals: r.proposals.filter((p) => seesProposal(SPECTATOR, p, reveal)),
  };
}

export function recordsRouter({ records, adminToken }: RecordsApiSettings): Router {
  const router = express.Router();

  /** Whether the request carries the operator's token, or the seat token of the match's creator. */
  async function authorised(req: Request, matchId: string): Promise<'none' | 'wrong' | 'ok'> {
    const token = bearer(req);
    if (!token) return 'none';
    if (adminToken && sameSecret(token, adminToken)) return 'ok';
    const hash = await records.creatorHash(matchId);
    return hash && sameSecret(hash, hashSeatToken(token)) ? 'ok' : 'wrong';
  }

  router.options(['/', '/created', '/:matchId'], (_req, res) => {
    res.setHeader('Access-Control-Allow-Methods', 'GET, DELETE, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization');
    res.status(204).end();
  });

  /** Ended matches, newest first: public ones for anyone, all of them for the operator. */
  router.get('/', async (req, res) => {
    const status = String(req.query.status ?? 'finished');
    if (!STATUSES.has(status)) return fail(res, 400, 'badQuery', 'status must be finished, abandoned or ended.');
    const query: SummaryQuery = { status: status as SummaryQuery['status'], publicOnly: true };
    const token = bearer(req);
    if (token && adminToken && sameSecret(token, adminToken)) query.publicOnly = false;
    if (!pageFrom(req, res, query)) return;
    res.json({ records: await records.summaries(query) });
  });

  /** The matches created with the seat token in Authorization (private and unfinished ones too): how a host finds its matchId. */
  router.get('/created', async (req, res) => {
    const token = bearer(req);
    if (!token) return fail(res, 401, 'unauthorised', 'Send the seat token you created the match with as "Authorization: Bearer <seatToken>".');
    const query: SummaryQuery = { creatorHash: hashSeatToken(token) };
    if (!pageFrom(req, res, query)) return;
    res.json({ records: await records.summaries(query) });
  });

  router.get('/:matchId', async (req, res) => {
    const matchId = String(req.params.matchId);
    const record = await records.get(matchId);
    if (!record) return fail(res, 404, 'notFound', `No record has the id ${matchId}.`);
    const auth = await authorised(req, matchId);
    if (auth === 'wrong') return fail(res, 403, 'forbidden', 'This token may not read the whole record of this match.');
    if (auth === 'ok') return res.json({ record, full: true });
    if (!record.end) return fail(res, 409, 'inProgress', 'This match is still being played; its record is public once it has ended.');
    res.json({ record: publicRecord(record), full: false });
  });

  router.delete('/:matchId', async (req, res) => {
    const matchId = String(req.params.matchId);
    const auth = await authorised(req, matchId);
    if (auth === 'none') return fail(res, 401, 'unauthorised', 'Deleting a record needs "Authorization: Bearer <seat token of the creator, or RECORDS_ADMIN_TOKEN>".');
    if (auth === 'wrong') return fail(res, (await records.get(matchId)) ? 403 : 404, 'forbidden', 'This token may not delete this record.');
    const result = await records.delete(matchId);
    if (result === 'notFound') return fail(res, 404, 'notFound', `No record has the id ${matchId}.`);
    if (result === 'inProgress') return fail(res, 409, 'inProgress', 'This match is still being played; end it first.');
    res.status(204).end();
  });

  return router;
}

function pageFrom(req: Request, res: Response, q: SummaryQuery): boolean {
  for (const key of ['limit', 'before'] as const) {
    const raw = req.query[key];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) {
      fail(res, 400, 'badQuery', `${key} must be a positive whole number.`);
      return false;
    }
    q[key] = n;
  }
  return true;
}
