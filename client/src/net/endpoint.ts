// Where the game server is: the page's own origin (the server serves the client), unless
// `?server=http://host:port` says otherwise (a Vite dev server on another port).
import type { Welcome } from '../../../shared/protocol/index.ts';

export function serverOrigin(): string {
  const given = new URLSearchParams(location.search).get('server');
  if (given && /^https?:\/\/[^/]+$/.test(given)) return given;
  if (import.meta.env.DEV) return `${location.protocol}//${location.hostname}:2567`;
  return location.origin;
}

/** The invite link for a match, in the server's format: /join/CODE. */
export function inviteLink(code: string, origin = location.origin): string {
  return `${origin}/join/${encodeURIComponent(code)}`;
}

const CODE_RE = /^[A-HJ-NP-Z2-9]{5}$/;

/** What a person typed or a link carried, as a room code: upper case, no spaces or dashes. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export const isCode = (s: string): boolean => CODE_RE.test(s);

/** The room code in the page's address: ?code=XXXXX, #XXXXX, or a path ending in /XXXXX. */
export function codeInAddress(): string | undefined {
  const q = new URLSearchParams(location.search).get('code') ?? new URLSearchParams(location.search).get('join');
  const candidates = [q, location.hash.replace(/^#/, ''), location.pathname.split('/').filter(Boolean).pop()];
  for (const c of candidates) {
    if (!c) continue;
    const code = normalizeCode(c);
    if (isCode(code)) return code;
  }
  return undefined;
}

export const joinPath = (code: string): string => `/join/${encodeURIComponent(code)}`;
export const teachPath = (code: string, token: string): string => `/teach/${encodeURIComponent(code)}#${encodeURIComponent(token)}`;
export const projectorPath = (code: string): string => `/projector/${encodeURIComponent(code)}`;

/** Put a path of this client in the address bar (keeping ?server=…), so that a refresh comes back to it. */
export function setAddress(path: string): void {
  const url = new URL(location.href);
  const [pathname, hash] = path.split('#');
  url.pathname = pathname;
  url.hash = hash ? `#${hash}` : '';
  url.searchParams.delete('code');
  url.searchParams.delete('join');
  if (url.href !== location.href) history.replaceState(null, '', url.href);
}

/** Put the match in the address as its invite link (so a refresh rejoins), or go back to /. */
export function setAddressCode(code: string | undefined): void {
  setAddress(code ? joinPath(code) : '/');
}

/**
 * The address a refresh must come back to for this seat: the teacher's console link (its
 * token after #, which browsers never send to a server), the projector's page, or the
 * invite link that every player and spectator shares.
 */
export function setAddressForSeat(w: Pick<Welcome, 'code' | 'seat' | 'teacherToken' | 'projector'>): void {
  if (w.seat.kind === 'teacher' && w.teacherToken) setAddress(teachPath(w.code, w.teacherToken));
  else if (w.projector) setAddress(projectorPath(w.code));
  else setAddressCode(w.code);
}
