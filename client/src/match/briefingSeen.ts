// The role briefing opens by itself once per match and role in this browser: which ones were
// shown is kept in localStorage (and sessionStorage, for a browser that refuses the first).
// `sahel.briefing.auto` = "off" keeps it from opening by itself (the browser tests that are
// not about the briefing set it); the Briefing button still opens it.

const KEY = 'sahel.briefingsSeen';
const AUTO_KEY = 'sahel.briefing.auto';
const KEEP = 40;

const id = (matchId: string, role: string) => `${matchId}:${role}`;

function read(store: Storage): string[] {
  try {
    const list = JSON.parse(store.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function stores(): Storage[] {
  const out: Storage[] = [];
  try {
    out.push(localStorage);
  } catch {
    /* storage refused */
  }
  try {
    out.push(sessionStorage);
  } catch {
    /* storage refused */
  }
  return out;
}

export function briefingSeen(matchId: string, role: string): boolean {
  return stores().some((s) => read(s).includes(id(matchId, role)));
}

export function markBriefingSeen(matchId: string, role: string): void {
  for (const s of stores()) {
    try {
      const list = [id(matchId, role), ...read(s).filter((x) => x !== id(matchId, role))].slice(0, KEEP);
      s.setItem(KEY, JSON.stringify(list));
    } catch {
      /* full or refused: the briefing may show once more, no harm */
    }
  }
}

export function briefingOpensItself(): boolean {
  try {
    return localStorage.getItem(AUTO_KEY) !== 'off';
  } catch {
    return true;
  }
}
