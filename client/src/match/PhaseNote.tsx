// One line under the map saying what the phase asks of the player.
import { t } from '../i18n/index.ts';

export function PhaseNote({ phase, spectator, week }: { phase: string; spectator: boolean; week: number }) {
  const key = spectator ? `phaseNote.spectator.${phase}` : `phaseNote.${phase}`;
  return (
    <p class="phase-note" role="status" data-testid="phase-note">
      {t(key, { turn: week })}
    </p>
  );
}
