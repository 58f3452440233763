// The map's public face: mount it in an element, feed it state views and news, take it down.
// The parent must have a definite size (the canvas follows it: Phaser's RESIZE mode).
import Phaser from 'phaser';
import type { NewsItem, StateView } from '../../../shared/index.ts';
import mapJson from '../../../assets/map/sahel.json';
import { withFallback, type TFunction } from './labels.ts';
import { MapScene } from './MapScene.ts';
import type { MapData } from './mapData.ts';
import { COLOUR, FONT } from './palette.ts';
import type { OnItem } from './playback.ts';

export interface MapOptions {
  /** The client's translator (i18next's t); keys it does not know fall back to English. */
  t?: TFunction;
  /** Called as each news item starts playing, so a panel can show its text beside the map. */
  onItem?: OnItem;
  /** Which renderer to use; default: WebGL, or Canvas where WebGL is unavailable. */
  renderer?: 'auto' | 'webgl' | 'canvas';
  /** Overrides the user's prefers-reduced-motion setting (tests, projector settings). */
  reducedMotion?: boolean;
  /** Draw the status panel (tension, narrative, threat, relations in words); default true. */
  statusPanel?: boolean;
}

export interface SahelMap {
  /** Draws a new public view of the state (call after playback for the turn's outcome). */
  update(view: StateView): void;
  /** Plays the resolution's news items one by one; resolves when done or skipped. */
  playback(items: readonly NewsItem[]): Promise<void>;
  /** Ends a running playback at once. */
  skip(): void;
  /** Re-reads the parent's size now (it is also watched with a ResizeObserver). */
  resize(): void;
  destroy(): void;
  /** Resolves once the map has drawn for the first time. */
  readonly ready: Promise<void>;
}

const RENDERER = { auto: Phaser.AUTO, webgl: Phaser.WEBGL, canvas: Phaser.CANVAS } as const;

/** Phaser bakes text into textures when it is made: wait (briefly) for the web font first. */
async function fontsLoaded(): Promise<void> {
  if (!document.fonts) return;
  const family = FONT.split(',')[0];
  const load = Promise.all([document.fonts.load(`400 14px ${family}`), document.fonts.load(`700 14px ${family}`)]);
  await Promise.race([load.catch(() => undefined), new Promise((r) => setTimeout(r, 1500))]);
}

export function mountMap(parent: HTMLElement, opts: MapOptions = {}): SahelMap {
  const t = withFallback(opts.t);
  const motionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  const reducedMotion = () => opts.reducedMotion ?? motionQuery?.matches ?? false;
  const scene = new MapScene(mapJson as unknown as MapData, t, reducedMotion, opts.statusPanel ?? true);
  let game: Phaser.Game | null = null;
  let destroyed = false;
  let observer: ResizeObserver | null = null;

  const ready = fontsLoaded().then(() => {
    if (destroyed) return;
    game = new Phaser.Game({
      type: RENDERER[opts.renderer ?? 'auto'],
      parent,
      backgroundColor: COLOUR.sea,
      banner: false,
      // The map must not take the keyboard from the chat and order panels beside it.
      autoFocus: false,
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
      render: { antialias: true, antialiasGL: true },
      scene,
    });
    observer = new ResizeObserver(() => resize());
    observer.observe(parent);
    return scene.firstDraw;
  });

  function resize(): void {
    if (!game) return;
    game.scale.getParentBounds();
    game.scale.refresh();
  }

  return {
    ready,
    update(view) {
      scene.setView(view);
    },
    async playback(items) {
      await ready;
      if (destroyed) return;
      await scene.play(items, opts.onItem);
    },
    skip() {
      scene.player.skip();
    },
    resize,
    destroy() {
      destroyed = true;
      scene.player.skip();
      observer?.disconnect();
      // Phaser tears down on its next step: wake the loop, which may sleep on a still map.
      game?.destroy(true);
      game?.loop.wake();
      game = null;
    },
  };
}
