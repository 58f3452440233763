// A screen whose code is a separate chunk, fetched the first time it is shown (or earlier,
// by `preload()`): the home page, the join form and the lobby never wait for Phaser, the
// match screens, the teacher's console, the debrief's charts or the replay. Each also waits for
// the whole English, of which the home page carries only its own part.
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadAllWords } from '../i18n/index.ts';

export interface LazyScreen<P> {
  (props: P): JSX.Element | null;
  /** Start fetching the chunk now; the same promise every time (a new one after a failure). */
  preload(): Promise<ComponentType<P>>;
}

const RELOADED_AT = 'sahel.chunkReloadAt';
const RETRY_MS = 3_000;

/**
 * A chunk that cannot be fetched while the server answers means a new version was deployed
 * since this page loaded (its old hashed files are gone): load the new version whole rather
 * than mix the two. At most once a minute, so that a real outage does not loop.
 */
function reloadForNewVersion(): boolean {
  if (!navigator.onLine) return false;
  const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
  if (Date.now() - last < 60_000) return false;
  sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  location.reload();
  return true;
}

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= Promise.all([load(), loadAllWords()]).then(
      ([screen]) => (loaded = screen),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  function Lazy(props: P) {
    const [screen, setScreen] = useState(() => loaded);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (screen) return;
      let live = true;
      let retry: ReturnType<typeof setTimeout> | undefined;
      preload().then(
        (s) => live && setScreen(() => s),
        () => {
          if (live && !reloadForNewVersion()) retry = setTimeout(() => setAttempt((a) => a + 1), RETRY_MS);
        },
      );
      return () => {
        live = false;
        clearTimeout(retry);
      };
    }, [screen, attempt]);
    if (!screen) return <div class="screen" aria-busy="true" data-testid="screen-loading" />;
    const Screen = screen;
    return <Screen {...props} />;
  }
  return Object.assign(Lazy, { preload });
}
