// Colours and type for the map, from the design's palette: Okabe–Ito role colours,
// sand and slate grounds, greys for neighbours, one hue for the tension ladder.
import type { Country } from '../../../shared/index.ts';

export const ROLE_COLOUR: Record<Country, number> = {
  algeria: 0x009e73,
  mali: 0xe69f00,
  niger: 0x0072b2,
  burkina: 0x0072b2,
};

export const COLOUR = {
  // A slate sea: a light blue one would read as the AES colour.
  sea: 0x46555f,
  seaText: '#d3dbe0',
  sand: 0xf1eadc,
  neighbour: [0xd8d2c6, 0xcdc6b8, 0xe1dbd0] as const,
  outline: 0xfbf8f2,
  slate: 0x25323c,
  slateText: '#1d2a33',
  greyText: '#4a545c',
  panel: 0x25323c,
  panelLine: 0x3d4c58,
  panelText: '#eef1f3',
  panelMuted: '#b6c2ca',
  halo: '#f6f1e7',
  hatch: 0x1d2a33,
  danger: 0xb3261e,
  white: 0xffffff,
} as const;

/** Tension rungs 0–10: sand to deep red, always drawn with the rung's number and name. */
export function tensionColour(rung: number): number {
  const from = [0xf3, 0xe3, 0xc3];
  const to = [0x8e, 0x1b, 0x10];
  const k = Math.max(0, Math.min(10, rung)) / 10;
  const [r, g, b] = from.map((f, i) => Math.round(f + (to[i] - f) * k));
  return (r << 16) | (g << 8) | b;
}

/** A role colour lightened toward sand, so dark names on it keep a 4.5:1 contrast. */
export function partyFill(country: Country): number {
  return mix(ROLE_COLOUR[country], COLOUR.sand, 0.42);
}

export function mix(a: number, b: number, k: number): number {
  const ch = (c: number, s: number) => (c >> s) & 0xff;
  const m = (s: number) => Math.round(ch(a, s) * k + ch(b, s) * (1 - k));
  return (m(16) << 16) | (m(8) << 8) | m(0);
}

export const css = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

export const FONT = '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif';
