// The classroom's pages and their links: the teacher's console (/teach/CODE#token), the
// projector (/projector/CODE), and a recorded match's debrief and replay (/debrief/ID,
// /replay/ID). The token after # is a fragment: browsers never send it to a server.
import { isCode, normalizeCode } from '../net/endpoint.ts';
export { projectorPath, teachPath } from '../net/endpoint.ts';

export type ClassPage =
  | { kind: 'teach'; code: string; token?: string }
  | { kind: 'projector'; code: string }
  | { kind: 'debrief'; matchId: string }
  | { kind: 'replay'; matchId: string };

const MATCH_ID = /^[\w-]{6,80}$/;

/** Which classroom page the address names, if any. */
export function classPageInAddress(): ClassPage | undefined {
  const [first, second] = location.pathname.split('/').filter(Boolean);
  if (!first || !second) return undefined;
  const part = decodeURIComponent(second);
  if (first === 'teach' || first === 'projector') {
    const code = normalizeCode(part);
    if (!isCode(code)) return undefined;
    if (first === 'projector') return { kind: 'projector', code };
    const token = decodeURIComponent(location.hash.replace(/^#/, ''));
    return { kind: 'teach', code, ...(token ? { token } : {}) };
  }
  if ((first === 'debrief' || first === 'replay') && MATCH_ID.test(part)) return { kind: first, matchId: part };
  return undefined;
}

export const debriefPath = (matchId: string): string => `/debrief/${encodeURIComponent(matchId)}`;
export const replayPath = (matchId: string): string => `/replay/${encodeURIComponent(matchId)}`;

/** A path of this client as a full link on the page's origin (the server serves the client). */
export const fullLink = (path: string): string => `${location.origin}${path}`;
