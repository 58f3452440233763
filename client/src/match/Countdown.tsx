// The time left in the phase, from the server's deadline (or what was left when paused).
import { useEffect, useState } from 'preact/hooks';
import { formatClock, t } from '../i18n/index.ts';
import { serverNow } from '../state/clock.ts';

export function Countdown({ deadline, paused, remaining }: { deadline: number; paused: boolean; remaining: number }) {
  const [now, setNow] = useState(serverNow());
  useEffect(() => {
    if (paused || !deadline) return;
    setNow(serverNow());
    const id = setInterval(() => setNow(serverNow()), 250);
    return () => clearInterval(id);
  }, [deadline, paused]);
  if (paused) {
    return (
      <span class="countdown countdown-paused" data-testid="countdown">
        {t('match.clock.paused', { time: formatClock(remaining) })}
      </span>
    );
  }
  if (!deadline) return null;
  const left = Math.max(0, deadline - now);
  const low = left < 30_000;
  return (
    <span class={`countdown${low ? ' countdown-low' : ''}`} role="timer" aria-live="off" data-testid="countdown">
      {t('match.clock.left', { time: formatClock(left) })}
    </span>
  );
}
