// The server's clock as seen from here. A phase's deadline is set to "server now + its
// length" when it starts, so a phase change seen live tells how far the two clocks differ.
let skewMs = 0;

const PHASE_SECONDS: Record<string, 'briefingSeconds' | 'planningSeconds' | 'resolutionSeconds'> = {
  briefing: 'briefingSeconds',
  planning: 'planningSeconds',
  resolution: 'resolutionSeconds',
};

export function notePhaseStart(phase: string, deadline: number, options: Record<string, unknown> | undefined): void {
  const key = PHASE_SECONDS[phase];
  const seconds = key && options ? Number(options[key]) : NaN;
  if (!deadline || !Number.isFinite(seconds)) return;
  const skew = deadline - seconds * 1000 - Date.now();
  // Only believe it within reason (a few seconds of network delay are part of it).
  if (Math.abs(skew) < 12 * 3600 * 1000) skewMs = skew;
}

/** Now on the server's clock, as well as we know it. */
export const serverNow = (): number => Date.now() + skewMs;
