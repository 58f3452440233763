// The map's screen layout at the sizes the game is played on, and the label placer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabelPlacer, around, layoutFor, overlaps, toScreen } from '../../client/src/map/layout.ts';
import type { MapData } from '../../client/src/map/mapData.ts';

const map = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../assets/map/sahel.json'), 'utf8')) as MapData;

describe('map layout', () => {
  const sizes: [number, number, boolean][] = [
    [1366, 768, true],
    [1920, 1080, true],
    [375, 667, true],
    [1920, 1080, false],
  ];
  for (const [w, h, panel] of sizes) {
    it(`fits ${w}×${h}${panel ? '' : ' without the status panel'}`, () => {
      const l = layoutFor(w, h, map, panel);
      expect(overlaps(l.map, l.hud)).toBe(false);
      expect(l.hud.x + l.hud.w).toBeLessThanOrEqual(w);
      expect(l.hud.y + l.hud.h).toBeLessThanOrEqual(h);
      if (panel) expect(l.hudSide).toBe(w > h ? 'right' : 'bottom');
      // The parties are wholly in view…
      const [x0, y0] = toScreen(l, [map.focus[0], map.focus[1]]);
      const [x1, y1] = toScreen(l, [map.focus[2], map.focus[3]]);
      expect(x0).toBeGreaterThanOrEqual(l.map.x);
      expect(y0).toBeGreaterThanOrEqual(l.map.y);
      expect(x1).toBeLessThanOrEqual(l.map.x + l.map.w);
      expect(y1).toBeLessThanOrEqual(l.map.y + l.map.h);
      // …and the map covers its area, with no empty band at an edge.
      const [mx0, my0] = toScreen(l, [0, 0]);
      const [mx1, my1] = toScreen(l, [map.width, map.height]);
      expect(mx0).toBeLessThanOrEqual(l.map.x + 0.01);
      expect(my0).toBeLessThanOrEqual(l.map.y + 0.01);
      expect(mx1).toBeGreaterThanOrEqual(l.map.x + l.map.w - 0.01);
      expect(my1).toBeGreaterThanOrEqual(l.map.y + l.map.h - 0.01);
      expect(l.font.small).toBeGreaterThanOrEqual(10);
    });
  }

  it('gives the whole canvas to the map when the host shows the indicators', () => {
    const l = layoutFor(900, 600, map, false);
    expect(l.map).toEqual({ x: 0, y: 0, w: 900, h: 600 });
    expect(l.hud.w * l.hud.h).toBe(0);
  });

  it('keeps small screens to fewer words', () => {
    expect(layoutFor(375, 667, map).compact).toBe(true);
    expect(layoutFor(1366, 768, map).compact).toBe(false);
  });
});

describe('label placer', () => {
  it('never overlaps what it placed, and gives up on optional labels', () => {
    const placer = new LabelPlacer({ x: 0, y: 0, w: 100, h: 100 });
    const a = placer.place(around([50, 50], 30, 10, 4))!;
    const b = placer.place(around([50, 50], 30, 10, 4))!;
    expect(overlaps(a, b)).toBe(false);
    placer.block({ x: 0, y: 0, w: 100, h: 100 });
    expect(placer.place(around([50, 50], 30, 10, 4))).toBeNull();
    expect(placer.place(around([50, 50], 30, 10, 4), true)).not.toBeNull();
  });
});
