// Online: three players in three browsers play two weeks with a private message, an accepted
// proposal and orders; a spectator in a fourth sees the same public map and nothing private.
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { addAnOrder, markReady, newPlayer, openSide, openTalk, phase, shoot, shootAll, skipPlayback } from './support.ts';

const SECRET_CHAT = 'Quiet word from Algiers 4711';
const DEAL_NOTE = 'Both tone it down 9931';

async function takeRole(page: Page, role: string): Promise<void> {
  const seat = page.locator(`.seat[data-role="${role}"]`);
  await expect(seat).toBeVisible();
  const take = page.getByTestId(`take-${role}`);
  if (await take.isVisible()) await take.click();
  await expect(seat).toHaveClass(/seat-mine/);
}

/** Waits until this page plans week `week` (skipping playbacks, and as host moving briefings on). */
async function reachPlanning(page: Page, week: number, host = false): Promise<void> {
  await expect(async () => {
    await skipPlayback(page);
    const now = await phase(page).textContent({ timeout: 2000 });
    if (host && (now === 'Briefing' || now === 'Resolution')) await page.getByTestId('continue').click({ timeout: 2000 }).catch(() => undefined);
    expect(now).toBe('Planning');
    await expect(page.getByTestId('week')).toHaveText(`Week ${week} of 8`, { timeout: 1000 });
  }).toPass({ timeout: 90_000, intervals: [250, 500, 1000] });
}

test('online: three players and a spectator play two weeks', async ({ browser }, testInfo) => {
  const a = await newPlayer(browser, 'algeria');
  const b = await newPlayer(browser, 'mali');
  const c = await newPlayer(browser, 'aes');
  const d = await newPlayer(browser, 'spectator');
  // Everything the spectator's browser receives, to check that nothing private reaches it.
  const spectatorFrames: string[] = [];
  d.page.on('websocket', (ws) => ws.on('framereceived', (f) => spectatorFrames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));

  // A creates a match with a three-minute planning clock (everyone marks ready long before).
  await a.page.goto('/');
  await a.page.getByTestId('nickname').fill('Amina');
  await a.page.getByTestId('create-title').fill('E2E table');
  await a.page.getByTestId('create-planning').selectOption('180');
  await a.page.getByTestId('create-match').click();
  const code = ((await a.page.getByTestId('room-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^[A-Z2-9]{5}$/);
  await takeRole(a.page, 'algeria');
  await expect(a.page.getByTestId('invite-link')).toHaveValue(new RegExp(`/join/${code}$`));

  // B follows the invite link; C types the code; D finds it in the open matches and watches.
  await b.page.goto(`/join/${code}`);
  await b.page.getByTestId('invite-join').click();
  await takeRole(b.page, 'mali');
  await c.page.goto('/');
  await c.page.getByTestId('nickname').fill('Chaibou');
  await c.page.getByTestId('join-code').fill(code.toLowerCase());
  await c.page.getByTestId('join-submit').click();
  await takeRole(c.page, 'aes');
  await d.page.goto('/');
  await d.page.getByTestId(`watch-${code}`).click();
  await expect(d.page.getByText('You are watching', { exact: false }).first()).toBeVisible();

  await expect(a.page.locator('.seats .people li')).toHaveCount(3);
  await shootAll(a.page, testInfo, 'lobby-host');
  await shoot(b.page, testInfo, 'lobby-guest');
  await a.page.getByTestId('start-match').click();

  for (const [p, host] of [[a.page, true], [b.page, false], [c.page, false]] as const) await reachPlanning(p, 1, host);
  await expect(d.page.getByTestId('spectator-banner')).toBeVisible();

  // Week 1: a private message from Algeria to Mali.
  await openTalk(a.page, 'mali');
  await a.page.getByTestId('chat-input').fill(SECRET_CHAT);
  await a.page.getByTestId('chat-send').click();
  await expect(a.page.getByTestId('chat-list')).toContainText(SECRET_CHAT);
  await expect(b.page.locator('#talk-tab-algeria, #side-tab-talk').first()).toBeVisible();
  await openTalk(b.page, 'algeria');
  await expect(b.page.getByTestId('chat-list')).toContainText(SECRET_CHAT);
  await openTalk(c.page, 'algeria');
  await expect(c.page.getByTestId('chat-list')).not.toContainText(SECRET_CHAT);
  // The same conversation on a phone.
  await b.page.setViewportSize({ width: 375, height: 667 });
  await b.page.locator('#phone-tab-talk').click();
  await expect(b.page.getByTestId('chat-list')).toContainText(SECRET_CHAT);
  await shoot(b.page, testInfo, 'online-talk-phone');
  await b.page.setViewportSize({ width: 1366, height: 768 });

  // A proposal from Algeria to Mali: both make a conciliatory statement about the other.
  await openTalk(a.page, 'deals');
  await a.page.getByTestId('new-proposal').click();
  await a.page.getByTestId('deal-to').selectOption('mali');
  await a.page.getByTestId('deal-give-select').selectOption('statement|mali|conciliatory');
  await a.page.getByTestId('deal-give-add').click();
  await a.page.getByTestId('deal-get-select').selectOption('statement|algeria|conciliatory');
  await a.page.getByTestId('deal-get-add').click();
  await a.page.getByTestId('deal-note').fill(DEAL_NOTE);
  await shoot(a.page, testInfo, 'online-proposal-form');
  await a.page.getByTestId('deal-send').click();
  await expect(a.page.locator('[data-proposal="1"]')).toHaveAttribute('data-status', 'pending');
  await openTalk(b.page, 'deals');
  await expect(b.page.locator('[data-proposal="1"]')).toContainText(DEAL_NOTE);
  await b.page.getByTestId('accept-1').click();
  await expect(b.page.locator('[data-proposal="1"]')).toHaveAttribute('data-status', 'accepted');
  await expect(a.page.locator('[data-proposal="1"]')).toHaveAttribute('data-status', 'accepted');
  await shoot(b.page, testInfo, 'online-deal-accepted');

  // The deal's orders are in both drafts; each adds one more order of its own.
  await openSide(a.page, 'orders');
  await expect(a.page.getByTestId('draft-list')).toContainText('Public statement → Mali (conciliatory)');
  await openSide(b.page, 'orders');
  await expect(b.page.getByTestId('draft-list')).toContainText('Public statement → Algeria (conciliatory)');
  await addAnOrder(a.page, 'publishEvidence');
  await addAnOrder(b.page);
  await openSide(c.page, 'orders');
  await addAnOrder(c.page);
  await shootAll(b.page, testInfo, 'online-planning-mali');
  await shootAll(d.page, testInfo, 'online-spectator-planning');

  // The spectator sees the same public map, and none of the private data.
  await expect.poll(async () => (await d.page.getByTestId('map').getAttribute('data-view')) ?? 'none').toBe((await a.page.getByTestId('map').getAttribute('data-view')) ?? 'a');
  await expect(d.page.getByTestId('orders-panel')).toHaveCount(0);
  await expect(d.page.getByTestId('secret-objective')).toHaveCount(0);

  await markReady(a.page);
  await markReady(c.page);
  await expect(a.page.locator('.ready-roster li[data-role="aes"]')).toHaveAttribute('data-ready', 'true');
  await markReady(b.page);

  // The week resolves for everyone; the spectator watches the playback.
  await expect(d.page.getByTestId('playback')).toBeVisible({ timeout: 60_000 });
  await expect(d.page.getByTestId('playback').locator('.playback-text')).not.toHaveText(/about to play/);
  await shoot(d.page, testInfo, 'online-spectator-playback');
  await skipPlayback(d.page);

  // Week 2: orders and ready again.
  for (const [p, host] of [[a.page, true], [b.page, false], [c.page, false]] as const) await reachPlanning(p, 2, host);
  await expect(b.page.getByTestId('news').locator('[data-week="1"]')).toContainText('Algeria makes a conciliatory statement about Mali');
  for (const p of [a.page, b.page, c.page]) {
    await openSide(p, 'orders');
    await expect(p.getByTestId('draft-empty')).toBeVisible();
    await addAnOrder(p);
    await markReady(p);
  }
  for (const [p, host] of [[a.page, true], [b.page, false], [c.page, false]] as const) await reachPlanning(p, 3, host);
  await expect(d.page.getByTestId('news').locator('[data-week="2"]')).toBeVisible();
  await skipPlayback(d.page);
  await skipPlayback(a.page);
  await expect.poll(async () => (await d.page.getByTestId('map').getAttribute('data-view')) ?? 'none', { timeout: 30_000 }).toBe((await a.page.getByTestId('map').getAttribute('data-view')) ?? 'a');
  await expect(d.page.getByTestId('week')).toHaveText('Week 3 of 8');

  // Nothing private reached the spectator, on screen or on the wire.
  const seen = await d.page.locator('body').innerText();
  expect(seen).not.toContain(SECRET_CHAT);
  expect(seen).not.toContain(DEAL_NOTE);
  expect(spectatorFrames.length).toBeGreaterThan(10);
  expect(spectatorFrames.some((f) => f.includes(SECRET_CHAT) || f.includes(DEAL_NOTE))).toBe(false);
  // Whereas the players concerned did get them.
  expect(await b.page.locator('body').innerText()).toContain('Public statement');

  await shoot(a.page, testInfo, 'online-week3-algeria');
  for (const p of [a, b, c, d]) p.console.check();
  for (const p of [a, b, c, d]) await p.context.close();
});
