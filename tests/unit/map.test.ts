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

  it('puts Tinzaouaten on the Algeria–Mali border, on the Malian side', () => {
    const { dist } = nearestOnLines(place('tinzaouaten').at, border('algeria-mali').lines);
    expect(dist).toBeLessThan(3);
    expect(pointInRings(place('tinzaouaten').at, country('mali').polygons)).toBe(true);
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

  it('ends each drone track just inside Algeria, from a Sahel base', () => {
    const track = (id: string) => map.tracks.find((t) => t.id === id)!.points;
    const mali = track('drone.mali');
    expect(pointInRings(mali[0], country('mali').polygons)).toBe(true);
    expect(pointInRings(mali[mali.length - 1], country('algeria').polygons)).toBe(true);
    const aes = track('drone.aes');
    expect(pointInRings(aes[0], country('niger').polygons)).toBe(true);
    expect(pointInRings(aes[aes.length - 1], country('algeria').polygons)).toBe(true);
  });
});
