// The screens that are not part of the first download, each its own chunk (see
// lazyScreen), and when to fetch them ahead of need.
import type { ClassPage } from '../classroom/address.ts';
import { lazyScreen } from './lazyScreen.tsx';

/** The match itself, with the map (and Phaser, a chunk of its own that it pulls in). */
export const MatchScreen = lazyScreen(() => import('../match/MatchScreen.tsx').then((m) => m.MatchScreen));
export const EndScreen = lazyScreen(() => import('../end/EndScreen.tsx').then((m) => m.EndScreen));
export const TeacherConsole = lazyScreen(() => import('../classroom/TeacherConsole.tsx').then((m) => m.TeacherConsole));
export const ProjectorView = lazyScreen(() => import('../classroom/ProjectorView.tsx').then((m) => m.ProjectorView));
export const ClassEnd = lazyScreen(() => import('../debrief/ClassEnd.tsx').then((m) => m.ClassEnd));
export const DebriefPage = lazyScreen(() => import('../debrief/DebriefPage.tsx').then((m) => m.DebriefPage));
export const ReplayPage = lazyScreen(() => import('../replay/ReplayPage.tsx').then((m) => m.ReplayPage));

const quietly = (p: Promise<unknown>) => void p.catch(() => {});

/**
 * From the home page a player almost always goes on to a match: fetch its code as soon as
 * the player starts using the page (typing a nickname or a code, pressing a button), so
 * that it arrives while they type. Not before: a look at the home page costs no map.
 */
export function preloadFromHome(): () => void {
  const events = ['focusin', 'pointerdown', 'keydown'] as const;
  const go = () => {
    stop();
    quietly(MatchScreen.preload());
  };
  const stop = () => {
    for (const e of events) document.removeEventListener(e, go, true);
  };
  for (const e of events) document.addEventListener(e, go, true);
  return stop;
}

/** A classroom page opened by its link: fetch its screen while the connection is made. */
export function preloadClassPage(page: ClassPage | undefined): void {
  if (page?.kind === 'teach') quietly(TeacherConsole.preload());
  else if (page?.kind === 'projector') quietly(ProjectorView.preload());
}
