// The generated crisis map: the parties are there, places sit where the story needs them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearestOnLines, pointInRings } from '../../client/src/map/geometry.ts';
import type { MapData } from '../../client/src/map/mapData.ts';

const file = resolve(import.meta.dirname, '../../assets/map/sahel.json');
const raw = readFileSync(file, 'utf8');
const map = JSON.parse(raw) as MapData;
const country = (id: string) => map.countries.find((c) => c.id === id)!;
const place = (id: string) => map.places.find((p) => p.id === id)!;
const border = (id: string) => map.borders.find((b) => b.id === id)!;

describe('assets/map/sahel.json', () => {
  it('is small enough to ship with the client', () => {
    expect(raw.length).toBeLessThan(300 * 1024);
  });

  it('has the four parties and their neighbours', () => {
    for (const id of ['algeria', 'mali', 'niger', 'burkina']) {
      expect(country(id), id).toBeDefined();
      expect(country(id).polygons.length).toBeGreaterThan(0);
      expect(country(id).name).toBe(`country.${id}`);
    }
    for (const id of ['morocco', 'westernSahara', 'mauritania', 'senegal', 'guinea', 'coteDivoire', 'ghana', 'togo', 'benin', 'nigeria', 'chad', 'libya', 'tunisia']) {
      expect(country(id), id).toBeDefined();
    }
  });

  it('keeps every point inside the viewport', () => {
    const inside = ([x, y]: [number, number]) => x >= 0 && x <= map.width && y >= 0 && y <= map.height;
    for (const p of map.places) expect(inside(p.at), p.id).toBe(true);
    for (const c of map.countries) for (const ring of c.polygons) expect(ring.every(inside), c.id).toBe(true);
  });

  it('puts the twin towns on the Algeria–Mali border, each on its own side and in its own spelling', () => {
    for (const [id, side] of [['tinzaouaten', 'mali'], ['tinZaouatine', 'algeria']]) {
      const { dist } = nearestOnLines(place(id).at, border('algeria-mali').lines);
      expect(dist).toBeLessThan(6);
      expect(pointInRings(place(id).at, country(side).polygons)).toBe(true);
      expect(place(id).country).toBe(side);
    }
  });

  it('puts each capital inside its country', () => {
    const capitals: [string, string][] = [
      ['algiers', 'algeria'],
      ['bamako', 'mali'],
      ['niamey', 'niger'],
      ['ouagadougou', 'burkina'],
    ];
    for (const [p, c] of capitals) expect(pointInRings(place(p).at, country(c).polygons), p).toBe(true);
    expect(pointInRings(place('tamanrasset').at, country('algeria').polygons)).toBe(true);
  });

  it('puts each name inside its own country', () => {
    for (const c of map.countries) if (c.label) expect(pointInRings(c.label, c.polygons), c.id).toBe(true);
  });

  it('has both contested borders, with their badges on the line', () => {
    for (const id of ['algeria-mali', 'algeria-niger']) {
      const b = border(id);
      expect(b.lines.length).toBeGreaterThan(0);
      expect(nearestOnLines(b.badge, b.lines).dist).toBeLessThan(0.2);
    }
  });

  it('stops each drone track short of the border, on its own side, so the map takes no side', () => {
    const track = (id: string) => map.tracks.find((t) => t.id === id)!.points;
    expect(map.tracks.map((t) => t.id).sort()).toEqual(['convoy.mali', 'drone.mali']);
    for (const [id, side, line] of [['drone.mali', 'mali', 'algeria-mali']] as const) {
      const pts = track(id);
      for (const pt of pts) expect(pointInRings(pt, country(side).polygons)).toBe(true);
      const zone = map.incidents.find((z) => z.id === line)!;
      const end = pts[pts.length - 1];
      expect(Math.hypot(end[0] - zone.at[0], end[1] - zone.at[1])).toBeGreaterThan(Math.hypot(zone.operator[0] - zone.at[0], zone.operator[1] - zone.at[1]));
    }
  });

  it('draws each incident zone with both claims at the same distance from the border, each in its own country', () => {
    // Only Mali's drones fly along Algeria's border: one zone.
    expect(map.incidents.map((z) => z.id)).toEqual(['algeria-mali']);
    for (const z of map.incidents) {
      const operator = 'mali';
      expect(pointInRings(z.algeria, country('algeria').polygons)).toBe(true);
      expect(pointInRings(z.operator, country(operator).polygons)).toBe(true);
      expect(nearestOnLines(z.at, border(z.id).lines).dist).toBeLessThan(0.5);
      const d = (p: number[]) => Math.hypot(p[0] - z.at[0], p[1] - z.at[1]);
      expect(Math.abs(d(z.algeria) - d(z.operator))).toBeLessThan(0.3);
    }
  });
});
