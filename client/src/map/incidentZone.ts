// A drone incident as the map tells it: a dashed zone on the border holding two pins, each
// side's claimed position labelled as that side's word. The pins sit at the same distance
// from the line (the numbers are in the words), so the drawing favours neither account, and
// nothing marks where the drone really was.
import type Phaser from 'phaser';
import type { IncidentCue } from './cue.ts';
import { ROLE_COLOUR, COLOUR } from './palette.ts';
import { S, graphics, text, type Paint } from './paint.ts';
import type { Pt } from './mapData.ts';

const DEPTH = 32;

/** Draws the zone and both claims; returns what it made, for fading in and out. */
export function disputedZone(p: Paint, cue: Pick<IncidentCue, 'border' | 'operator' | 'claims' | 'downed'>): Phaser.GameObjects.GameObject[] {
  const zone = p.geo.incidents.find((z) => z.id === cue.border)!;
  const at = S(p, zone.at);
  const dz = S(p, zone.algeria);
  const op = S(p, zone.operator);
  const radius = Math.max(14, Math.hypot(dz[0] - op[0], dz[1] - op[1]) / 2 + 8);
  const g = graphics(p, DEPTH);
  g.fillStyle(0xffffff, 0.35).fillCircle(at[0], at[1], radius);
  g.lineStyle(2, COLOUR.slate, 0.9);
  dashedCircle(g, at, radius);
  pin(g, dz, ROLE_COLOUR.algeria);
  pin(g, op, ROLE_COLOUR[cue.operator]);
  const size = p.l.font.small;
  const style = { size, colour: COLOUR.slateText, bold: true, halo: COLOUR.halo };
  const algeriaSays = text(p, p.t('map.incident.algeriaSays', { km: cue.claims.algeria }), style, DEPTH + 1);
  const operatorSays = text(p, p.t(`map.incident.says.${cue.operator}`, { km: cue.claims.operator }), style, DEPTH + 1);
  const title = text(p, p.t(cue.downed ? 'map.incident.downed' : 'map.incident.crossing'), { ...style, colour: '#8e1b10' }, DEPTH + 1);
  // On cards, clear of the towns' names: Algeria lies north-east of both borders, so its claim
  // goes up and right, the operator's down and left; the caption above Algeria's.
  for (const t of [algeriaSays, operatorSays, title]) t.setBackgroundColor(COLOUR.halo).setPadding(4, 2, 4, 2);
  const { map } = p.l;
  const within = (x: number, y: number, t: Phaser.GameObjects.Text) =>
    t.setPosition(Math.round(Math.max(map.x + 4, Math.min(x, map.x + map.w - t.width - 4))), Math.round(Math.max(map.y + 4, Math.min(y, map.y + map.h - t.height - 4))));
  within(at[0] + radius + 6, at[1] - radius - algeriaSays.height, algeriaSays);
  within(at[0] + radius + 6, algeriaSays.y - title.height - 2, title);
  within(at[0] - radius - 6 - operatorSays.width, at[1] + radius - 2, operatorSays);
  return [g, algeriaSays, operatorSays, title];
}

function pin(g: Phaser.GameObjects.Graphics, [x, y]: Pt, colour: number): void {
  g.fillStyle(colour, 1).fillCircle(x, y, 4.5);
  g.lineStyle(1.5, COLOUR.slate, 1).strokeCircle(x, y, 4.5);
}

function dashedCircle(g: Phaser.GameObjects.Graphics, [x, y]: Pt, r: number): void {
  const steps = Math.max(12, Math.round(r / 2));
  for (let i = 0; i < steps; i += 2) {
    const a = (i / steps) * Math.PI * 2;
    const b = ((i + 1) / steps) * Math.PI * 2;
    g.lineBetween(x + r * Math.cos(a), y + r * Math.sin(a), x + r * Math.cos(b), y + r * Math.sin(b));
  }
}
