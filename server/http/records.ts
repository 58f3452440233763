// Recorded matches over HTTP: the list of finished matches and each record (for replay
// and export, as JSON or as the debrief's CSV), and deletion. Reading a finished public
// record needs nothing; the whole record (every channel, the draft log) and deletion need
// a secret: the seat token of the member who created the match (in a classroom session,
// the teacher token), or the operator's RECORDS_ADMIN_TOKEN.
import { timingSafeEqual } from 'node:crypto';
import express from 'express';
import type { Request, Response, Router } from 'express';
import type { Seat } from '../../shared/index.ts';
import { seesChannel, seesProposal } from '../match/audience.ts';
import { hashSeatToken } from '../match/members.ts';
import type { MatchRecord, RecordStore, SummaryQuery } from '../records/types.ts';
import type { CheckTally } from '../../shared/check/index.ts';
import { drawChecks, tallyChecks } from '../../shared/check/index.ts';
import { GradesSchema } from '../../shared/grades/index.ts';
import { zodDetail } from '../match/zodDetail.ts';
import { exportFileName, recordCsv, recordExport } from './exports.ts';

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
  // Each student's answers to the knowledge check stay with the teacher; the class's tally is public.
  const { drafts: _d, checkAnswers: _a, participation: _p, grades: _g, memos, ...rest } = r;
  return {
    ...rest,
    // The team memos are the teacher's until revealed to the class.
    ...(memos && r.memosRevealedAt !== undefined ? { memos } : {}),
    chat: r.chat.filter((m) => seesChannel(SPECTATOR, m.channel, reveal)),
    proposals: r.proposals.filter((p) => seesProposal(SPECTATOR, p, reveal)),
  };
}

/** The class's results of the knowledge check (no names), beside the record, when the class took it. */
export function withCheckTally<R extends Omit<MatchRecord, 'drafts'>>(r: R, answers = r.checkAnswers): R & { checks?: CheckTally } {
  if (r.header.options.knowledgeCheck !== true) return r;
  return { ...r, checks: tallyChecks(drawChecks(r.header.seed), answers ?? []) };
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

  /**
   * The record as this request may read it: whole with the creator's (teacher's) or the
   * operator's token, unless `?part=public` asks for the public part; otherwise the public
   * part of an ended match. Undefined when an error was sent.
   */
  async function readable(req: Request, res: Response): Promise<{ record: MatchRecord | Omit<MatchRecord, 'drafts'>; full: boolean } | undefined> {
    const matchId = String(req.params.matchId);
    const part = req.query.part;
    if (part !== undefined && part !== 'public' && part !== 'full') {
      fail(res, 400, 'badQuery', 'part must be public or full.');
      return undefined;
    }
    const record = await records.get(matchId);
    if (!record) {
      fail(res, 404, 'notFound', `No record has the id ${matchId}.`);
      return undefined;
    }
    const auth = await authorised(req, matchId);
    if (auth === 'wrong') {
      fail(res, 403, 'forbidden', 'This token may not read the whole record of this match.');
      return undefined;
    }
    if (auth === 'ok' && part !== 'public') return { record: withCheckTally(record), full: true };
    if (part === 'full') {
      fail(res, 401, 'unauthorised', 'The whole record needs "Authorization: Bearer <seat token of the creator, teacher token, or RECORDS_ADMIN_TOKEN>".');
      return undefined;
    }
    if (!record.end) {
      fail(res, 409, 'inProgress', 'This match is still being played; its record is public once it has ended.');
      return undefined;
    }
    return { record: withCheckTally(publicRecord(record), record.checkAnswers), full: false };
  }

  router.options(['/', '/created', '/:matchId', '/:matchId/grades', '/:matchId/students/:playerId', '/:matchId/export.csv', '/:matchId/export.json'], (_req, res) => {
    res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, DELETE, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
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
    const got = await readable(req, res);
    if (got) res.json(got);
  });

  /** The debrief's CSV: one row per week and role (indicators after the week, orders drafted, carried out, refused; the score on the last week). */
  router.get('/:matchId/export.csv', async (req, res) => {
    const got = await readable(req, res);
    if (!got) return;
    const csv = recordCsv(got.record);
    if (csv === undefined) return fail(res, 409, 'notStarted', 'This match has not started: there is nothing to export yet.');
    res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(got.record, 'csv')}"`);
    res.type('text/csv; charset=utf-8').send(csv);
  });

  /** The record as a file: `{ format, version, exportedAt, full, record }`. */
  router.get('/:matchId/export.json', async (req, res) => {
    const got = await readable(req, res);
    if (!got) return;
    res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(got.record, 'json')}"`);
    res.type('application/json; charset=utf-8').send(JSON.stringify(recordExport(got.record, got.full, Date.now()), null, 1));
  });

  /** The teacher's rubric and marks for a class session (the creator's token or the operator's). */
  router.put('/:matchId/grades', express.json({ limit: '256kb' }), async (req, res) => {
    const matchId = String(req.params.matchId);
    const auth = await authorised(req, matchId);
    if (auth === 'none') return fail(res, 401, 'unauthorised', 'Grading needs "Authorization: Bearer <teacher token, or RECORDS_ADMIN_TOKEN>".');
    if (auth === 'wrong') return fail(res, (await records.get(matchId)) ? 403 : 404, 'forbidden', 'This token may not grade this match.');
    const parsed = GradesSchema.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, 'badGrades', `The grades do not match their schema: ${zodDetail(parsed.error)}`);
    if (!(await records.setGrades(matchId, parsed.data))) return fail(res, 404, 'notFound', `No record has the id ${matchId}.`);
    res.status(204).end();
  });

  /** One student's data out of an ended class session's record (their answers, counts and marks; their name and words). */
  router.delete('/:matchId/students/:playerId', async (req, res) => {
    const matchId = String(req.params.matchId);
    const auth = await authorised(req, matchId);
    if (auth === 'none') return fail(res, 401, 'unauthorised', 'Deleting a student\'s data needs "Authorization: Bearer <teacher token, or RECORDS_ADMIN_TOKEN>".');
    if (auth === 'wrong') return fail(res, (await records.get(matchId)) ? 403 : 404, 'forbidden', 'This token may not change this record.');
    const result = await records.forgetStudent(matchId, String(req.params.playerId));
    if (result === 'notFound') return fail(res, 404, 'notFound', `No record has the id ${matchId}.`);
    if (result === 'unknownStudent') return fail(res, 404, 'notFound', `No student ${String(req.params.playerId)} in this record.`);
    if (result === 'inProgress') return fail(res, 409, 'inProgress', 'This match is still being played; end it first.');
    res.status(204).end();
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
