// The start's warm-up plays class sessions in memory to their first resolution: each must
// get there (or the burst it prepares for would still find cold code), and nothing of it may
// show in the metrics an operator reads.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log.ts';
import { registry } from '../../server/metrics.ts';
import { warmUp } from '../../server/match/warmUp.ts';

/** The metrics a played week moves: messages in, refusals, resolutions. */
async function played(): Promise<string> {
  const text = await registry.metrics();
  return text
    .split('\n')
    .filter((l) => /^sahel_(messages_in_total|refusals_total|resolution_seconds_count)/.test(l))
    .join('\n');
}

describe('the warm-up', () => {
  it('plays every class session to its first resolution through the inbox, with nothing refused and nothing counted', async () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', pretty: false, write: (l) => lines.push(l) });
    const before = await played();
    expect(before).toContain('sahel_resolution_seconds_count');
    const done = await warmUp(log, 3);
    expect(done).toMatchObject({ classes: 3, resolved: 3, refused: 0 });
    expect(await played()).toBe(before);
    const events = lines.map((l) => JSON.parse(l) as { event: string });
    expect(events).toEqual([expect.objectContaining({ event: 'server.warmedUp', classes: 3, resolved: 3, refused: 0 })]);
  });

  it('plays none when told 0', async () => {
    const lines: string[] = [];
    const done = await warmUp(createLogger({ level: 'info', pretty: false, write: (l) => lines.push(l) }), 0);
    expect(done).toMatchObject({ classes: 0, resolved: 0, refused: 0 });
    expect(lines.map((l) => JSON.parse(l) as { event: string })).toEqual([expect.objectContaining({ event: 'server.warmedUp', classes: 0 })]);
  });
});
