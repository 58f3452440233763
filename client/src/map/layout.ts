// Where things go on screen: the map's fit and the status panel's strip for a given canvas,
// and a greedy label placer so that names, pins and badges never overlap.
import type { MapData, Pt } from './mapData.ts';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Layout {
  width: number;
  height: number;
  /** Screen area the map fills. */
  map: Rect;
  /** The status panel: a column on the right in landscape, a strip below in portrait. */
  hud: Rect;
  hudSide: 'right' | 'bottom';
  /** Map units → screen pixels. */
  scale: number;
  ox: number;
  oy: number;
  /** Small screens: fewer words on the map itself. */
  compact: boolean;
  /** Type scale, in pixels. */
  font: { party: number; place: number; small: number; hud: number; hudTitle: number };
}

/** Room kept around the parties so their outer borders do not touch the frame (map units). */
const FOCUS_PAD = 16;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export function layoutFor(width: number, height: number, data: Pick<MapData, 'width' | 'height' | 'focus'>, panel = true): Layout {
  const landscape = width >= height * 1.05;
  let map: Rect;
  let hud: Rect;
  if (!panel) {
    // The host shows the indicators itself: the map takes the whole canvas.
    map = { x: 0, y: 0, w: width, h: height };
    hud = { x: width, y: height, w: 0, h: 0 };
  } else if (landscape) {
    const hw = Math.round(clamp(width * 0.27, 230, 460));
    map = { x: 0, y: 0, w: width - hw, h: height };
    hud = { x: width - hw, y: 0, w: hw, h: height };
  } else {
    const hh = Math.round(clamp(height * 0.47, 250, 400));
    map = { x: 0, y: 0, w: width, h: height - hh };
    hud = { x: 0, y: height - hh, w: width, h: hh };
  }
  const [fx0, fy0, fx1, fy1] = data.focus;
  const fw = fx1 - fx0 + 2 * FOCUS_PAD;
  const fh = fy1 - fy0 + 2 * FOCUS_PAD;
  const fit = Math.min(map.w / fw, map.h / fh);
  // A little closer (up to 8%, eating into the padding) if that fills the area edge to edge.
  const cover = Math.max(map.w / data.width, map.h / data.height);
  const scale = Math.max(fit, Math.min(cover, fit * 1.08, map.w / (fx1 - fx0), map.h / (fy1 - fy0)));
  const place = (start: number, size: number, f0: number, fSize: number, full: number) => {
    const centred = start + (size - fSize * scale) / 2 - (f0 - FOCUS_PAD) * scale;
    // Show more of the neighbours rather than empty sea when the map is larger than the area.
    if (full * scale >= size) return clamp(centred, start + size - full * scale, start);
    return start + (size - full * scale) / 2;
  };
  const ox = place(map.x, map.w, fx0, fw, data.width);
  const oy = place(map.y, map.h, fy0, fh, data.height);
  const compact = scale < 0.75 || map.w < 520;
  // Type grows with the screen (a projector at 1920×1080 gets about 1.4× the laptop's).
  const k = landscape ? clamp(Math.min(width / 1366, height / 768), 0.85, 1.6) : clamp(width / 375, 0.85, 1.3);
  const party = Math.round(clamp(15.5 * k, 12, 24));
  const hudSize = landscape ? Math.round(clamp(13 * k, 11, 18)) : 12;
  return {
    width,
    height,
    map,
    hud,
    hudSide: landscape ? 'right' : 'bottom',
    scale,
    ox,
    oy,
    compact,
    font: { party, place: Math.max(11, Math.round(12.5 * k)), small: Math.max(10, Math.round(11 * k)), hud: hudSize, hudTitle: hudSize + 2 },
  };
}

export const toScreen = (l: Pick<Layout, 'scale' | 'ox' | 'oy'>, p: Pt): Pt => [l.ox + p[0] * l.scale, l.oy + p[1] * l.scale];

export function overlaps(a: Rect, b: Rect, pad = 0): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export const inside = (r: Rect, bounds: Rect) => r.x >= bounds.x && r.y >= bounds.y && r.x + r.w <= bounds.x + bounds.w && r.y + r.h <= bounds.y + bounds.h;

/** Greedy placement: the first candidate box that stays in bounds and clear of what is placed. */
export class LabelPlacer {
  readonly taken: Rect[] = [];
  constructor(private readonly bounds: Rect, private readonly pad = 2) {}

  /** Marks an area as used (a marker, a badge) without placing a label. */
  block(r: Rect): void {
    this.taken.push(r);
  }

  /** Tries each candidate in turn; returns the first that fits, and takes it. */
  place(candidates: Rect[], force = false): Rect | null {
    for (const c of candidates) {
      if (inside(c, this.bounds) && !this.taken.some((t) => overlaps(c, t, this.pad))) {
        this.taken.push(c);
        return c;
      }
    }
    if (!force || !candidates.length) return null;
    // Must show: take the candidate that covers the least of what is already there.
    const cost = (c: Rect) => (inside(c, this.bounds) ? 0 : 1e6) + this.taken.reduce((s, t) => s + overlapArea(c, t), 0);
    const best = candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    this.taken.push(best);
    return best;
  }
}

/** Boxes of size w×h around a point: right, left, above, below, then the diagonals. */
export function around(p: Pt, w: number, h: number, gap: number): Rect[] {
  const [x, y] = p;
  return [
    { x: x + gap, y: y - h / 2, w, h },
    { x: x - gap - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - gap - h, w, h },
    { x: x - w / 2, y: y + gap, w, h },
    { x: x + gap * 0.7, y: y - gap * 0.7 - h, w, h },
    { x: x + gap * 0.7, y: y + gap * 0.7, w, h },
    { x: x - gap * 0.7 - w, y: y - gap * 0.7 - h, w, h },
    { x: x - gap * 0.7 - w, y: y + gap * 0.7, w, h },
  ];
}

/** Boxes centred on a point, then nudged around it. */
export function centredNear(p: Pt, w: number, h: number, step: number): Rect[] {
  const out: Rect[] = [];
  for (const [dx, dy] of [[0, 0], [0, 1], [0, -1], [1, 0], [-1, 0], [0, 2], [0, -2], [1, 1], [-1, 1], [1, -1], [-1, -1]]) {
    out.push({ x: p[0] - w / 2 + dx * step, y: p[1] - h / 2 + dy * step, w, h });
  }
  return out;
}
