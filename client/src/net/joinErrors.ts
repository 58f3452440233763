// Why a create or join failed, as a notice the home screen can say in words.
import { ERROR_CODES, JOIN_ERROR_CODE } from '../../../shared/protocol/index.ts';
import type { Notice } from '../state/store.ts';

const NO_SUCH_ROOM = 4212;
const EXPIRED = 4214;
/** The server's per-address limits answer matchmaking with HTTP 429 and the same "code: sentence" message. */
const TOO_MANY = 429;

export function joinFailure(err: unknown): Omit<Notice, 'id'> {
  const e = err as { code?: number; message?: string };
  const message = typeof e?.message === 'string' ? e.message : '';
  if (e?.code === JOIN_ERROR_CODE || e?.code === TOO_MANY) {
    const code = message.split(':')[0];
    if ((ERROR_CODES as string[]).includes(code)) return { key: `error.${code}`, params: paramsFrom(code, message), tone: 'error' };
  }
  if (e?.code === NO_SUCH_ROOM || /not found/i.test(message)) return { key: 'error.noSuchMatch', tone: 'error' };
  if (e?.code === EXPIRED) return { key: 'error.joinExpired', tone: 'error' };
  if (err instanceof TypeError || /fetch|network|ECONN/i.test(message)) return { key: 'error.network', tone: 'error' };
  return { key: 'error.joinFailed', tone: 'error' };
}

/** The sentence carries the parameters the key needs (e.g. "roleFull: The role mali already has 12 players."). */
function paramsFrom(code: string, message: string): Record<string, string | number> {
  const role = /role (\w+)/.exec(message)?.[1];
  const limit = /(\d+) players/.exec(message)?.[1];
  const detail = message.slice(message.indexOf(':') + 1).trim();
  return { ...(role ? { role } : {}), ...(limit ? { limit: Number(limit) } : {}), detail, code };
}

/**
 * Whether a failed join with a stored seat token means the seat is gone for good (the token
 * is then forgotten). A match not found is gone, unless the client is still `patient`: after
 * its server died, another one takes the match over within 30 s under the same code.
 */
export function seatGone(failureKey: string, patient: boolean): boolean {
  if (failureKey === 'error.seatTokenUnknown') return true;
  return failureKey === 'error.noSuchMatch' && !patient;
}
