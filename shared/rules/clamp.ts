export const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

/** Rounds to one decimal; never returns −0, which JSON would silently turn into 0. */
export const round1 = (v: number) => Math.round(v * 10) / 10 + 0;
