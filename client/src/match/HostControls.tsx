// The host's pacing controls during the match, from the controls table: pause, resume,
// more time, and end the phase now (asked twice, unless the other seats are all bots).
import { useState } from 'preact/hooks';
import type { ControlName } from '../../../shared/protocol/index.ts';
import { controlInPhase } from '../../../shared/protocol/controlList.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';

export function HostControls({ allowed, phase, paused, solo }: { allowed: readonly ControlName[]; phase: string; paused: boolean; solo: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const can = (c: ControlName) => allowed.includes(c) && controlInPhase(c, phase);
  const send = (command: ControlName, params?: Record<string, unknown>) => link.send('control', { command, ...(params ? { params } : {}) });
  const endNow = () => {
    setConfirming(false);
    send('endPhase');
  };
  // Ending planning early is only for online hosts who confirm; briefing and playback may be cut freely.
  const quick = solo || phase !== 'planning';
  return (
    <div class="host-controls" role="group" aria-label={t('match.host.label')}>
      {can('pause') && !paused ? (
        <button type="button" class="btn btn-small btn-on-dark" onClick={() => send('pause')}>
          {t('match.host.pause')}
        </button>
      ) : null}
      {can('resume') && paused ? (
        <button type="button" class="btn btn-small btn-on-dark" onClick={() => send('resume')}>
          {t('match.host.resume')}
        </button>
      ) : null}
      {can('extend') && phase === 'planning' ? (
        <button type="button" class="btn btn-small btn-on-dark" onClick={() => send('extend', { seconds: 60 })}>
          {t('match.host.extend')}
        </button>
      ) : null}
      {can('endPhase') && phase !== 'planning' ? (
        <button type="button" class="btn btn-small btn-on-dark" onClick={endNow} data-testid="continue">
          {t('match.host.continue')}
        </button>
      ) : null}
      {can('endPhase') && phase === 'planning' && !quick ? (
        confirming ? (
          <span class="confirm">
            <span>{t('match.host.endConfirm')}</span>
            <button type="button" class="btn btn-small btn-danger" onClick={endNow}>
              {t('common.yes')}
            </button>
            <button type="button" class="btn btn-small btn-on-dark" onClick={() => setConfirming(false)}>
              {t('common.no')}
            </button>
          </span>
        ) : (
          <button type="button" class="btn btn-small btn-on-dark" onClick={() => setConfirming(true)}>
            {t('match.host.endPlanning')}
          </button>
        )
      ) : null}
    </div>
  );
}
