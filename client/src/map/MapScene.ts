// The Phaser scene that draws the crisis map and the status panel from a public state view.
// Everything is redrawn from scratch on a new view or a new size: a turn changes rarely, and
// a full redraw keeps labels placed without overlaps at every size.
import Phaser from 'phaser';
import type { NewsItem, StateView } from '../../../shared/index.ts';
import { drawBase, drawBorders, drawHatching, drawIncidents, drawLabels } from './drawMap.ts';
import { drawHud } from './hud.ts';
import type { TFunction } from './labels.ts';
import { LabelPlacer, layoutFor, type Layout } from './layout.ts';
import type { MapData } from './mapData.ts';
import { COLOUR } from './palette.ts';
import type { Paint } from './paint.ts';
import { Player, type OnItem } from './playback.ts';

/** The smallest canvas worth drawing. */
const MIN_DRAW = { w: 240, h: 200 };

export class MapScene extends Phaser.Scene {
  readonly player: Player;
  private view: StateView | undefined;
  private lay: Layout | undefined;
  private made: Phaser.GameObjects.GameObject[] = [];
  private drawn: () => void = () => {};
  private idleFrames = 0;
  /** Resolves after the first full draw. */
  readonly firstDraw: Promise<void>;

  constructor(
    private readonly geo: MapData,
    private readonly t: TFunction,
    reducedMotion: () => boolean,
    private readonly panel: boolean,
  ) {
    super({ key: 'sahel-map' });
    this.player = new Player(this, (made) => this.paint(made), reducedMotion);
    this.firstDraw = new Promise((resolve) => (this.drawn = resolve));
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLOUR.sea);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.redraw, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.redraw, this));
    this.redraw();
    this.drawn();
  }

  setView(view: StateView): void {
    this.view = view;
    if (this.lay) this.redraw();
  }

  async play(items: readonly NewsItem[], onItem?: OnItem): Promise<void> {
    this.wake();
    await this.player.play(items, onItem);
  }

  /**
   * A still map needs no frames: the loop sleeps a few frames after the last change and
   * wakes for a redraw or a playback. Slow classroom machines stay cool.
   */
  private wake(): void {
    this.idleFrames = 0;
    this.game.loop.wake();
  }

  override update(): void {
    if (this.player.playing) this.idleFrames = 0;
    else if (++this.idleFrames > 3) this.game.loop.sleep();
  }

  private paint(made: Phaser.GameObjects.GameObject[]): Paint {
    const l = this.lay ?? layoutFor(this.scale.width, this.scale.height, this.geo, this.panel);
    const inset = 4;
    const bounds = { x: l.map.x + inset, y: l.map.y + inset, w: l.map.w - 2 * inset, h: l.map.h - 2 * inset };
    return { scene: this, l, geo: this.geo, t: this.t, placer: new LabelPlacer(bounds), res: Math.min(2, window.devicePixelRatio || 1), made };
  }

  private redraw(): void {
    const { width, height } = this.scale;
    // Below this a layout has no room for a single word (Phaser refuses such wrap widths);
    // such sizes are only passing ones, while the page switches between layouts.
    if (width < MIN_DRAW.w || height < MIN_DRAW.h) return;
    for (const o of this.made) o.destroy();
    this.made = [];
    this.lay = layoutFor(width, height, this.geo, this.panel);
    // Effects drawn for the old size would float in the wrong place: end this item early.
    if (this.player.playing) this.player.cut();
    const p = this.paint(this.made);
    drawBase(p);
    drawHatching(p, this.view);
    drawBorders(p, this.view);
    drawIncidents(p, this.view);
    drawLabels(p, this.view);
    if (this.panel) drawHud(p, this.view);
    this.bake(width, height);
    this.wake();
  }

  /**
   * Bakes all the vector drawing into one texture: Phaser would otherwise re-tessellate every
   * polygon, hatch and outline each frame, which software WebGL (and old laptops) cannot keep
   * up with during a playback. Words stay separate objects, drawn over it at full sharpness.
   */
  private bake(width: number, height: number): void {
    const shapes = this.made
      .filter((o): o is Phaser.GameObjects.Graphics => o instanceof Phaser.GameObjects.Graphics)
      .sort((a, b) => a.depth - b.depth);
    // At least 1.5× the canvas: supersampling stands in for the antialiasing a texture lacks,
    // and dense screens get their full resolution.
    const k = Math.min(2, Math.max(1.5, window.devicePixelRatio || 1));
    const rt = this.add.renderTexture(0, 0, Math.ceil(width * k), Math.ceil(height * k)).setOrigin(0, 0).setDepth(0);
    for (const g of shapes) g.setScale(k);
    rt.draw(shapes);
    rt.render();
    rt.setScale(1 / k);
    for (const g of shapes) g.destroy();
    this.made = [rt, ...this.made.filter((o) => !(o instanceof Phaser.GameObjects.Graphics))];
  }
}
