// The teacher's secrets on this device: for each class session, its code, record id and
// teacher token (localStorage), so that the console, the debrief and the full exports open
// again from this browser. Nothing here is ever shown on the projector.
const KEY = 'sahel.classes';
const KEEP = 20;

export interface ClassSession {
  code: string;
  matchId: string;
  token: string;
  at: number;
}

function all(): ClassSession[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? '[]') as ClassSession[];
    return Array.isArray(list) ? list.filter((c) => typeof c?.token === 'string' && typeof c.code === 'string') : [];
  } catch {
    return [];
  }
}

export function saveClass(session: ClassSession): void {
  const rest = all().filter((c) => c.matchId !== session.matchId);
  try {
    localStorage.setItem(KEY, JSON.stringify([session, ...rest].slice(0, KEEP)));
  } catch {
    // Not kept: the console link in the address still works.
  }
}

/** A deleted record's session: its console and debrief links would lead nowhere. */
export function forgetClass(matchId: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(all().filter((c) => c.matchId !== matchId)));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** The newest session this browser taught under this room code. */
export const classByCode = (code: string): ClassSession | undefined => all().find((c) => c.code === code);

export const classByMatch = (matchId: string): ClassSession | undefined => all().find((c) => c.matchId === matchId);

/** The sessions this browser taught, newest first. */
export const recentClasses = (): ClassSession[] => all();
