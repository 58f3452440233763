// The resolution's playback on the map: the network asks for it, the map view plays it.
// While it runs, the store's `playback` says which news item is on screen, so the caption
// beside the map and the news feed can follow it.
import type { Resolution } from '../../../shared/protocol/index.ts';
import { store } from './store.ts';

export interface Player {
  play(r: Resolution): Promise<void>;
  skip(): void;
}

/**
 * However slow the machine, or if the map's frames stop (a tab in the background), a week's
 * playback gives way after this long per item: the news and the new situation must show.
 */
const MAX_ITEM_MS = 6000;

let player: Player | null = null;
let queue: Resolution[] = [];
let running = false;

/** The map view offers to play; returns a function that withdraws the offer. */
export function registerPlayer(p: Player): () => void {
  player = p;
  void pump();
  return () => {
    if (player === p) player = null;
  };
}

export function requestPlayback(r: Resolution): void {
  if (!r.news.length) return;
  queue.push(r);
  void pump();
}

async function pump(): Promise<void> {
  if (running) return;
  running = true;
  try {
    while (queue.length && player) {
      const r = queue.shift()!;
      store.set({ playback: { turn: r.turn, index: 0, total: r.news.length, item: null } });
      await playWithin(player, r, MAX_ITEM_MS * r.news.length + 2000);
    }
  } finally {
    running = false;
    queue = player ? queue : [];
    store.set({ playback: null });
  }
}

async function playWithin(p: Player, r: Resolution, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  try {
    if ((await Promise.race([p.play(r).then(() => 'done' as const), late])) === 'late') p.skip();
  } finally {
    clearTimeout(timer);
  }
}

/** Stop at once: the caption goes and the map shows the new situation. */
export function skipPlayback(): void {
  queue = [];
  player?.skip();
}
