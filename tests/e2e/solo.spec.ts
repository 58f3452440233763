// Solo: from the home page, a whole match against bots, to the end screen.
import { expect, test } from '@playwright/test';
import { addAnOrder, phase, shoot, shootAll, SIZES, skipPlayback, watchConsole } from './support.ts';

test('solo: a newcomer plays a whole match against bots from the home page', async ({ page }, testInfo) => {
  const consoleWatch = watchConsole(page, 'solo');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Play solo against bots' })).toBeVisible();
  // The opponents are the expert at the normal level unless the player picks another.
  await expect(page.getByTestId('bot-level')).toHaveValue('normal');
  await shootAll(page, testInfo, 'home');

  await page.getByRole('radio', { name: 'Mali' }).check();
  await page.getByTestId('solo-length').selectOption('4');
  await page.getByTestId('play-solo').click();

  // Straight into the match: the lobby is skipped, bots take the other roles.
  await expect(page.getByTestId('map')).toBeVisible();
  await expect(page).toHaveURL(/\/join\/[A-Z2-9]{5}$/);
  await expect(page.locator('.bar-you .role-badge')).toHaveText('Mali');

  // Each week at another size, so that the playback is seen on a laptop, a projector and a phone.
  const sizes = [SIZES[0], SIZES[1], SIZES[2], SIZES[0]];
  let planned = 0;
  for (let guard = 0; guard < 16; guard++) {
    const state = phase(page).or(page.getByTestId('end-title'));
    await expect(state).toBeVisible();
    if (await page.getByTestId('end-title').isVisible()) break;
    const now = await phase(page).textContent();
    if (now === 'Briefing' || now === 'Resolution') {
      // The host of a solo match may move on at once.
      await skipPlayback(page);
      const cont = page.getByTestId('continue');
      if (await cont.isVisible()) await cont.click().catch(() => undefined);
      await expect(state).not.toHaveText(now ?? '', { timeout: 60_000 });
      continue;
    }
    const size = sizes[Math.min(planned, sizes.length - 1)];
    await page.setViewportSize({ width: size.width, height: size.height });
    if (size.name === 'phone') await page.locator('#phone-tab-orders').click();
    await expect(page.getByTestId('action-cards')).toBeVisible();
    await addAnOrder(page);
    if (planned === 0) {
      await expect(page.getByTestId('secret-objective')).toBeVisible();
      await shootAll(page, testInfo, 'solo-planning');
    }
    await page.getByTestId('ready').click();
    // The bots decide within moments: the week resolves once we and they are ready, and its news play on the map.
    const playback = page.getByTestId('playback');
    await expect(playback.or(page.getByTestId('end-title'))).toBeVisible({ timeout: 60_000 });
    if (await playback.isVisible()) {
      await expect(playback.locator('.playback-text')).not.toHaveText(/about to play/);
      await shoot(page, testInfo, `solo-playback-week${planned + 1}`);
    }
    await skipPlayback(page);
    planned++;
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  expect(planned).toBe(4);

  await expect(page.getByTestId('end-title')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('scores').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('secrets').locator('li')).toHaveCount(3);
  await expect(page.getByTestId('timeline').locator('li.week')).not.toHaveCount(0);
  // Every order of every week is revealed, bots' included.
  await expect(page.getByTestId('timeline')).toContainText('Mali');
  // The expert bots explain what they expected of their orders, week by week.
  await expect(page.getByTestId('debrief-bots')).toContainText('What the bots expected');
  await expect(page.getByTestId('bot-note').first()).toContainText('expected final score');
  await shootAll(page, testInfo, 'solo-end');
  await shoot(page, testInfo, 'solo-end', { fullPage: true });
  await expect(page.getByTestId('rematch')).toBeVisible();
  await page.getByTestId('back-home').click();
  await expect(page.getByTestId('play-solo')).toBeVisible();
  consoleWatch.check();
});
