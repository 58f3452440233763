// The status panel beside (or below) the map: the tension ladder, the narrative, the
// jihadist threat, ambassadors, airspace, border crossings, memberships and Algeria's
// alert, each in words as well as colour and icon.
import type Phaser from 'phaser';
import type { Country, StateView } from '../../../shared/index.ts';
import { BORDERS, RELATION_PAIRS, TENSION_RUNGS } from '../../../shared/index.ts';
import { CAPITAL_OF, makePin } from './drawMap.ts';
import { borderSign, warning } from './icons.ts';
import { COLOUR, ROLE_COLOUR, mix, partyFill, tensionColour } from './palette.ts';
import { graphics, text, type Paint } from './paint.ts';

interface Box {
  x: number;
  w: number;
  /** Bottom limit: a section that would pass it is taken back. */
  bottom: number;
}

type Section = (p: Paint, g: Phaser.GameObjects.Graphics, view: StateView, box: Box, y: number) => number;

const DEPTH = 41;

export function drawHud(p: Paint, view: StateView | undefined): void {
  const { hud, hudSide } = p.l;
  const g = graphics(p, 40);
  g.fillStyle(COLOUR.panel, 1).fillRect(hud.x, hud.y, hud.w, hud.h);
  g.lineStyle(2, COLOUR.panelLine, 1);
  if (hudSide === 'right') g.lineBetween(hud.x + 1, hud.y, hud.x + 1, hud.y + hud.h);
  else g.lineBetween(hud.x, hud.y + 1, hud.x + hud.w, hud.y + 1);
  if (!view) return;
  const pad = hudSide === 'right' ? 18 : 12;
  const bottom = hud.y + hud.h - pad;
  const gap = hudSide === 'right' ? p.l.font.hud * 1.3 : p.l.font.hud * 0.7;
  if (hudSide === 'right') {
    flow(p, view, { x: hud.x + pad, w: hud.w - 2 * pad, bottom }, hud.y + pad, gap, [tension, narrative, threat, ambassadors, airspace, crossings, memberships, alert]);
    return;
  }
  // A strip below the map: the scales on the left, the relations on the right.
  const colGap = 16;
  const left = Math.round((hud.w - 2 * pad - colGap) * 0.5);
  flow(p, view, { x: hud.x + pad, w: left, bottom }, hud.y + pad, gap, [tension, narrative, threat, memberships, alert]);
  const rx = hud.x + pad + left + colGap;
  g.lineStyle(1, COLOUR.panelLine, 1).lineBetween(rx - colGap / 2, hud.y + pad, rx - colGap / 2, bottom);
  flow(p, view, { x: rx, w: hud.x + hud.w - pad - rx, bottom }, hud.y + pad, gap, [ambassadors, airspace, crossings]);
}

/** Stacks sections down a column; one that would not fit is dropped whole, with those after it. */
function flow(p: Paint, view: StateView, box: Box, top: number, gap: number, sections: Section[]): void {
  let y = top;
  for (const section of sections) {
    const mark = p.made.length;
    const end = section(p, graphics(p, DEPTH), view, box, y);
    if (end > box.bottom) {
      for (const o of p.made.splice(mark)) o.destroy();
      return;
    }
    y = end + gap;
  }
}

/** Shortens a text with an ellipsis until it fits the width. */
function fit(t: Phaser.GameObjects.Text, width: number): void {
  let s = t.text;
  while (t.width > width && s.length > 2) {
    s = s.slice(0, -1);
    t.setText(`${s.trimEnd()}…`);
  }
}

function title(p: Paint, s: string, x: number, y: number): Phaser.GameObjects.Text {
  return text(p, s.toLocaleUpperCase(), { size: p.l.font.hud - 1, colour: COLOUR.panelMuted, bold: true, spacing: 1 }, DEPTH).setPosition(x, y);
}

/** WCAG relative luminance of a 0xRRGGBB colour. */
function luminance(c: number): number {
  const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(((c >> 16) & 255) / 255) + 0.7152 * lin(((c >> 8) & 255) / 255) + 0.0722 * lin((c & 255) / 255);
}

/** Slate or white, whichever contrasts more with the fill. */
function inkOn(fill: number): string {
  const l = luminance(fill);
  return (l + 0.05) / (luminance(COLOUR.slate) + 0.05) >= 1.05 / (l + 0.05) ? COLOUR.slateText : '#ffffff';
}

const tension: Section = (p, g, view, box, y) => {
  const f = p.l.font;
  const rung = Math.max(0, Math.min(10, Math.floor(view.tension)));
  // The rung's number in a box of its colour; beside it the title over the rung's name.
  const side = Math.round(f.hudTitle * 2.4);
  g.fillStyle(tensionColour(rung), 1).fillRoundedRect(box.x, y, side, side, 4);
  const num = text(p, String(rung), { size: Math.round(side * 0.55), colour: inkOn(tensionColour(rung)), bold: true }, DEPTH);
  num.setPosition(Math.round(box.x + (side - num.width) / 2), Math.round(y + (side - num.height) / 2));
  const head = title(p, p.t('map.tension.title'), box.x + side + 10, y);
  const name = text(p, p.t(`tension.${TENSION_RUNGS[rung]}`), { size: f.hudTitle, colour: COLOUR.panelText, bold: true, wrap: box.w - side - 10 }, DEPTH);
  name.setPosition(box.x + side + 10, Math.round(y + head.height));
  y += Math.max(side, head.height + name.height) + 8;
  const cellGap = 2;
  const cell = (box.w - cellGap * 10) / 11;
  const ch = Math.round(f.hud * 0.8);
  for (let i = 0; i <= 10; i++) {
    const x = box.x + i * (cell + cellGap);
    g.fillStyle(tensionColour(i), 1).fillRect(x, y, cell, ch);
    if (i === rung) {
      g.lineStyle(2, 0xffffff, 1).strokeRect(x - 1, y - 1, cell + 2, ch + 2);
      g.fillStyle(0xffffff, 1).fillTriangle(x + cell / 2, y + ch + 3, x + cell / 2 - 5, y + ch + 9, x + cell / 2 + 5, y + ch + 9);
    }
  }
  y += ch + 10;
  // The scale's ends in words, so that its direction never rests on colour or position alone
  // (just the numbers where the words do not fit side by side).
  const small = { size: f.hud - 2, colour: COLOUR.panelMuted };
  let low = text(p, p.t('map.tension.low'), small, DEPTH);
  let high = text(p, p.t('map.tension.high'), small, DEPTH);
  if (low.width + high.width + 8 > box.w) {
    low.destroy();
    high.destroy();
    low = text(p, '0', small, DEPTH);
    high = text(p, '10', small, DEPTH);
  }
  low.setPosition(box.x, y);
  high.setPosition(Math.round(box.x + box.w - high.width), y);
  y += Math.max(low.height, high.height);
  return y;
};

const narrative: Section = (p, g, view, box, y) => {
  const f = p.l.font;
  const n = Math.round(view.narrative);
  const head = title(p, p.t('map.narrative.title', { n: n > 0 ? `+${n}` : String(n) }), box.x, y);
  y += head.height + 12;
  const h = Math.round(f.hud * 0.7);
  const mid = box.x + box.w / 2;
  g.fillStyle(mix(ROLE_COLOUR.mali, COLOUR.panel, 0.7), 1).fillRect(box.x, y, box.w / 2, h);
  g.fillStyle(mix(ROLE_COLOUR.algeria, COLOUR.panel, 0.7), 1).fillRect(mid, y, box.w / 2, h);
  g.fillStyle(COLOUR.panel, 1).fillRect(mid - 1, y, 2, h);
  const mx = box.x + ((Math.max(-100, Math.min(100, n)) + 100) / 200) * box.w;
  g.fillStyle(0xffffff, 1).fillRect(mx - 1.5, y - 4, 3, h + 8);
  g.fillTriangle(mx, y - 3, mx - 6, y - 10, mx + 6, y - 10);
  y += h + 5;
  const left = text(p, p.t('map.narrative.mali'), { size: f.hud - 1, colour: COLOUR.panelMuted }, DEPTH).setPosition(box.x, y);
  const right = text(p, p.t('map.narrative.algeria'), { size: f.hud - 1, colour: COLOUR.panelMuted, align: 'right' }, DEPTH);
  if (left.width + right.width + 8 <= box.w) {
    right.setPosition(Math.round(box.x + box.w - right.width), y);
    return y + Math.max(left.height, right.height);
  }
  right.setPosition(Math.round(box.x + box.w - right.width), y + left.height);
  return y + left.height + right.height;
};

const threat: Section = (p, g, view, box, y) => {
  const f = p.l.font;
  const n = Math.round(view.threat);
  const r = f.hud * 0.55;
  warning(g, box.x + r, y + f.hud * 0.7, r, 0xe0a100, COLOUR.panel);
  const head = title(p, p.t('map.threat.title'), box.x + 2 * r + 8, y);
  const value = text(p, p.t('map.threat.value', { n }), { size: f.hud, colour: COLOUR.panelText, bold: true }, DEPTH);
  if (head.x + head.width + 8 + value.width <= box.x + box.w) {
    value.setPosition(Math.round(box.x + box.w - value.width), y);
    y += Math.max(head.height, value.height) + 6;
  } else {
    // Narrow column: the number goes under its title.
    value.setPosition(box.x, y + head.height + 2);
    y += head.height + 2 + value.height + 4;
  }
  const h = Math.round(f.hud * 0.7);
  g.fillStyle(COLOUR.panelLine, 1).fillRect(box.x, y, box.w, h);
  g.fillStyle(0xe0a100, 1).fillRect(box.x, y, (box.w * Math.max(0, Math.min(100, n))) / 100, h);
  g.fillStyle(COLOUR.panel, 1);
  for (const q of [25, 50, 75]) g.fillRect(box.x + (box.w * q) / 100 - 1, y, 2, h);
  return y + h;
};

const ambassadors: Section = (p, g, view, box, y) => {
  const f = p.l.font;
  const head = title(p, p.t('map.embassies.title'), box.x, y);
  y += head.height + 6;
  const wide = box.w >= 280;
  const h = Math.round(f.hud + (wide ? 6 : 4));
  // A wide column names the sender; a narrow one only the host city (the pin shows the sender's code).
  for (const pair of RELATION_PAIRS) {
    const status = view.ambassadors[pair];
    if (!status) continue;
    const [from, to] = pair.split('>') as [Country, Country];
    const pin = makePin(p, g, from, status, h, DEPTH);
    pin.draw(box.x, y);
    const city = p.t(`place.${CAPITAL_OF[to]}`);
    const word = text(p, p.t(`map.ambassador.${status}`), { size: f.hud - 1, colour: status === 'posted' ? COLOUR.panelMuted : COLOUR.panelText, bold: status !== 'posted' }, DEPTH);
    word.setPosition(Math.round(box.x + box.w - word.width), Math.round(y + (h - word.height) / 2));
    const label = text(p, wide ? p.t('map.embassy.line', { from: p.t(`country.${from}`), city }) : city, { size: f.hud - 1, colour: COLOUR.panelText }, DEPTH);
    label.setPosition(Math.round(box.x + pin.w + 6), Math.round(y + (h - label.height) / 2));
    if (wide && label.x + label.width > word.x - 6) label.setText(city);
    fit(label, word.x - 6 - label.x);
    y += h + (wide ? 4 : 3);
  }
  return y - (wide ? 4 : 3);
};

/** A narrow column names countries by their codes, the same as on the embassy pins. */
const countryName = (p: Paint, box: Box, c: string) => p.t(box.w < 260 ? `map.code.${c}` : `country.${c}`);

const airspace: Section = (p, g, view, box, y) => {
  const f = p.l.font;
  const head = title(p, p.t('map.airspace.title'), box.x, y);
  y += head.height + 4;
  // Closers with the same list of targets share a line ("Niger, Burkina Faso: closed to Algeria").
  const targets = new Map<Country, Country[]>();
  for (const [pair, status] of Object.entries(view.airspace)) {
    if (status !== 'closed') continue;
    const [from, to] = pair.split('>') as [Country, Country];
    targets.set(from, [...(targets.get(from) ?? []), to]);
  }
  const lines = new Map<string, { closers: Country[]; to: Country[] }>();
  for (const [from, to] of targets) {
    const key = to.join();
    lines.set(key, { closers: [...(lines.get(key)?.closers ?? []), from], to });
  }
  if (!lines.size) {
    const none = text(p, p.t('map.airspace.allOpen'), { size: f.hud - 1, colour: COLOUR.panelText, wrap: box.w }, DEPTH).setPosition(box.x, y);
    return y + none.height;
  }
  const sw = Math.round(f.hud * 0.9);
  for (const { closers, to } of lines.values()) {
    const words = { from: closers.map((c) => countryName(p, box, c)).join(', '), list: to.map((c) => countryName(p, box, c)).join(', ') };
    const line = text(p, p.t('map.airspace.line', words), { size: f.hud - 1, colour: COLOUR.panelText, wrap: box.w - sw - 8 }, DEPTH);
    line.setPosition(box.x + sw + 8, y);
    // A swatch of the same hatching as on the map, so the words and the pattern connect.
    const sy = y + (Math.min(line.height, f.hud * 1.4) - sw) / 2;
    g.fillStyle(partyFill(closers[0]), 1).fillRect(box.x, sy, sw, sw);
    g.lineStyle(1, COLOUR.hatch, 0.7);
    for (let d = 3; d < 2 * sw; d += 4) g.lineBetween(box.x + Math.max(0, d - sw), sy + Math.min(d, sw), box.x + Math.min(d, sw), sy + Math.max(0, d - sw));
    y += line.height + 3;
  }
  return y - 3;
};

const crossings: Section = (p, g, view, box, y) => {
  const f = p.l.font;
  const head = title(p, p.t('map.borders.title'), box.x, y);
  y += head.height + 4;
  const r = Math.round(f.hud * 0.5);
  for (const id of BORDERS) {
    const status = view.borders[id] ?? 'open';
    const [a, b] = id.split('-');
    const words = { a: countryName(p, box, a), b: countryName(p, box, b), status: p.t(`map.crossing.${status}`) };
    const line = text(p, p.t('map.borders.line', words), { size: f.hud - 1, colour: COLOUR.panelText }, DEPTH);
    line.setPosition(box.x + 2 * r + 8, y);
    fit(line, box.w - 2 * r - 8);
    borderSign(g, status, box.x + r, y + line.height / 2, r);
    y += Math.max(line.height, 2 * r) + 3;
  }
  return y - 3;
};

const memberships: Section = (p, _g, view, box, y) => {
  const f = p.l.font;
  const names = (list: Country[]) => (list.length ? list.map((c) => countryName(p, box, c)).join(', ') : p.t('map.memberships.none'));
  const head = title(p, p.t('map.memberships.title'), box.x, y);
  y += head.height + 4;
  for (const [key, list] of [['map.memberships.cemoc', view.cemoc], ['map.memberships.aes', view.aesPact]] as const) {
    const line = text(p, p.t(key, { list: names(list) }), { size: f.hud - 1, colour: COLOUR.panelText, wrap: box.w }, DEPTH).setPosition(box.x, y);
    y += line.height + 2;
  }
  return y;
};

const alert: Section = (p, _g, view, box, y) => {
  const line = text(p, p.t('map.alert', { level: p.t(`map.alert.${view.alert}`) }), { size: p.l.font.hud - 1, colour: COLOUR.panelText, wrap: box.w }, DEPTH);
  line.setPosition(box.x, y);
  return y + line.height;
};


