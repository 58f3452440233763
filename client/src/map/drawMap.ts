// The map itself: countries, coasts, the contested borders, places, and the state drawn
// over them (embassy pins, closed airspace, border crossings, memberships).
import type Phaser from 'phaser';
import type { AmbassadorStatus, BorderStatus, Country, StateView } from '../../../shared/index.ts';
import { dashPolyline, hatchSegments, pointInRings } from './geometry.ts';
import { ambassadorIcon, borderSign, star } from './icons.ts';
import { around, centredNear, type Rect } from './layout.ts';
import type { MapBorder, MapCountry, MapPlace, Pt } from './mapData.ts';
import { PARTY_COUNTRIES } from './mapData.ts';
import { COLOUR, ROLE_COLOUR, css, partyFill } from './palette.ts';
import { S, fillRing, graphics, polyline, putAt, text, type Paint } from './paint.ts';

/** Who hosts each embassy pin: "algeria>mali" is Algeria's ambassador, in Bamako. */
export const CAPITAL_OF: Record<Country, string> = { algeria: 'algiers', mali: 'bamako', niger: 'niamey', burkina: 'ouagadougou' };

const isParty = (id: string): id is Country => (PARTY_COUNTRIES as readonly string[]).includes(id);

export const screenRings = (p: Paint, c: MapCountry): Pt[][] => c.polygons.map((r) => r.map((pt) => S(p, pt)));

/** Neighbour greys: a fixed shade per country so that adjacent ones differ. */
const NEIGHBOUR_SHADE: Record<string, number> = {
  morocco: 1, mauritania: 0, senegal: 1, guinea: 0, coteDivoire: 1, ghana: 2, togo: 0, benin: 1, nigeria: 0,
  chad: 1, libya: 0, tunisia: 2, westernSahara: 2, liberia: 2, sierraLeone: 1, guineaBissau: 2, gambia: 0, cameroon: 2,
  egypt: 1, sudan: 2, centralAfrica: 0, spain: 0, portugal: 1, italy: 1, drCongo: 1, malta: 0, greece: 1,
  congo: 0, gabon: 1, equatorialGuinea: 0, southSudan: 1, caboVerde: 0, france: 2, albania: 2, northMacedonia: 0, turkey: 2, cyprus: 0,
};

export function drawBase(p: Paint): void {
  const g = graphics(p, 0);
  const { map } = p.l;
  g.fillStyle(COLOUR.sea, 1);
  g.fillRect(map.x, map.y, map.w, map.h);
  for (const c of p.geo.countries) {
    g.fillStyle(isParty(c.id) ? partyFill(c.id) : COLOUR.neighbour[NEIGHBOUR_SHADE[c.id] ?? 0], 1);
    for (const ring of screenRings(p, c)) fillRing(g, ring);
  }
  g.lineStyle(1, COLOUR.outline, 0.95);
  for (const line of p.geo.outlines) polyline(g, line.map((pt) => S(p, pt)));
  g.lineStyle(1, COLOUR.slate, 0.55);
  for (const line of p.geo.disputed) for (const dash of dashPolyline(line.map((pt) => S(p, pt)), 4, 3)) polyline(g, dash);
}

/** Countries whose airspace is closed to someone, with whom they closed it to. */
function closures(view: StateView): Map<Country, Country[]> {
  const out = new Map<Country, Country[]>();
  for (const [pair, status] of Object.entries(view.airspace)) {
    if (status !== 'closed') continue;
    const [from, to] = pair.split('>') as [Country, Country];
    out.set(from, [...(out.get(from) ?? []), to]);
  }
  return out;
}

export function drawHatching(p: Paint, view: StateView | undefined): void {
  if (!view) return;
  const g = graphics(p, 4);
  g.lineStyle(1.2, COLOUR.hatch, 0.34);
  for (const id of closures(view).keys()) {
    const c = p.geo.countries.find((x) => x.id === id);
    if (!c) continue;
    for (const [a, b] of hatchSegments(screenRings(p, c), 8)) g.lineBetween(a[0], a[1], b[0], b[1]);
  }
}

/** The contested borders, styled by their crossings' status: solid, dashed, or barred. */
export function drawBorders(p: Paint, view: StateView | undefined): void {
  const g = graphics(p, 5);
  for (const b of p.geo.borders) {
    const status: BorderStatus = view?.borders[b.id] ?? 'open';
    for (const line of b.lines) {
      const pts = line.map((pt) => S(p, pt));
      g.lineStyle(6, COLOUR.outline, 0.85);
      polyline(g, pts);
      if (status === 'restricted') {
        g.lineStyle(2.6, COLOUR.slate, 1);
        for (const dash of dashPolyline(pts, 9, 5)) polyline(g, dash);
      } else if (status === 'closed') {
        g.lineStyle(3.2, COLOUR.danger, 1);
        polyline(g, pts);
        barTicks(g, pts);
      } else {
        g.lineStyle(2.4, COLOUR.slate, 1);
        polyline(g, pts);
      }
    }
  }
}

/** Short bars across a closed border, so "closed" reads without its colour. */
function barTicks(g: Phaser.GameObjects.Graphics, pts: Pt[]): void {
  let run = 0;
  for (let i = 1; i < pts.length; i++) {
    const [ax, ay] = pts[i - 1];
    const [bx, by] = pts[i];
    const len = Math.hypot(bx - ax, by - ay);
    for (let d = (14 - run) % 14; d < len; d += 14) {
      const k = d / len;
      const x = ax + (bx - ax) * k;
      const y = ay + (by - ay) * k;
      const nx = (-(by - ay) / len) * 5;
      const ny = ((bx - ax) / len) * 5;
      g.lineBetween(x - nx, y - ny, x + nx, y + ny);
    }
    run = (run + len) % 14;
  }
}

/** Tin Zaouatine (Algeria) and Tinzaouatène (Mali), facing each other across the border. */
const TWIN_TOWNS = new Set(['tinZaouatine', 'tinzaouaten']);

/**
 * Each border that has seen a drone incident: a dashed ring across the line, around both sides'
 * claimed positions. The playback shows and labels the claims; the map never marks a true spot.
 */
export function drawIncidents(p: Paint, view: StateView | undefined): void {
  if (!view) return;
  const g = graphics(p, 7);
  for (const border of new Set(view.incidents.map((i) => i.border))) {
    const zone = p.geo.incidents.find((z) => z.id === border);
    if (!zone) continue;
    const [at, dz, op] = [zone.at, zone.algeria, zone.operator].map((pt) => S(p, pt));
    // Wide enough to hold both towns: the ring says "disputed here", not a spot.
    const r = Math.max(13, Math.hypot(dz[0] - op[0], dz[1] - op[1]) / 2 + 7);
    g.lineStyle(1.6, COLOUR.danger, 0.9);
    for (let i = 0; i < 16; i += 2) {
      const a = (i / 16) * Math.PI * 2;
      const b = ((i + 1) / 16) * Math.PI * 2;
      g.lineBetween(at[0] + r * Math.cos(a), at[1] + r * Math.sin(a), at[0] + r * Math.cos(b), at[1] + r * Math.sin(b));
    }
    p.placer.block({ x: at[0] - r, y: at[1] - r, w: 2 * r, h: 2 * r });
  }
}

const MARKER: Record<MapPlace['kind'], number> = { capital: 6, town: 4, hq: 4.5, waypoint: 0, sea: 0 };

function drawMarker(g: Phaser.GameObjects.Graphics, place: MapPlace, [x, y]: Pt): void {
  const r = MARKER[place.kind];
  if (place.kind === 'capital') star(g, x, y, r + 1, COLOUR.slate, COLOUR.outline);
  else if (place.kind === 'hq') {
    g.fillStyle(COLOUR.slate, 1).fillRect(x - r, y - r, 2 * r, 2 * r);
    g.lineStyle(1, COLOUR.outline, 1).strokeRect(x - r, y - r, 2 * r, 2 * r);
  } else {
    g.fillStyle(COLOUR.slate, 1).fillCircle(x, y, r);
    g.lineStyle(1, COLOUR.outline, 1).strokeCircle(x, y, r);
  }
}

/** A pin: a small badge with the sender's code and a status icon (tick, return arrow, cross). */
export interface Pin {
  w: number;
  h: number;
  draw(x: number, y: number): void;
  /** Removes a pin that was made but not drawn. */
  destroy(): void;
}

export function makePin(p: Paint, g: Phaser.GameObjects.Graphics, from: Country, status: AmbassadorStatus, h: number, depth: number): Pin {
  const ink = status === 'expelled' ? COLOUR.danger : status === 'recalled' ? 0x55606a : COLOUR.slate;
  const label = text(p, p.t(`map.code.${from}`), { size: Math.round(h * 0.6), colour: css(ink), bold: true }, depth + 1);
  const r = h * 0.3;
  const w = Math.round(5 + 2 * r + 4 + label.width + 5);
  return {
    w,
    h,
    draw(x, y) {
      if (status === 'posted') g.fillStyle(partyFill(from), 1);
      else g.fillStyle(0xffffff, 0.94);
      g.fillRoundedRect(x, y, w, h, 4);
      g.lineStyle(status === 'posted' ? 1.6 : 1.4, status === 'posted' ? ROLE_COLOUR[from] : ink, 1);
      g.strokeRoundedRect(x, y, w, h, 4);
      ambassadorIcon(g, status, x + 5 + r, y + h / 2, r, ink);
      label.setPosition(Math.round(x + 5 + 2 * r + 4), Math.round(y + (h - label.height) / 2));
    },
    destroy: () => label.destroy(),
  };
}

/** Places, names, pins, badges and chips, placed in priority order so that none overlap. */
export function drawLabels(p: Paint, view: StateView | undefined): void {
  const { l, geo, t, placer } = p;
  const g = graphics(p, 6);
  const pins = graphics(p, 22);
  // Small screens keep the capitals, the twin border towns and Tamanrasset.
  const places = geo.places.filter((pl) => pl.kind !== 'waypoint' && pl.kind !== 'sea' && !(l.compact && pl.kind === 'town' && !TWIN_TOWNS.has(pl.id)));
  const placeAt = new Map(places.map((pl) => [pl.id, S(p, pl.at)]));

  // 1. Markers and border signs are fixed: block them first.
  for (const pl of places) {
    const at = placeAt.get(pl.id)!;
    drawMarker(g, pl, at);
    const r = MARKER[pl.kind] + 2;
    placer.block({ x: at[0] - r, y: at[1] - r, w: 2 * r, h: 2 * r });
  }
  const signR = Math.round(l.font.small * 0.75);
  for (const b of geo.borders) {
    const at = S(p, b.badge);
    borderSign(g, view?.borders[b.id] ?? 'open', at[0], at[1], signR);
    placer.block({ x: at[0] - signR, y: at[1] - signR, w: 2 * signR, h: 2 * signR });
  }

  // 2. The parties' names, with membership chips beneath.
  const nameRects = new Map<Country, Rect>();
  for (const id of PARTY_COUNTRIES) {
    const c = geo.countries.find((x) => x.id === id)!;
    const word = t(c.name).toLocaleUpperCase();
    // Small screens: tighter letters, so "BURKINA FASO" keeps to one line inside its country.
    const name = text(p, word, { size: l.font.party, colour: COLOUR.slateText, bold: true, halo: COLOUR.halo, spacing: l.compact ? 0.4 : 1.5 });
    const at = S(p, c.label!);
    const r = placer.place(centredNear(at, name.width, name.height, name.height * 0.6), true)!;
    putAt(name, r);
    nameRects.set(id, r);
  }
  // Small screens leave memberships, closures and crossings in words to the status panel.
  if (view && !l.compact) drawChips(p, view, nameRects);

  // 3. Place names around their markers.
  for (const pl of places) {
    const at = placeAt.get(pl.id)!;
    const bold = pl.kind === 'capital' || TWIN_TOWNS.has(pl.id);
    const name = pl.kind === 'hq' && !l.compact ? `${t(pl.name)}\n${t('map.hq')}` : t(pl.name);
    const label = text(p, name, { size: l.font.place, colour: COLOUR.slateText, bold, halo: COLOUR.halo });
    const r = placer.place(around(at, label.width, label.height, MARKER[pl.kind] + 4), pl.kind !== 'town' || TWIN_TOWNS.has(pl.id));
    if (r) putAt(label, r);
    else label.destroy();
  }

  // 4. Embassy pins beside the capital that hosts them.
  if (view) {
    const h = Math.round(l.font.small + 7);
    const hosted = new Map<string, { from: Country; status: AmbassadorStatus }[]>();
    for (const [pair, status] of Object.entries(view.ambassadors)) {
      const [from, to] = pair.split('>') as [Country, Country];
      const city = CAPITAL_OF[to];
      hosted.set(city, [...(hosted.get(city) ?? []), { from, status }]);
    }
    for (const [city, list] of hosted) {
      const at = placeAt.get(city);
      if (!at) continue;
      const made = list.map((x) => makePin(p, pins, x.from, x.status, h, 22));
      const gap = 3;
      const w = made.reduce((s, m) => s + m.w, 0) + gap * (made.length - 1);
      // Small screens show a capital's pins only where they fit; the status panel lists them all.
      const r = placer.place(around(at, w, h, 10), !l.compact);
      if (!r) {
        for (const m of made) m.destroy();
        continue;
      }
      // A thin leader from the capital, so a pin pushed aside still says where it stands.
      const near: Pt = [Math.max(r.x, Math.min(at[0], r.x + r.w)), Math.max(r.y, Math.min(at[1], r.y + r.h))];
      if (Math.hypot(near[0] - at[0], near[1] - at[1]) > 9) g.lineStyle(1, COLOUR.slate, 0.8).lineBetween(at[0], at[1], near[0], near[1]);
      let x = r.x;
      for (const m of made) {
        m.draw(x, r.y);
        x += m.w + gap;
      }
    }
  }

  // 5. Border crossings: the sign's words.
  for (const b of geo.borders) drawBorderLabel(p, b, view?.borders[b.id] ?? 'open', signR);

  // 6. Closed airspace: a boxed note in the closing country (on small screens only where it fits).
  if (view) {
    for (const [from, to] of closures(view)) {
      const names = to.map((c) => t(`country.${c}`)).join(', ');
      const note = text(p, t('map.airspace.closedTo', { list: names }), {
        size: l.font.small,
        colour: COLOUR.slateText,
        bold: true,
        wrap: Math.max(110, l.font.small * 11),
        align: 'center',
      });
      // Under the name and its chips, else beside or above it.
      const base = nameRects.get(from)!;
      const w = note.width + 10;
      const h = note.height + 6;
      const cx = base.x + base.w / 2;
      const cy = base.y + base.h / 2;
      const drop = base.h / 2 + h / 2 + l.font.small * (l.compact ? 0.5 : 1.9);
      const beside: Pt[] = [[cx + base.w / 2 + w / 2 + 8, cy], [cx - base.w / 2 - w / 2 - 8, cy]];
      const spots: Pt[] = [[cx, cy + drop], ...(l.compact ? [] : beside), [cx, cy - drop], [cx, cy + drop + h]];
      const r = placer.place(spots.flatMap((at) => centredNear(at, w, h, h * 0.5)), !l.compact);
      if (!r) {
        note.destroy();
        continue;
      }
      g.fillStyle(0xffffff, 0.9).fillRoundedRect(r.x, r.y, r.w, r.h, 3);
      g.lineStyle(1, COLOUR.slate, 0.9).strokeRoundedRect(r.x, r.y, r.w, r.h, 3);
      putAt(note, { ...r, x: r.x + 5, y: r.y + 3 });
    }
  }

  // 7. Neighbours and seas, where there is room.
  if (!l.compact) {
    const corners = (r: Rect): Pt[] => [[r.x, r.y], [r.x + r.w, r.y], [r.x, r.y + r.h], [r.x + r.w, r.y + r.h]];
    for (const c of geo.countries) {
      if (isParty(c.id) || !c.label) continue;
      const name = text(p, t(c.name), { size: l.font.small, colour: COLOUR.greyText, halo: css(COLOUR.neighbour[2]) });
      // A neighbour's name stays on its own land (grey on the slate sea would not read).
      const rings = screenRings(p, c);
      const onLand = (r: Rect) => corners(r).every((pt) => pointInRings(pt, rings));
      const r = placer.place(centredNear(S(p, c.label), name.width, name.height, name.height * 0.5).filter(onLand));
      if (r) putAt(name, r);
      else name.destroy();
    }
    // A sea's name stays on the water: land drawn over it would cut it short.
    const land = geo.countries.map((c) => screenRings(p, c));
    const onWater = (r: Rect) => corners(r).every((pt) => !land.some((rings) => pointInRings(pt, rings)));
    for (const sea of geo.places.filter((x) => x.kind === 'sea')) {
      // On one line if the water has room, else a word a line (a narrow strip of sea by the edge).
      const words = t(sea.name);
      for (const lines of [words, words.replace(/ /g, '\n')]) {
        const name = text(p, lines, { size: l.font.small, colour: COLOUR.seaText, italic: true, wrap: l.font.small * 10, align: 'center' });
        const r = placer.place(centredNear(S(p, sea.at), name.width, name.height, name.height * 0.5).filter(onWater));
        if (r) {
          putAt(name, r);
          break;
        }
        name.destroy();
      }
    }
  }
}

function drawChips(p: Paint, view: StateView, nameRects: Map<Country, Rect>): void {
  const g = graphics(p, 21);
  const size = p.l.font.small - 1;
  for (const [id, rect] of nameRects) {
    const tags = [view.cemoc.includes(id) ? 'map.member.cemoc' : '', view.aesPact.includes(id) ? 'map.member.aes' : ''].filter(Boolean);
    if (!tags.length) continue;
    const words = tags.map((k) => text(p, p.t(k), { size, colour: COLOUR.slateText, bold: true, spacing: 0.5 }, 22));
    const gap = 4;
    const w = words.reduce((s, x) => s + x.width + 8, 0) + gap * (words.length - 1);
    const h = words[0].height + 2;
    const at: Pt = [rect.x + rect.w / 2, rect.y + rect.h + h / 2 + 2];
    const r = p.placer.place([...centredNear(at, w, h, 0), ...centredNear([at[0], rect.y - h / 2 - 2], w, h, 0)], true)!;
    let x = r.x;
    for (const word of words) {
      g.fillStyle(0xffffff, 0.85).fillRoundedRect(x, r.y, word.width + 8, h, h / 2);
      g.lineStyle(1, COLOUR.slate, 0.8).strokeRoundedRect(x, r.y, word.width + 8, h, h / 2);
      word.setPosition(Math.round(x + 4), Math.round(r.y + 1));
      x += word.width + 8 + gap;
    }
  }
}

function drawBorderLabel(p: Paint, b: MapBorder, status: BorderStatus, signR: number): void {
  const at = S(p, b.badge);
  const label = text(p, p.t(`map.border.${status}`), {
    size: p.l.font.small,
    colour: status === 'closed' ? '#8e1b10' : COLOUR.slateText,
    bold: true,
    halo: COLOUR.halo,
  });
  const r = p.placer.place(around(at, label.width, label.height, signR + 3), !p.l.compact);
  if (r) putAt(label, r);
  else label.destroy();
}
