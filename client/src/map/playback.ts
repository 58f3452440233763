// The resolution, told on the map one news item at a time: a drone's flight and fate, an
// envoy leaving, airspace hatching in, a convoy hit, or a pulse on the country concerned.
// With reduced motion, nothing travels: marks fade in and out where they end.
import type Phaser from 'phaser';
import type { Country, NewsItem } from '../../../shared/index.ts';
import { cueFor, type Cue, type IncidentCue } from './cue.ts';
import { disputedZone } from './incidentZone.ts';
import { CAPITAL_OF, screenRings } from './drawMap.ts';
import { dashPolyline, hatchSegments, pointAlong, sliceAlong } from './geometry.ts';
import { cross, warning } from './icons.ts';
import type { Pt } from './mapData.ts';
import { COLOUR, ROLE_COLOUR, partyFill } from './palette.ts';
import { S, graphics, polyline, text, type Paint } from './paint.ts';

export type OnItem = (item: NewsItem, index: number, total: number) => void;

/** Each item stays at least this long, so its words can be read beside the map. */
const MIN_ITEM_MS = 1800;
const DEPTH = 30;

/** Thrown into an animation that was cut short, so it stops at its next step. */
class Cut extends Error {}
const ignoreCut = (e: unknown) => {
  if (!(e instanceof Cut)) throw e;
};

export class Player {
  private skipping = false;
  private session = 0;
  /** Set while the current item is being cut: animations stop at their next step. */
  private stale = false;
  private release: (() => void) | null = null;
  private cutItem: (() => void) | null = null;
  private tweens: Phaser.Tweens.Tween[] = [];
  /** Effects of the current item; emptied in place so late additions are still cleared. */
  private readonly made: Phaser.GameObjects.GameObject[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly paint: (made: Phaser.GameObjects.GameObject[]) => Paint,
    private readonly reducedMotion: () => boolean,
  ) {}

  get playing(): boolean {
    return this.release !== null;
  }

  async play(items: readonly NewsItem[], onItem?: OnItem): Promise<void> {
    this.skip();
    // A newer playback ends this one's loop even after `skipping` is reset below.
    const mine = ++this.session;
    this.skipping = false;
    const skipped = new Promise<void>((resolve) => (this.release = resolve));
    try {
      for (let i = 0; i < items.length && !this.skipping && this.session === mine; i++) {
        this.stale = false;
        onItem?.(items[i], i, items.length);
        const cut = new Promise<void>((resolve) => (this.cutItem = resolve));
        const shown = Promise.all([this.animate(cueFor(items[i])).catch(ignoreCut), this.wait(MIN_ITEM_MS).catch(ignoreCut)]);
        await Promise.race([shown, skipped, cut]);
        this.clear();
      }
    } finally {
      if (this.session === mine) {
        this.clear();
        this.release = null;
        this.cutItem = null;
      }
    }
  }

  /** Ends the playback now: the promise resolves, no further item is announced. */
  skip(): void {
    this.skipping = true;
    this.clear();
    this.release?.();
  }

  /** Ends the current item's animation (e.g. the map was resized) and goes on with the next. */
  cut(): void {
    this.clear();
    this.cutItem?.();
  }

  private clear(): void {
    this.stale = true;
    for (const t of this.tweens.splice(0)) t.stop();
    for (const o of this.made.splice(0)) o.destroy();
  }

  /** A 0→1 progress over `ms`, eased; rejects with Cut if the item is cut short. */
  private run(ms: number, step: (k: number) => void, ease = 'Sine.easeInOut'): Promise<void> {
    if (this.stale || this.skipping) return Promise.reject(new Cut());
    return new Promise((resolve, reject) => {
      const tween = this.scene.tweens.addCounter({
        from: 0,
        to: 1,
        duration: ms,
        ease,
        onUpdate: (tw) => step(tw.getValue() ?? 0),
        onComplete: () => resolve(),
        onStop: () => reject(new Cut()),
      });
      this.tweens.push(tween);
    });
  }

  private wait(ms: number): Promise<void> {
    return this.run(ms, () => {}, 'Linear');
  }

  private animate(cue: Cue): Promise<unknown> {
    const p = this.paint(this.made);
    const calm = this.reducedMotion();
    switch (cue.kind) {
      case 'incident':
        return this.incident(p, cue, calm);
      case 'ambassador':
        return Promise.all(cue.pairs.map((pair) => this.envoy(p, pair, cue.move, calm)));
      case 'airspace':
        return this.airspace(p, cue.countries, cue.closing);
      case 'convoy':
        return this.convoy(p, calm);
      case 'border':
        return Promise.all(cue.borders.map((id) => this.ring(p, S(p, p.geo.borders.find((b) => b.id === id)!.badge), calm)));
      case 'pulse':
        return this.pulse(p, cue.countries, calm);
      case 'none':
        return Promise.resolve();
    }
  }

  /**
   * A drone incident: the drone flies toward the border and vanishes into a disputed zone that
   * holds both sides' claims, each labelled as that side's word. Nothing marks where it fell.
   */
  private async incident(p: Paint, cue: IncidentCue, calm: boolean): Promise<void> {
    const pts = p.geo.tracks.find((t) => t.id === cue.track)!.points.map((pt) => S(p, pt));
    const end = pts[pts.length - 1];
    const trail = graphics(p, DEPTH);
    const craft = graphics(p, DEPTH + 1);
    // A small delta-wing, nose toward +x, rotated along the track; sized with the type.
    const r = p.l.font.small * 0.75;
    craft.fillStyle(COLOUR.slate, 1).fillTriangle(1.3 * r, 0, -r, -r, -r, r);
    craft.lineStyle(2, 0xffffff, 1).strokeTriangle(1.3 * r, 0, -r, -r, -r, r);
    const heading = (a: Pt, b: Pt) => Math.atan2(b[1] - a[1], b[0] - a[0]);
    const drawTrail = (k: number) => {
      trail.clear();
      trail.lineStyle(2, COLOUR.slate, 0.9);
      for (const dash of dashPolyline(sliceAlong(pts, k), 6, 4)) polyline(trail, dash);
    };
    if (calm) {
      drawTrail(1);
      craft.setPosition(end[0], end[1]).setRotation(heading(pts[pts.length - 2], end)).setAlpha(0);
      trail.setAlpha(0);
      await this.run(500, (k) => (craft.setAlpha(k), trail.setAlpha(k)));
    } else {
      craft.setPosition(pts[0][0], pts[0][1]).setRotation(heading(pts[0], pts[1]));
      await this.run(1400, (k) => {
        const at = pointAlong(pts, k);
        craft.setPosition(at[0], at[1]);
        drawTrail(k);
      }, 'Linear');
    }
    const zone = disputedZone(p, cue);
    await this.run(calm ? 300 : 600, (k) => {
      craft.setAlpha(1 - k);
      for (const o of zone) (o as unknown as { setAlpha(a: number): void }).setAlpha(k);
    });
    await this.wait(1200);
  }

  private async envoy(p: Paint, pair: string, move: 'leave' | 'return' | 'expelled', calm: boolean): Promise<void> {
    const [from, to] = pair.split('>') as [Country, Country];
    const place = (c: Country) => S(p, p.geo.places.find((x) => x.id === CAPITAL_OF[c])!.at);
    const [a, b] = move === 'return' ? [place(from), place(to)] : [place(to), place(from)];
    const badge = graphics(p, DEPTH + 1);
    const code = text(p, p.t(`map.code.${from}`), { size: p.l.font.small, colour: COLOUR.slateText, bold: true }, DEPTH + 2);
    const w = code.width + 10;
    const h = code.height + 4;
    badge.fillStyle(partyFill(from), 1).fillRoundedRect(-w / 2, -h / 2, w, h, 4);
    badge.lineStyle(1.6, move === 'expelled' ? COLOUR.danger : ROLE_COLOUR[from], 1).strokeRoundedRect(-w / 2, -h / 2, w, h, 4);
    if (move === 'expelled') cross(badge, w / 2 + 7, 0, 5, COLOUR.danger, 2.2);
    const put = (x: number, y: number, alpha: number) => {
      badge.setPosition(x, y).setAlpha(alpha);
      code.setPosition(Math.round(x - code.width / 2), Math.round(y - code.height / 2)).setAlpha(alpha);
    };
    if (calm) {
      await this.run(500, (k) => put(a[0], a[1], 1 - k));
      await this.run(500, (k) => put(b[0], b[1], k));
      return;
    }
    // A gentle arc between the two capitals.
    const mid: Pt = [(a[0] + b[0]) / 2 - (b[1] - a[1]) * 0.15, (a[1] + b[1]) / 2 + (b[0] - a[0]) * 0.15];
    const route = graphics(p, DEPTH);
    await this.run(1500, (k) => {
      const q = (u: number): Pt => [
        (1 - u) * (1 - u) * a[0] + 2 * (1 - u) * u * mid[0] + u * u * b[0],
        (1 - u) * (1 - u) * a[1] + 2 * (1 - u) * u * mid[1] + u * u * b[1],
      ];
      route.clear().lineStyle(1.5, ROLE_COLOUR[from], 0.8);
      const path: Pt[] = [];
      for (let i = 0; i <= 24; i++) path.push(q((i / 24) * k));
      for (const dash of dashPolyline(path, 5, 4)) polyline(route, dash);
      const at = q(k);
      put(at[0], at[1], k > 0.85 && move !== 'return' ? (1 - k) / 0.15 : 1);
    });
  }

  private async airspace(p: Paint, countries: Country[], closing: boolean): Promise<void> {
    const g = graphics(p, DEPTH);
    for (const id of countries) {
      const c = p.geo.countries.find((x) => x.id === id);
      if (!c) continue;
      const rings = screenRings(p, c);
      g.lineStyle(2, COLOUR.hatch, 0.55);
      for (const [s, e] of hatchSegments(rings, 7)) g.lineBetween(s[0], s[1], e[0], e[1]);
      g.lineStyle(2.5, COLOUR.slate, 1);
      for (const ring of rings) polyline(g, ring, true);
    }
    await this.run(1100, (k) => g.setAlpha(closing ? k : 1 - k));
  }

  private async convoy(p: Paint, calm: boolean): Promise<void> {
    const road = p.geo.tracks.find((t) => t.id === 'convoy.mali')!.points.map((pt) => S(p, pt));
    const g = graphics(p, DEPTH);
    g.lineStyle(2, COLOUR.slate, 0.6);
    for (const dash of dashPolyline(road, 3, 3)) polyline(g, dash);
    const trucks = [0, 1, 2].map(() => graphics(p, DEPTH + 1).fillStyle(COLOUR.slate, 1).fillRect(-4, -3, 8, 6));
    const hit = 0.55;
    const put = (k: number) => trucks.forEach((t, i) => {
      const at = pointAlong(road, Math.max(0, k - i * 0.06));
      t.setPosition(at[0], at[1]);
    });
    if (calm) {
      put(hit);
      for (const t of trucks) t.setAlpha(0);
      await this.run(400, (k) => trucks.forEach((t) => t.setAlpha(k)));
    } else {
      put(0);
      await this.run(1000, (k) => put(k * hit), 'Linear');
    }
    const at = pointAlong(road, hit);
    const flash = graphics(p, DEPTH + 2);
    const sign = graphics(p, DEPTH + 3);
    warning(sign, at[0] + 16, at[1] - 14, 9, 0xe0a100, COLOUR.slate);
    const label = text(p, p.t('map.convoy.attack'), { size: p.l.font.small, colour: '#8e1b10', bold: true, halo: COLOUR.halo }, DEPTH + 3);
    label.setPosition(Math.round(at[0] + 30), Math.round(at[1] - 14 - label.height / 2));
    await this.run(500, (k) => {
      flash.clear();
      if (!calm) flash.fillStyle(0xffc857, 1 - k).fillCircle(at[0], at[1], 5 + 16 * k);
      sign.setAlpha(k);
      label.setAlpha(k);
      for (const t of trucks) t.setAlpha(1 - 0.6 * k);
    });
  }

  /** Expanding rings on a point (a border crossing). */
  private async ring(p: Paint, at: Pt, calm: boolean): Promise<void> {
    const g = graphics(p, DEPTH);
    await this.run(calm ? 900 : 1200, (k) => {
      g.clear();
      if (calm) g.lineStyle(3, COLOUR.slate, Math.sin(k * Math.PI)).strokeCircle(at[0], at[1], 18);
      else for (const o of [0, 0.5]) {
        const u = (k * 2 + o) % 1;
        g.lineStyle(3, COLOUR.slate, 1 - u).strokeCircle(at[0], at[1], 10 + 22 * u);
      }
    });
  }

  /** The country's outline glows twice (once, as a fade, with reduced motion). */
  private async pulse(p: Paint, countries: Country[], calm: boolean): Promise<void> {
    const g = graphics(p, DEPTH);
    for (const id of countries) {
      const c = p.geo.countries.find((x) => x.id === id);
      if (!c) continue;
      for (const ring of screenRings(p, c)) {
        g.lineStyle(7, 0xffffff, 0.7);
        polyline(g, ring, true);
        g.lineStyle(3, ROLE_COLOUR[id], 1);
        polyline(g, ring, true);
      }
    }
    const times = calm ? 1 : 2;
    await this.run(calm ? 1000 : 1400, (k) => g.setAlpha(Math.abs(Math.sin(k * Math.PI * times))));
  }
}

