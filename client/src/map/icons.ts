// Small status icons drawn as vector strokes, so every state has a shape as well as a colour
// and no glyph depends on a font having it.
import type Phaser from 'phaser';
import type { AmbassadorStatus, BorderStatus } from '../../../shared/index.ts';

type G = Phaser.GameObjects.Graphics;

export function check(g: G, x: number, y: number, r: number, colour: number, width = 2): void {
  g.lineStyle(width, colour, 1);
  g.beginPath();
  g.moveTo(x - r * 0.75, y);
  g.lineTo(x - r * 0.2, y + r * 0.55);
  g.lineTo(x + r * 0.8, y - r * 0.6);
  g.strokePath();
}

export function cross(g: G, x: number, y: number, r: number, colour: number, width = 2): void {
  g.lineStyle(width, colour, 1);
  g.lineBetween(x - r * 0.65, y - r * 0.65, x + r * 0.65, y + r * 0.65);
  g.lineBetween(x - r * 0.65, y + r * 0.65, x + r * 0.65, y - r * 0.65);
}

/** A hooked arrow back to the left: the envoy called home. */
export function recall(g: G, x: number, y: number, r: number, colour: number, width = 2): void {
  g.lineStyle(width, colour, 1);
  g.beginPath();
  g.arc(x + r * 0.1, y - r * 0.05, r * 0.6, -Math.PI / 2, Math.PI / 2, false);
  g.strokePath();
  g.lineBetween(x + r * 0.1, y + r * 0.55, x - r * 0.75, y + r * 0.55);
  g.lineBetween(x + r * 0.1, y - r * 0.65, x - r * 0.55, y - r * 0.65);
  g.fillStyle(colour, 1);
  g.fillTriangle(x - r * 0.95, y - r * 0.65, x - r * 0.45, y - r * 1.0, x - r * 0.45, y - r * 0.3);
}

export function ambassadorIcon(g: G, status: AmbassadorStatus, x: number, y: number, r: number, colour: number): void {
  if (status === 'posted') check(g, x, y, r, colour);
  else if (status === 'recalled') recall(g, x, y, r, colour, 1.6);
  else cross(g, x, y, r, colour, 2.2);
}

/** A round sign: two-way arrow (open), narrowed passage (restricted), no-entry bar (closed). */
export function borderSign(g: G, status: BorderStatus, x: number, y: number, r: number): void {
  const ink = 0x1d2a33;
  if (status === 'closed') {
    g.fillStyle(0xb3261e, 1);
    g.fillCircle(x, y, r);
    g.fillStyle(0xffffff, 1);
    g.fillRect(x - r * 0.62, y - r * 0.2, r * 1.24, r * 0.4);
    return;
  }
  g.fillStyle(0xffffff, 1);
  g.fillCircle(x, y, r);
  g.lineStyle(1.5, ink, 1);
  g.strokeCircle(x, y, r);
  if (status === 'open') {
    g.lineStyle(1.6, ink, 1);
    g.lineBetween(x - r * 0.55, y, x + r * 0.55, y);
    g.fillStyle(ink, 1);
    g.fillTriangle(x - r * 0.7, y, x - r * 0.3, y - r * 0.3, x - r * 0.3, y + r * 0.3);
    g.fillTriangle(x + r * 0.7, y, x + r * 0.3, y - r * 0.3, x + r * 0.3, y + r * 0.3);
  } else {
    // Restricted: a gate half across the way.
    g.fillStyle(0xe0a100, 1);
    g.fillRect(x - r * 0.6, y - r * 0.45, r * 1.2, r * 0.3);
    g.lineStyle(1.6, ink, 1);
    g.lineBetween(x - r * 0.6, y + r * 0.3, x + r * 0.1, y + r * 0.3);
    g.fillStyle(ink, 1);
    g.fillTriangle(x + r * 0.55, y + r * 0.3, x + r * 0.15, y + r * 0.05, x + r * 0.15, y + r * 0.55);
  }
}

/** Warning triangle with an exclamation mark (jihadist threat, attacks). */
export function warning(g: G, x: number, y: number, r: number, fill: number, ink: number): void {
  g.fillStyle(fill, 1);
  g.fillTriangle(x, y - r, x + r * 1.05, y + r * 0.8, x - r * 1.05, y + r * 0.8);
  g.fillStyle(ink, 1);
  g.fillRect(x - r * 0.1, y - r * 0.45, r * 0.2, r * 0.75);
  g.fillRect(x - r * 0.1, y + r * 0.45, r * 0.2, r * 0.2);
}

/** A five-pointed star for capitals. */
export function star(g: G, x: number, y: number, r: number, fill: number, edge: number): void {
  g.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    if (i === 0) g.moveTo(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
    else g.lineTo(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
  }
  g.closePath();
  g.fillStyle(fill, 1);
  g.fillPath();
  g.lineStyle(1, edge, 1);
  g.strokePath();
}
