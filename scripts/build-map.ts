// Builds assets/map/sahel.json from Natural Earth 1:50m (world-atlas): the crisis region
// projected to a 1000×800 viewport, simplified on the topology's shared arcs so that
// neighbours keep identical borders. Deterministic: same input, same bytes.
//   npm run build:map
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoBounds, geoConicConformal, geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { boundsOf, distance, nearestOnLines, pointInRings, polylineLength, pointAlong } from '../client/src/map/geometry.ts';
import type { BorderId, MapBorder, MapCountry, MapData, MapIncident, MapPlace, MapTrack, PlaceKind, Pt, Ring } from '../client/src/map/mapData.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'assets/map/sahel.json');
const WIDTH = 1000;
const HEIGHT = 800;
/** Simplification tolerance in map units (a unit is about 4.4 km at 20°N): under a pixel at 1920×1080. */
const TOLERANCE = 0.3;
/** Islands smaller than this (square units) add bytes, not meaning. */
const MIN_RING_AREA = 4;
/** Countries showing less than this get no name on the map. */
const MIN_LABEL_AREA = 1500;

/** ISO 3166 numeric → our id. Every country that shows in the frame must be named here. */
const COUNTRY_IDS: Record<string, string> = {
  '012': 'algeria',
  '466': 'mali',
  '562': 'niger',
  '854': 'burkina',
  '504': 'morocco',
  '732': 'westernSahara',
  '478': 'mauritania',
  '686': 'senegal',
  '270': 'gambia',
  '624': 'guineaBissau',
  '324': 'guinea',
  '694': 'sierraLeone',
  '430': 'liberia',
  '384': 'coteDivoire',
  '288': 'ghana',
  '768': 'togo',
  '204': 'benin',
  '566': 'nigeria',
  '120': 'cameroon',
  '148': 'chad',
  '434': 'libya',
  '788': 'tunisia',
  '818': 'egypt',
  '729': 'sudan',
  '140': 'centralAfrica',
  '724': 'spain',
  '620': 'portugal',
  '380': 'italy',
  '470': 'malta',
  '300': 'greece',
  '180': 'drCongo',
  '178': 'congo',
  '266': 'gabon',
  '226': 'equatorialGuinea',
  '728': 'southSudan',
  '132': 'caboVerde',
  '250': 'france',
  '008': 'albania',
  '807': 'northMacedonia',
  '792': 'turkey',
  '196': 'cyprus',
};

/** Hand-placed name anchors (lon, lat) where the automatic one would crowd a place or a border. */
const LABEL_AT: Record<string, [number, number]> = {
  algeria: [2.6, 28.6],
  mali: [-3.2, 17.2],
  niger: [9.6, 17.2],
  burkina: [-1.4, 11.5],
  libya: [15.5, 27.5],
  mauritania: [-10.3, 20.2],
  morocco: [-6.2, 32.2],
  westernSahara: [-13.4, 25.6],
  chad: [18.2, 17.5],
  nigeria: [8.2, 9.6],
  tunisia: [9.4, 34.0],
  senegal: [-14.6, 14.6],
  guinea: [-10.9, 10.6],
  coteDivoire: [-5.5, 7.6],
  ghana: [-1.2, 7.9],
  benin: [2.3, 9.6],
};

interface PlaceDef {
  id: string;
  kind: PlaceKind;
  country: string;
  lonLat: [number, number];
}

const PLACES: PlaceDef[] = [
  { id: 'algiers', kind: 'capital', country: 'algeria', lonLat: [3.06, 36.75] },
  { id: 'bamako', kind: 'capital', country: 'mali', lonLat: [-8.0, 12.64] },
  { id: 'niamey', kind: 'capital', country: 'niger', lonLat: [2.11, 13.51] },
  { id: 'ouagadougou', kind: 'capital', country: 'burkina', lonLat: [-1.53, 12.37] },
  // The twin towns on the wadi that is the border: Tinzaouatène in Mali, Tin Zaouatine in
  // Algeria, each named in its own country's spelling.
  { id: 'tinzaouaten', kind: 'town', country: 'mali', lonLat: [2.95, 19.95] },
  { id: 'tinZaouatine', kind: 'town', country: 'algeria', lonLat: [2.97, 19.97] },
  { id: 'tamanrasset', kind: 'hq', country: 'algeria', lonLat: [5.52, 22.79] },
  { id: 'kidal', kind: 'town', country: 'mali', lonLat: [1.41, 18.44] },
  // Start point of the playback's drone track and convoy road (not labelled).
  { id: 'gao', kind: 'waypoint', country: 'mali', lonLat: [-0.04, 16.27] },
  { id: 'atlantic', kind: 'sea', country: '', lonLat: [-18.6, 21.6] },
  { id: 'mediterranean', kind: 'sea', country: '', lonLat: [5.2, 37.5] },
];

/** The frame: this lon/lat box, fitted to the viewport and clipped to it. */
const FRAME = { west: -22, east: 27, south: 5.5, north: 37.6 };

function frameOutline(): Feature<Geometry> {
  const ring: [number, number][] = [];
  const { west, east, south, north } = FRAME;
  for (let i = 0; i <= 20; i++) ring.push([west + ((east - west) * i) / 20, south]);
  for (let i = 0; i <= 20; i++) ring.push([east - ((east - west) * i) / 20, north]);
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: ring } };
}

function makeProjection(): GeoProjection {
  // Conformal conic centred on the Sahara: shapes stay true, north stays up.
  return geoConicConformal()
    .parallels([10, 32])
    .rotate([-2, 0])
    .fitExtent(
      [
        [0, 0],
        [WIDTH, HEIGHT],
      ],
      frameOutline(),
    );
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Douglas–Peucker on projected points; returns the indices kept (ends always kept). */
function simplifyIndices(pts: Pt[], tol: number): number[] {
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = -1;
    let worstD = tol;
    const [ax, ay] = pts[a];
    const [bx, by] = pts[b];
    const len = Math.hypot(bx - ax, by - ay);
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  const out: number[] = [];
  keep.forEach((k, i) => k && out.push(i));
  // A closed arc (an island) needs at least a triangle.
  if (out.length < 4 && pts.length >= 4 && distance(pts[0], pts[pts.length - 1]) === 0) {
    return [0, Math.floor(pts.length / 3), Math.floor((2 * pts.length) / 3), pts.length - 1];
  }
  return out;
}

/** Absolute lon/lat arcs, simplified in projected space; the topology loses its quantization. */
function simplifiedTopology(topo: Topology, projection: GeoProjection): Topology {
  const t = topo.transform!;
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const lonLat = arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Pt;
    });
    const projected = lonLat.map((p) => (projection(p) ?? [NaN, NaN]) as Pt);
    if (projected.some((p) => !Number.isFinite(p[0]))) return lonLat;
    return simplifyIndices(projected, TOLERANCE).map((i) => lonLat[i]);
  });
  const { transform: _dropped, ...rest } = topo;
  return { ...rest, arcs } as Topology;
}

/** Runs a geometry through the clipped projection and collects its rings or lines. */
function projectGeometry(projection: GeoProjection, geometry: Geometry): Ring[] {
  const out: Ring[] = [];
  let current: Ring | null = null;
  const sink: GeoStream = {
    point(x, y) {
      const p: Pt = [round(x), round(y)];
      const last = current?.[current.length - 1];
      if (current && (!last || last[0] !== p[0] || last[1] !== p[1])) current.push(p);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (current && current.length > 1) out.push(current);
      current = null;
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(geometry, projection.stream(sink));
  return out;
}

function closeRing(ring: Ring): Ring {
  const a = ring[0];
  const b = ring[ring.length - 1];
  return a[0] === b[0] && a[1] === b[1] ? ring.slice(0, -1) : ring;
}

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

/** Pole of inaccessibility by grid refinement: the inside point farthest from any edge. */
function innerPoint(rings: Ring[]): Pt {
  const largest = [...rings].sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)))[0];
  const [x0, y0, x1, y1] = boundsOf([largest]);
  let best: Pt = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestD = -1;
  let step = Math.max(x1 - x0, y1 - y0) / 24;
  let [cx0, cy0, cx1, cy1] = [x0, y0, x1, y1];
  for (let pass = 0; pass < 4; pass++) {
    for (let x = cx0; x <= cx1; x += step) {
      for (let y = cy0; y <= cy1; y += step) {
        const p: Pt = [x, y];
        if (!pointInRings(p, [largest])) continue;
        const d = nearestOnLines(p, [[...largest, largest[0]]]).dist;
        if (d > bestD) {
          bestD = d;
          best = p;
        }
      }
    }
    [cx0, cy0, cx1, cy1] = [best[0] - step, best[1] - step, best[0] + step, best[1] + step];
    step /= 4;
  }
  return [round(best[0]), round(best[1])];
}

function projectPoint(projection: GeoProjection, lonLat: [number, number]): Pt {
  const p = projection(lonLat);
  if (!p) throw new Error(`cannot project ${lonLat}`);
  return [round(p[0]), round(p[1])];
}

/**
 * Western Sahara's limit with Morocco at 27°40'N, as on UN maps. Natural Earth draws
 * Morocco down to the berm; a neutral map shows the territory whole.
 */
const SAHARA_LINE = 27 + 40 / 60;

/** One side of a closed lon/lat ring cut by a parallel (Sutherland–Hodgman on a half-plane). */
function cutRing(ring: Position[], lat: number, north: boolean, cuts: number[]): Position[] {
  const inside = (p: Position) => (north ? p[1] >= lat : p[1] < lat);
  const out: Position[] = [];
  for (let i = 1; i < ring.length; i++) {
    const prev = ring[i - 1];
    const cur = ring[i];
    if (inside(cur) !== inside(prev)) {
      const k = (lat - prev[1]) / (cur[1] - prev[1]);
      const lon = prev[0] + k * (cur[0] - prev[0]);
      cuts.push(lon);
      out.push([lon, lat]);
    }
    if (inside(cur)) out.push(cur);
  }
  if (out.length >= 3) out.push(out[0]);
  return out;
}

function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function cutPolygons(g: Geometry, north: boolean, cuts: number[]): Position[][][] {
  return polygonsOf(g)
    .map((poly) => poly.map((ring) => cutRing(ring, SAHARA_LINE, north, cuts)).filter((r) => r.length >= 4))
    .filter((poly) => poly.length > 0);
}

/** The geometry a country is drawn with: Morocco north of 27°40', Western Sahara whole. */
function territoryOf(id: string | undefined, f: Feature<Geometry>, morocco: Feature<Geometry>, cuts: number[]): Geometry {
  if (id === 'morocco') return { type: 'MultiPolygon', coordinates: cutPolygons(f.geometry, true, []) };
  if (id === 'westernSahara') {
    return { type: 'MultiPolygon', coordinates: [...polygonsOf(f.geometry), ...cutPolygons(morocco.geometry, false, cuts)] };
  }
  return f.geometry;
}

/**
 * The twin towns face each other across the wadi that is the border. At 1:50m the line runs a
 * couple of kilometres off, so a town can land on the wrong side: set it just across the nearest
 * border point, inside its own country, where it belongs.
 */
function keepOnOwnSide(town: MapPlace, border: Ring[], own: Ring[]): void {
  const { at, dist } = nearestOnLines(town.at, border);
  // Far enough from the line that the twins' markers stand apart.
  if (pointInRings(town.at, own) && dist >= 3) return;
  // Away from the line on the town's own side: toward the town if it is already inside, else across.
  const sign = pointInRings(town.at, own) ? 1 : -1;
  for (let over = 3; over <= 6; over += 0.5) {
    const p: Pt = [round(at[0] + ((town.at[0] - at[0]) / dist) * over * sign), round(at[1] + ((town.at[1] - at[1]) / dist) * over * sign)];
    if (pointInRings(p, own)) {
      town.at = p;
      return;
    }
  }
  throw new Error(`${town.id}: no point on its own side near the border`);
}

/** How far from the line each side's claimed position is drawn: the same for both, and not to scale. */
const CLAIM_OFFSET = 5;

/**
 * Where a drone incident is drawn: the border point nearest the place, one point on each side at
 * the same distance (each side's claim, never the truth), and the drone's track, which stops
 * short of both so that the map takes no side.
 */
function incidentZone(id: MapIncident['id'], route: Pt[], border: Ring[], algeria: Ring[], operator: Ring[], toward: Pt): { zone: MapIncident; track: Ring } {
  const from = route[route.length - 1];
  const cross = nearestOnLines(toward, border).at;
  const len = Math.hypot(cross[0] - from[0], cross[1] - from[1]);
  const dir: Pt = [(cross[0] - from[0]) / len, (cross[1] - from[1]) / len];
  const along = (k: number): Pt => [round(cross[0] + dir[0] * k), round(cross[1] + dir[1] * k)];
  const inAlgeria = along(CLAIM_OFFSET);
  const inOperator = along(-CLAIM_OFFSET);
  if (!pointInRings(inAlgeria, algeria) || !pointInRings(inOperator, operator)) throw new Error(`${id}: claim points fall in the wrong country`);
  return {
    zone: { id, at: [round(cross[0]), round(cross[1])], algeria: inAlgeria, operator: inOperator },
    track: [...route, along(-CLAIM_OFFSET * 2.4)],
  };
}

function main(): void {
  const topoPath = resolve(ROOT, 'node_modules/world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(topoPath, 'utf8')) as Topology;
  const projection = makeProjection();
  const simple = simplifiedTopology(topo, projection);
  const countriesObj = simple.objects.countries as GeometryCollection;
  const all = feature(simple, countriesObj) as FeatureCollection<Geometry, { name: string }>;

  const clipped = makeProjection().clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
  const saharaCut: number[] = [];
  const countries: MapCountry[] = [];
  const morocco = all.features.find((f) => COUNTRY_IDS[String(f.id)] === 'morocco')!;
  for (const f of all.features) {
    const [[w, s], [e, n]] = geoBounds(f);
    if (e < FRAME.west - 15 || w > FRAME.east + 15 || n < FRAME.south - 10 || s > FRAME.north + 10) continue;
    const id = COUNTRY_IDS[String(f.id)];
    const rings = projectGeometry(clipped, territoryOf(id, f, morocco, saharaCut))
      .map(closeRing)
      .filter((r) => r.length >= 3 && Math.abs(ringArea(r)) >= MIN_RING_AREA);
    if (!rings.length) continue;
    if (!id) throw new Error(`unnamed country in frame: ${f.id} ${f.properties.name}`);
    // Holes would need even-odd fills the scene does not do; none exist in this region.
    const sign = Math.sign(ringArea(rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a))));
    if (rings.some((r) => Math.sign(ringArea(r)) !== sign)) throw new Error(`${id} has a hole`);
    // Slivers cut by the frame get no name: it would not fit and would read as a stray word.
    const visible = rings.reduce((sum, r) => sum + Math.abs(ringArea(r)), 0);
    const manual = LABEL_AT[id];
    const label = manual ? projectPoint(projection, manual) : visible >= MIN_LABEL_AREA ? innerPoint(rings) : undefined;
    if (label && !pointInRings(label, rings)) throw new Error(`${id}: name anchor outside the country`);
    countries.push({ id, name: `country.${id}`, ...(label ? { label } : {}), polygons: rings });
  }
  countries.sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(countries.map((c) => [c.id, c]));

  const geometries = countriesObj.geometries as GeometryObject[];
  const idOf = (g: GeometryObject) => COUNTRY_IDS[String(g.id)];
  const collection = { type: 'GeometryCollection', geometries } as GeometryCollection;
  // Every border and coast once; the Moroccan berm is not a border on this map.
  const outlines = projectGeometry(
    clipped,
    mesh(simple, collection, (x, y) => !(x !== y && [idOf(x), idOf(y)].sort().join() === 'morocco,westernSahara')) as MultiLineString,
  );
  const disputed = projectGeometry(clipped, {
    type: 'LineString',
    coordinates: [
      [Math.min(...saharaCut), SAHARA_LINE],
      [Math.max(...saharaCut), SAHARA_LINE],
    ],
  });
  const borders: MapBorder[] = (['algeria-mali', 'algeria-niger'] as BorderId[]).map((id) => {
    const [a, b] = id.split('-');
    const line = mesh(simple, collection, (x, y) => {
      const pair = [idOf(x), idOf(y)];
      return pair.includes(a) && pair.includes(b) && x !== y;
    }) as MultiLineString;
    const lines = projectGeometry(clipped, line);
    const longest = lines.reduce((p, q) => (polylineLength(q) > polylineLength(p) ? q : p));
    // Badges away from Tinzaouaten's marker: the Algeria–Mali one toward the west, by Bordj Badji Mokhtar.
    const at = pointAlong(longest, id === 'algeria-mali' ? 0.42 : 0.5);
    return { id, lines, badge: [round(at[0]), round(at[1])] };
  });

  const places: MapPlace[] = PLACES.map((p) => ({
    id: p.id,
    name: p.kind === 'sea' ? `map.sea.${p.id}` : `place.${p.id}`,
    kind: p.kind,
    country: p.country,
    at: projectPoint(projection, p.lonLat),
  }));
  const placeAt = (id: string) => places.find((p) => p.id === id)!.at;
  const algeria = byId.get('algeria')!.polygons;
  keepOnOwnSide(places.find((p) => p.id === 'tinzaouaten')!, borders[0].lines, byId.get('mali')!.polygons);
  keepOnOwnSide(places.find((p) => p.id === 'tinZaouatine')!, borders[0].lines, algeria);

  const mali = incidentZone('algeria-mali', [placeAt('gao'), placeAt('kidal')], borders[0].lines, algeria, byId.get('mali')!.polygons, placeAt('tinzaouaten'));
  // Only Mali's drones fly along Algeria's border (shared/rules/incidents.ts).
  const incidents: MapIncident[] = [mali.zone];
  const tracks: MapTrack[] = [
    { id: 'drone.mali', points: mali.track },
    // The convoy road runs from Gao toward Kidal; the attack comes on the way.
    { id: 'convoy.mali', points: [placeAt('gao'), placeAt('kidal')] },
  ];

  const parties = ['algeria', 'mali', 'niger', 'burkina'].flatMap((id) => byId.get(id)!.polygons);
  const [fx0, fy0, fx1, fy1] = boundsOf(parties);
  const data: MapData = {
    width: WIDTH,
    height: HEIGHT,
    projection: 'd3.geoConicConformal parallels 10°N/32°N, central meridian 2°E; Natural Earth 1:50m (world-atlas 2)',
    focus: [round(fx0), round(fy0), round(fx1), round(fy1)],
    countries,
    outlines,
    disputed,
    borders,
    places,
    tracks,
    incidents,
  };
  mkdirSync(dirname(OUT), { recursive: true });
  const json = compactJson(data);
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT}: ${(json.length / 1024).toFixed(1)} KB, ${countries.length} countries`);
}

/** One line per country, border, place and track: small, and diffs stay readable. */
function compactJson(data: MapData): string {
  const list = (items: unknown[]) => `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`;
  const { countries, outlines, disputed, borders, places, tracks, incidents, ...head } = data;
  const headJson = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const body = Object.entries({ countries, outlines, disputed, borders, places, tracks, incidents }).map(([k, v]) => `  ${JSON.stringify(k)}: ${list(v)}`);
  return `{\n${[...headJson, ...body].join(',\n')}\n}\n`;
}

main();
