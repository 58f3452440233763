// The records failing under a running match, the same story for every way they can fail
// (a full disk, a read-only file, a failing driver, the database server stopped): changes
// made before the fault are acknowledged; the first change after it gets no reply until
// it is written, and nobody sees it meanwhile; everything after that is refused with
// `recordsUnavailable`, players are told, a new match is refused and readiness fails
// while liveness answers. Then either the fault clears (the held change is acknowledged
// and the match goes on by itself) or the process is killed while it lasts; either way,
// after a restart the records hold every acknowledged change and none of the others.
import { expect } from 'vitest';
import type { Order } from '../../shared/index.ts';
import type { MatchRecord } from '../../server/records/types.ts';
import type { TestClient } from './harness.ts';
import { FAST, startAndPlan, TestClient as Client } from './harness.ts';
import { healthNow } from './healthChecks.ts';

export interface FaultRig {
  url(): string;
  http(): string;
  inject(): Promise<void>;
  clear(): Promise<void>;
  /** The process dies now (SIGKILL, or a store that is abandoned as is). */
  crash(): Promise<void>;
  /** Start a process again on the records, if the rig runs processes (then players rejoin). */
  restart?(): Promise<void>;
  /** The whole record as a process starting on these records finds it (after crash() and restart()). */
  record(matchId: string): Promise<MatchRecord>;
}

const firm = (target: string): Order => ({ action: 'statement', target, option: 'firm' }) as Order;
const calm = (target: string): Order => ({ action: 'statement', target, option: 'conciliatory' }) as Order;

async function untilReady(http: string, status: number): Promise<void> {
  const end = Date.now() + 20_000;
  for (;;) {
    const h = await healthNow(http);
    if (h.readyz === status) return;
    if (Date.now() > end) throw new Error(`/readyz stayed ${h.readyz}, expected ${status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const lastDraft = (rec: MatchRecord, role: string) => rec.drafts.filter((d) => d.role === role).at(-1);

export async function storeFaultScenario(rig: FaultRig, ending: 'clears' | 'killed', clients: TestClient[]): Promise<void> {
  const host = await Client.create(rig.url(), 'algeria', { ...FAST, planningSeconds: 900, takeoverGraceSeconds: 600, role: 'algeria', nickname: 'Amina' });
  const mali = await Client.join(rig.url(), 'mali', host.code, { role: 'mali', nickname: 'Moussa' });
  clients.push(host, mali);
  await startAndPlan(host, [host, mali]);
  const matchId = host.welcome!.matchId;

  await host.must('draft.add', { order: firm('mali') });
  await host.must('chat.send', { to: 'public', text: 'before the fault' });
  expect(await healthNow(rig.http())).toEqual({ livez: 200, readyz: 200, healthz: 200 });

  await rig.inject();
  // Its write fails: no reply, and not even its sender sees it, until it is written.
  const held = host.request('draft.add', { order: calm('aes') });
  await Promise.all([host, mali].map((c) => c.until('the records-down notice', () => c.notices.some((n) => n.key === 'notice.recordsDown'))));
  expect(host.drafts.get('algeria')!.entries).toEqual([{ order: firm('mali') }]);
  const refusals = [
    await mali.refused('ready', { ready: true }),
    await host.refused('chat.send', { to: 'public', text: 'during the fault' }),
    await mali.refused('draft.add', { order: calm('algeria') }),
  ];
  for (const r of refusals) expect(r).toMatchObject({ code: 'recordsUnavailable', key: 'error.recordsUnavailable' });
  const created = await Client.create(rig.url(), 'newcomer', { ...FAST, role: 'algeria', nickname: 'Late' }).then(
    (c) => (clients.push(c), 'created'),
    (e: { message: string }) => e.message,
  );
  expect(created).toMatch(/^recordsUnavailable:/);
  expect(await healthNow(rig.http())).toEqual({ livez: 200, readyz: 503, healthz: 200 });
  let heldReply: Awaited<typeof held> | undefined;
  void held.then((r) => (heldReply = r)).catch(() => undefined);

  if (ending === 'clears') {
    await rig.clear();
    expect(await held).toEqual({ ok: true });
    await host.until('the records-back notice', () => host.notices.some((n) => n.key === 'notice.recordsBack'));
    await host.until('the held change', () => host.drafts.get('algeria')!.entries.length === 2);
    await untilReady(rig.http(), 200);
    await mali.must('ready', { ready: true });
    await host.must('chat.send', { to: 'public', text: 'after the fault' });
    await rig.crash();
  } else {
    await rig.crash();
    // Nothing came back for the held change before the crash.
    expect(heldReply).toBeUndefined();
    await rig.clear();
  }

  await rig.restart?.();
  const rec = await rig.record(matchId);
  const algeria = ending === 'clears' ? [{ order: firm('mali') }, { order: calm('aes') }] : [{ order: firm('mali') }];
  expect(lastDraft(rec, 'algeria')?.entries).toEqual(algeria);
  expect(lastDraft(rec, 'mali')?.ready ?? false).toBe(ending === 'clears');
  expect(rec.drafts.filter((d) => d.role === 'mali').flatMap((d) => d.entries)).toEqual([]);
  expect(rec.chat.map((m) => m.text)).toEqual(ending === 'clears' ? ['before the fault', 'after the fault'] : ['before the fault']);

  if (!rig.restart) return;
  for (const c of [host, mali]) {
    c.drafts.clear();
    c.chat.length = 0;
  }
  const tokens = [host, mali].map((c) => c.welcome!.seatToken);
  await host.rejoinWithToken(tokens[0], rig.url());
  await host.until('the restored draft', () => host.drafts.get('algeria') && host.chat.length > 0);
  expect(host.drafts.get('algeria')!.entries).toEqual(algeria);
  expect(host.seat('mali')).toMatchObject({ ready: ending === 'clears' });
  expect(host.chat.map((m) => m.text)).toEqual(rec.chat.map((m) => m.text));
  // And it plays on.
  await host.must('chat.send', { to: 'public', text: 'after the restart' });
}
