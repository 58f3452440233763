// The server's clock as seen from here. A phase's deadline is set to "server now + its
// length" when it starts, so a phase change seen live tells how far the two clocks differ.
import type { SyncedOptions } from '../../../shared/protocol/index.ts';
import { phaseSeconds } from '../../../shared/protocol/index.ts';

let skewMs = 0;

export function notePhaseStart(phase: string, deadline: number, options: SyncedOptions | undefined): void {
  const seconds = options ? (phaseSeconds(options, phase) ?? NaN) : NaN;
  if (!deadline || !Number.isFinite(seconds)) return;
  const skew = deadline - seconds * 1000 - Date.now();
  // Only believe it within reason (a few seconds of network delay are part of it).
  if (Math.abs(skew) < 12 * 3600 * 1000) skewMs = skew;
}

/** Now on the server's clock, as well as we know it. */
export const serverNow = (): number => Date.now() + skewMs;
