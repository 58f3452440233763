// The tension ladder's one hue: sand at 0 to deep red at 10, always beside the number and name.
export function tensionFill(rung: number): string {
  const from = [0xf3, 0xe3, 0xc3];
  const to = [0x8e, 0x1b, 0x10];
  const k = Math.max(0, Math.min(10, rung)) / 10;
  const [r, g, b] = from.map((f, i) => Math.round(f + (to[i] - f) * k));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Dark text on the light rungs, white on the dark ones: 4.5:1 either way. */
export const tensionInk = (rung: number): string => (rung <= 4 ? '#1d2a33' : '#ffffff');
