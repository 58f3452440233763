// The debrief of a finished class session: the chat transcript as the public and as the
// teacher read it, the print view, and deleting the record from the teacher's browser
// (refused while the match is played, a network failure, cancel, then done).
import { Client } from 'colyseus.js';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { Welcome } from '../../shared/protocol/index.ts';
import { playRecordedClass } from './recordedClass.ts';
import type { RecordedClass } from './recordedClass.ts';
import { shootAll, teach, watchConsole } from './support.ts';

async function openDebrief(page: Page, matchId: string): Promise<void> {
  await page.goto(`/debrief/${matchId}`);
  await expect(page.getByTestId('debrief-title')).toBeVisible();
}

/** The browser logs every failed request as a console error: take out the one a step expects, and only that one. */
async function expectedFailure(watch: ReturnType<typeof watchConsole>, what: RegExp): Promise<void> {
  const at = () => watch.errors.findIndex((e) => e.includes('Failed to load resource') && what.test(e));
  await expect.poll(at).toBeGreaterThanOrEqual(0);
  watch.errors.splice(at(), 1);
}

let played: RecordedClass;

test.beforeAll(async ({ baseURL }) => {
  played = await playRecordedClass(baseURL!);
});

test('debrief: the public reads the public statements only, and nothing to delete', async ({ page }, testInfo) => {
  const watch = watchConsole(page, 'public');
  await openDebrief(page, played.matchId);
  const chat = page.getByTestId('debrief-chat');
  await expect(chat).toContainText('Public statements only');
  for (const text of played.said.public) await expect(chat).toContainText(text);
  for (const text of [...played.said.team, ...played.said.pair]) await expect(chat).not.toContainText(text);
  await expect(chat.locator('[data-part="before"]')).toContainText('Hello from the Algerian delegation');
  await expect(chat.locator('[data-part="after"]')).toContainText('thank you all');
  await expect(page.getByTestId('delete-record')).toHaveCount(0);
  await shootAll(page, testInfo, 'debrief-public');
  watch.check();
});

test('debrief: the teacher reads every channel, prints, and deletes the record', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await teach(context, { code: played.code, matchId: played.matchId, token: played.teacherToken });
  const page = await context.newPage();
  const watch = watchConsole(page, 'teacher');
  await openDebrief(page, played.matchId);
  const chat = page.getByTestId('debrief-chat');
  for (const text of [...played.said.public, ...played.said.team, ...played.said.pair]) await expect(chat).toContainText(text);
  const week1 = chat.locator('[data-part="week-1"]');
  await expect(week1.locator('[data-channel="team:algeria"] h4')).toContainText('Team · Algeria');
  await expect(week1.locator('[data-channel="pair:algeria-mali"] h4')).toContainText('Private · Algeria – Mali');
  await expect(week1.locator('[data-channel="pair:algeria-mali"]')).toContainText('Mali');
  await shootAll(page, testInfo, 'debrief-teacher');

  // On paper: no bar, no buttons, every part of the transcript open.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.bar')).toBeHidden();
  await expect(page.getByTestId('delete-record')).toBeHidden();
  await expect(page.getByTestId('export-csv')).toBeHidden();
  await expect(chat.locator('[data-part="week-4"]')).toContainText(played.said.pair.at(-1)!);
  await page.emulateMedia({ media: 'screen' });

  // A failed request says so and deletes nothing.
  await page.route('**/api/records/*', (route) => (route.request().method() === 'DELETE' ? route.abort('connectionrefused') : route.fallback()));
  await page.getByTestId('delete-record').click();
  await expect(page.getByTestId('confirm-question')).toContainText(played.code);
  await page.getByTestId('confirm-yes').click();
  await expect(page.getByTestId('delete-error')).toContainText('could not be reached');
  await expectedFailure(watch, /ERR_CONNECTION_REFUSED/);
  await page.unroute('**/api/records/*');

  // Cancel steps back; then the real thing.
  await page.getByTestId('delete-record').click();
  await page.getByTestId('confirm-no').click();
  await expect(page.getByTestId('confirm-dialog')).toHaveCount(0);
  await expect(page.getByTestId('debrief-title')).toBeVisible();
  await page.getByTestId('delete-record').click();
  await page.getByTestId('confirm-yes').click();
  await expect(page.getByTestId('record-deleted')).toContainText(`The record of match ${played.code} is deleted`);
  await expect(page.getByTestId('record-deleted')).toBeFocused();
  await expect(page.getByTestId('print')).toHaveCount(0);
  await page.getByTestId('deleted-home').click();
  await expect(page).toHaveURL(/\/$/);
  // The home page no longer offers this session's console or debrief.
  await expect(page.getByTestId('new-class-session')).toBeVisible();
  await expect(page.locator('.class-recent-list li', { hasText: played.code })).toHaveCount(0);

  await page.goto(`/debrief/${played.matchId}`);
  await expect(page.getByRole('alert')).toContainText('There is no recorded match with this id');
  await expectedFailure(watch, /status of 404/);
  watch.check();
  await context.close();
});

test('debrief: a match still being played cannot be deleted', async ({ browser, baseURL }) => {
  // A class session in its lobby, then started by its teacher (bots hold every role) and left running.
  const room = await new Client(baseURL!.replace(/^http/, 'ws')).create('match', { classroom: true, bots: true, briefingSeconds: 0, planningSeconds: 600 });
  const welcome = await new Promise<Welcome>((resolve) => room.onMessage('*', (type, payload) => type === 'welcome' && resolve(payload as Welcome)));
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await teach(context, { code: room.roomId, matchId: welcome.matchId, token: welcome.teacherToken! });
  const page = await context.newPage();
  const watch = watchConsole(page, 'teacher-live');

  await page.goto(`/debrief/${welcome.matchId}`);
  await expect(page.getByText('This match never started')).toBeVisible();
  await expect(page.getByTestId('delete-record')).toBeVisible();

  const started = new Promise<void>((resolve) => room.onStateChange((s: { phase?: string }) => s.phase === 'planning' && resolve()));
  room.send('control', { command: 'start' });
  await started;
  await page.reload();
  await expect(page.getByTestId('debrief-chat')).toContainText('Nothing was written');
  await page.getByTestId('delete-record').click();
  await page.getByTestId('confirm-yes').click();
  await expect(page.getByTestId('delete-error')).toContainText('still being played');
  await expectedFailure(watch, /status of 409/);
  watch.check();
  await context.close();
  await room.leave(true);
});
