// Whether a room code is a classroom session (GET /api/matches/:code), so that an invite
// link opens the students' join card rather than the ordinary invitation.
import { useEffect, useState } from 'preact/hooks';
import type { Listing } from '../../../shared/protocol/index.ts';
import { serverOrigin } from '../net/endpoint.ts';

export type MatchKind = 'looking' | 'classroom' | 'ordinary';

export function useMatchKind(code: string | undefined): MatchKind {
  const [kind, setKind] = useState<MatchKind>('looking');
  useEffect(() => {
    if (!code) return;
    let live = true;
    setKind('looking');
    fetch(`${serverOrigin()}/api/matches/${encodeURIComponent(code)}`)
      .then(async (r) => (r.ok ? ((await r.json()) as { match?: Listing }) : undefined))
      .then((body) => live && setKind(body?.match?.classroom ? 'classroom' : 'ordinary'))
      .catch(() => live && setKind('ordinary'));
    return () => {
      live = false;
    };
  }, [code]);
  return kind;
}
