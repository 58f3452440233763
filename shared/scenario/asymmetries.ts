// Every way the roles differ, each with the fact that justifies it. Nothing here may
// settle the dispute itself: these are differences of size, geography and instruments,
// each reported by a listed source (shared/scenario/sources.ts), shown to players on request
// ("Why these numbers?" in the role briefing). docs/NEUTRALITY.md walks through them.
import type { PartyRole } from '../rules/types.ts';

export interface Asymmetry {
  id: string;
  /** The roles the difference concerns. */
  roles: readonly PartyRole[];
  /** Message key: what differs, and the fact behind it. */
  text: string;
  /** Ids of the sources that report the fact (shared/scenario/sources.ts); none for a choice of equality. */
  sources: readonly string[];
}

const ALL = ['algeria', 'mali', 'aes'] as const;
const SAHEL = ['mali', 'aes'] as const;
const a = (id: string, roles: readonly PartyRole[], ...sources: string[]): Asymmetry => ({ id, roles, text: `asymmetry.${id}`, sources });

export const ASYMMETRIES: readonly Asymmetry[] = [
  // Not a difference: standing abroad and support at home start level, because no source
  // measures them for these governments on a common scale.
  a('equalStanding', ALL),
  a('startSecurity', ALL, 'ecofin-2025-04-29', 'wikipedia-2024-07-29'),
  a('startEconomy', ALL, 'ecofin-2025-04-29', 'reuters-2025-07-23'),
  a('airDefence', ['algeria'], 'medialine-2025-04-02', 'reuters-2025-04-02'),
  a('droneMissions', ALL, 'reuters-2025-04-02', 'kaweru-2025-04-03', 'elkhabar-2025-04-07'),
  a('jointForce', SAHEL, 'trt-2025-01-22', 'amap-2025-12-20'),
  a('accusation', ALL, 'ap-2025-04-07', 'aantv-2025-04-08'),
  a('twoVoices', ALL, 'ap-2025-04-07', 'leral-2025-04-07'),
  a('publicAims', ALL, 'elkhabar-2025-04-07', 'leral-2025-04-07', 'trt-2025-01-22'),
  a('northernMovements', ['algeria', 'mali'], 'efe-2023-12-21', 'dw-2024-01-25'),
  a('bloc', SAHEL, 'topnewsafrica-2023-09-16', 'leral-2025-04-07'),
  a('energy', ['algeria', 'aes'], 'tamtaminfo-2026-01-27'),
  a('partners', ALL, 'algerie360-2025-10-15', 'dailyguide-2025-04-29', 'reuters-2025-07-23', 'afp-2021-08-26'),
];
