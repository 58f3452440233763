// The planar helpers behind hatching, dashed borders and the map tests.
import { describe, expect, it } from 'vitest';
import { dashPolyline, hatchSegments, nearestOnLines, pointAlong, pointInRings, polylineLength } from '../../client/src/map/geometry.ts';
import type { Ring } from '../../client/src/map/mapData.ts';

const square: Ring = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
];

describe('map geometry', () => {
  it('tells inside from outside', () => {
    expect(pointInRings([5, 5], [square])).toBe(true);
    expect(pointInRings([15, 5], [square])).toBe(false);
  });

  it('finds the nearest point on a line', () => {
    const { at, dist } = nearestOnLines([5, 3], [[[0, 0], [10, 0]]]);
    expect(at).toEqual([5, 0]);
    expect(dist).toBe(3);
  });

  it('walks along a polyline', () => {
    const line: Ring = [[0, 0], [10, 0], [10, 10]];
    expect(polylineLength(line)).toBe(20);
    expect(pointAlong(line, 0.75)).toEqual([10, 5]);
  });

  it('dashes a line into equal pieces', () => {
    const dashes = dashPolyline([[0, 0], [10, 0]], 2, 2);
    expect(dashes.length).toBe(3);
    expect(dashes.every((d) => Math.abs(polylineLength(d) - 2) < 1e-9)).toBe(true);
  });

  it('hatches only inside the shape', () => {
    const segments = hatchSegments([square], 2);
    expect(segments.length).toBeGreaterThan(5);
    for (const [a, b] of segments) {
      const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      expect(pointInRings(mid, [square])).toBe(true);
    }
  });
});
