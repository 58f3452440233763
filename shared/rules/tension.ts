// The escalation ladder: each whole step of tension has a name.
export const TENSION_RUNGS = [
  'normal',
  'protestNotes',
  'ambassadorSummoned',
  'ambassadorsRecalled',
  'economicMeasures',
  'legalAction',
  'militaryBuildUp',
  'borderIncidents',
  'armedSkirmish',
  'limitedConflict',
  'openConflict',
] as const;

export type TensionRung = (typeof TENSION_RUNGS)[number];

export function tensionRung(tension: number): TensionRung {
  return TENSION_RUNGS[Math.max(0, Math.min(10, Math.floor(tension)))];
}
