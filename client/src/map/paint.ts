// What every drawing step needs: the scene, the layout, the map, the words, the label
// placer, and a list of what was made so a redraw can clear it.
import type Phaser from 'phaser';
import type { TFunction } from './labels.ts';
import type { Layout, LabelPlacer, Rect } from './layout.ts';
import type { MapData, Pt } from './mapData.ts';
import { toScreen } from './layout.ts';
import { FONT } from './palette.ts';

export interface Paint {
  scene: Phaser.Scene;
  l: Layout;
  geo: MapData;
  t: TFunction;
  placer: LabelPlacer;
  /** Text resolution: the device pixel ratio, so words stay sharp on dense screens. */
  res: number;
  made: Phaser.GameObjects.GameObject[];
}

export interface TextStyle {
  size: number;
  colour: string;
  bold?: boolean;
  italic?: boolean;
  /** A light outline that keeps words readable over hatching and borders. */
  halo?: string;
  spacing?: number;
  wrap?: number;
  align?: 'left' | 'center' | 'right';
}

const RTL_SCRIPT = /[\u0590-\u08ff]/;

export function text(p: Paint, s: string, o: TextStyle, depth = 20): Phaser.GameObjects.Text {
  const style: Phaser.Types.GameObjects.Text.TextStyle = {
    fontFamily: FONT,
    fontSize: `${o.size}px`,
    fontStyle: [o.italic ? 'italic' : '', o.bold ? 'bold' : ''].join(' ').trim(),
    color: o.colour,
    resolution: p.res,
    align: o.align ?? 'left',
    ...(o.halo ? { stroke: o.halo, strokeThickness: Math.max(3, Math.round(o.size / 4)) } : {}),
    // Letter spacing draws glyph by glyph, which would break Arabic's joined letters. The
    // canvas itself shapes, joins and orders Arabic words (its bidi algorithm), so a label keeps
    // the layout's left-to-right box; Phaser's rtl flag would move the box, not the letters.
    ...(o.spacing && !RTL_SCRIPT.test(s) ? { letterSpacing: o.spacing } : {}),
    ...(o.wrap ? { wordWrap: { width: o.wrap, useAdvancedWrap: true } } : {}),
  };
  const obj = p.scene.add.text(0, 0, s, style).setDepth(depth);
  p.made.push(obj);
  return obj;
}

export function graphics(p: Paint, depth: number): Phaser.GameObjects.Graphics {
  const g = p.scene.add.graphics().setDepth(depth);
  p.made.push(g);
  return g;
}

export const S = (p: Paint, pt: Pt): Pt => toScreen(p.l, pt);


export const putAt = (t: Phaser.GameObjects.Text, r: Rect) => t.setPosition(Math.round(r.x), Math.round(r.y));

/** Strokes an open or closed polyline given in screen pixels. */
export function polyline(g: Phaser.GameObjects.Graphics, pts: Pt[], close = false): void {
  if (pts.length < 2) return;
  g.beginPath();
  g.moveTo(pts[0][0], pts[0][1]);
  for (let i = 1; i < pts.length; i++) g.lineTo(pts[i][0], pts[i][1]);
  if (close) g.closePath();
  g.strokePath();
}

export function fillRing(g: Phaser.GameObjects.Graphics, pts: Pt[]): void {
  if (pts.length < 3) return;
  g.beginPath();
  g.moveTo(pts[0][0], pts[0][1]);
  for (let i = 1; i < pts.length; i++) g.lineTo(pts[i][0], pts[i][1]);
  g.closePath();
  g.fillPath();
}
