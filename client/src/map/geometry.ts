// Plain planar geometry on map units, shared by the map build, the scene and the tests.
// No Phaser here: hatching and dashes are computed as segments so that they draw the
// same under WebGL and Canvas (Phaser 4 masks are WebGL-only filters).
import type { Pt, Ring } from './mapData.ts';

/** Even-odd point-in-polygon over a set of rings. */
export function pointInRings(p: Pt, rings: readonly Ring[]): boolean {
  let inside = false;
  const [x, y] = p;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The closest point to p on segment ab. */
function nearestOnSegment(p: Pt, a: Pt, b: Pt): Pt {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return [a[0] + t * dx, a[1] + t * dy];
}

export const distance = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** The closest point to p on any of the polylines, and how far it is. */
export function nearestOnLines(p: Pt, lines: readonly Ring[]): { at: Pt; dist: number } {
  let best: { at: Pt; dist: number } = { at: p, dist: Infinity };
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const q = nearestOnSegment(p, line[i - 1], line[i]);
      const d = distance(p, q);
      if (d < best.dist) best = { at: q, dist: d };
    }
  }
  return best;
}

export function polylineLength(line: Ring): number {
  let len = 0;
  for (let i = 1; i < line.length; i++) len += distance(line[i - 1], line[i]);
  return len;
}

/** The point at fraction t (0–1) of a polyline's length. */
export function pointAlong(line: Ring, t: number): Pt {
  const target = Math.max(0, Math.min(1, t)) * polylineLength(line);
  let run = 0;
  for (let i = 1; i < line.length; i++) {
    const seg = distance(line[i - 1], line[i]);
    if (run + seg >= target && seg > 0) {
      const k = (target - run) / seg;
      return [line[i - 1][0] + k * (line[i][0] - line[i - 1][0]), line[i - 1][1] + k * (line[i][1] - line[i - 1][1])];
    }
    run += seg;
  }
  return line[line.length - 1];
}

/** The polyline from its start to fraction t (0–1) of its length. */
export function sliceAlong(line: Ring, t: number): Ring {
  const target = Math.max(0, Math.min(1, t)) * polylineLength(line);
  const out: Ring = [line[0]];
  let run = 0;
  for (let i = 1; i < line.length; i++) {
    const seg = distance(line[i - 1], line[i]);
    if (run + seg >= target) {
      out.push(pointAlong([line[i - 1], line[i]], seg > 0 ? (target - run) / seg : 0));
      return out;
    }
    out.push(line[i]);
    run += seg;
  }
  return out;
}

/** Dashes along a polyline, in the polyline's own units; the pattern continues across vertices. */
export function dashPolyline(line: Ring, dash: number, gap: number): Ring[] {
  const out: Ring[] = [];
  let on = true;
  let left = dash;
  let current: Ring = [line[0]];
  for (let i = 1; i < line.length; i++) {
    let a = line[i - 1];
    const b = line[i];
    let seg = distance(a, b);
    while (seg > 0) {
      const step = Math.min(left, seg);
      const k = step / seg;
      const p: Pt = [a[0] + k * (b[0] - a[0]), a[1] + k * (b[1] - a[1])];
      if (on) current.push(p);
      seg -= step;
      left -= step;
      a = p;
      if (left <= 1e-9) {
        if (on && current.length > 1) out.push(current);
        on = !on;
        left = on ? dash : gap;
        current = [p];
      }
    }
  }
  if (on && current.length > 1) out.push(current);
  return out;
}

/**
 * Diagonal hatching clipped to a set of rings (even-odd): parallel lines every `spacing`
 * units at `angle` radians, cut where they cross the rings' edges.
 */
export function hatchSegments(rings: readonly Ring[], spacing: number, angle = Math.PI / 4): [Pt, Pt][] {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Rotate into a frame where the hatch lines are horizontal (v = const).
  const toV = (p: Pt) => -p[0] * sin + p[1] * cos;
  const toU = (p: Pt) => p[0] * cos + p[1] * sin;
  let vMin = Infinity;
  let vMax = -Infinity;
  for (const ring of rings) for (const p of ring) {
    const v = toV(p);
    vMin = Math.min(vMin, v);
    vMax = Math.max(vMax, v);
  }
  const segments: [Pt, Pt][] = [];
  for (let v = Math.ceil(vMin / spacing) * spacing; v <= vMax; v += spacing) {
    const us: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const vi = toV(ring[i]);
        const vj = toV(ring[j]);
        if (vi > v !== vj > v) {
          const k = (v - vi) / (vj - vi);
          us.push(toU(ring[i]) + k * (toU(ring[j]) - toU(ring[i])));
        }
      }
    }
    us.sort((a, b) => a - b);
    for (let i = 0; i + 1 < us.length; i += 2) {
      const back = (u: number): Pt => [u * cos - v * sin, u * sin + v * cos];
      segments.push([back(us[i]), back(us[i + 1])]);
    }
  }
  return segments;
}

/** Bounding box [x0, y0, x1, y1] of rings. */
export function boundsOf(rings: readonly Ring[]): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const ring of rings) for (const [x, y] of ring) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

/** Shoelace area; the sign tells the winding. */
export function signedArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return a / 2;
}
