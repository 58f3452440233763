// Opening the classroom's live pages: a new class session (the creator becomes the teacher),
// the teacher's console again from its link, and the projector. The teacher's keys and the
// projector's seat are kept so that a refresh (or a later debrief) finds them again.
import { link } from '../net/matchLink.ts';
import { rememberNickname } from '../net/seatTokens.ts';
import { store } from '../state/store.ts';
import type { ClassPage } from './address.ts';
import { classByCode, saveClass } from './teacherKeys.ts';

const PROJECTOR_KEY = (code: string) => `sahel.projector.${code}`;

let following = false;

/** Keeps the teacher's keys and the projector's seat in step with the seat this page holds. */
export function followClassroomSeat(): void {
  if (following) return;
  following = true;
  let lastWelcome: unknown;
  store.subscribe(() => {
    const w = store.get().welcome;
    if (!w || w === lastWelcome) return;
    lastWelcome = w;
    if (w.seat.kind === 'teacher' && w.teacherToken) saveClass({ code: w.code, matchId: w.matchId, token: w.teacherToken, at: Date.now() });
    if (w.projector) {
      try {
        sessionStorage.setItem(PROJECTOR_KEY(w.code), w.seatToken);
      } catch {
        // A refresh will join as a new projector.
      }
    }
  });
}

/** "New class session": one click, a private classroom match whose creator is the teacher. */
export async function startClassSession(nickname: string): Promise<boolean> {
  const name = nickname.trim();
  if (name) rememberNickname(name);
  return link.create({ classroom: true, ...(name ? { nickname: name } : {}) }, false);
}

/** The console or the projector named by the address. */
export async function openClassPage(page: ClassPage): Promise<void> {
  if (page.kind === 'teach') {
    const token = page.token ?? classByCode(page.code)?.token;
    if (!token) {
      store.set({ joinError: { key: 'classroom.console.noToken', params: { code: page.code }, tone: 'error' } });
      return;
    }
    await link.join(page.code, { teacherToken: token });
    return;
  }
  if (page.kind === 'projector') {
    let token: string | null = null;
    try {
      token = sessionStorage.getItem(PROJECTOR_KEY(page.code));
    } catch {
      token = null;
    }
    if (token && (await link.join(page.code, { seatToken: token }))) return;
    store.set({ joinError: undefined });
    // From the teacher's own browser, the teacher's key lets the projector in even while the room is locked.
    const teacherToken = classByCode(page.code)?.token;
    if (!(await link.join(page.code, { projector: true, ...(teacherToken ? { teacherToken } : {}) }))) {
      const failure = store.get().joinError;
      if (failure?.key === 'error.roomLocked') store.set({ joinError: { key: 'classroom.projector.locked', tone: 'error' } });
    }
  }
}

