// The new views of the matches that just resolved (most of a resolution's work) are built
// here, a slice of the event loop's time at a time, and between slices the loop takes in
// more messages. When a whole school resolves at once, its ready messages come in over many
// turns of the loop: had each turn built its classes' views at once, the first classes'
// views would hold back the next classes' resolutions. A match whose member sends a message
// meanwhile builds its views itself first (Match.projectIfChanged), so no `ok` runs ahead of
// them, but for the `ready` that ended the week: its `ok` follows its resolution at once.
import { inOneWrite } from './corks.ts';

/** How long one turn of the event loop gives to queued views (always at least one match's). */
export const VIEWS_SLICE_MS = 2;

const queue: (() => void)[] = [];
let scheduled = false;

/** Runs `build` in a coming turn of the event loop, after the builds queued before it. */
export function buildLater(build: () => void): void {
  queue.push(build);
  schedule();
}

function schedule(): void {
  if (scheduled || !queue.length) return;
  scheduled = true;
  setImmediate(slice);
}

function slice(): void {
  scheduled = false;
  const end = performance.now() + VIEWS_SLICE_MS;
  try {
    // Each match's frames leave in one socket write per member (corks.ts).
    inOneWrite(() => {
      do queue.shift()!();
      while (queue.length && performance.now() < end);
    });
  } finally {
    schedule();
  }
}

/** Resolves once every build queued so far has run. */
export function viewsBuilt(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (queue.length || scheduled ? setImmediate(check) : resolve());
    check();
  });
}
