// A refresh during planning keeps the seat and the team's draft, without asking anything.
import { expect, test } from '@playwright/test';
import { addAnOrder, phase, shoot, watchConsole } from './support.ts';

test('refresh during planning keeps the seat and the draft', async ({ page }, testInfo) => {
  const consoleWatch = watchConsole(page, 'refresh');
  await page.goto('/');
  await page.getByRole('radio', { name: 'Algeria' }).check();
  await page.getByTestId('play-solo').click();
  await expect(page.locator('.bar-you .role-badge')).toHaveText('Algeria');
  await expect(async () => {
    const cont = page.getByTestId('continue');
    if (await cont.isVisible()) await cont.click({ timeout: 2000 }).catch(() => undefined);
    await expect(phase(page)).toHaveText('Planning', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });

  await addAnOrder(page, 'publishEvidence');
  await addAnOrder(page, 'reinforceBorder');
  const drafted = await page.getByTestId('draft-list').locator('li .draft-order').allTextContents();
  expect(drafted).toHaveLength(2);
  const url = page.url();
  expect(url).toMatch(/\/join\/[A-Z2-9]{5}$/);
  const code = await page.locator('.bar-code').textContent();

  await page.reload();
  // Back in the same match, same role, same draft: no home page, no question.
  await expect(page.getByTestId('map')).toBeVisible();
  await expect(page.locator('.bar-you .role-badge')).toHaveText('Algeria');
  await expect(page.locator('.bar-code')).toHaveText(code ?? '');
  await expect(phase(page)).toHaveText('Planning');
  await expect(page.getByTestId('draft-list').locator('li .draft-order')).toHaveText(drafted);
  await expect(page.getByTestId('play-solo')).toHaveCount(0);
  expect(page.url()).toBe(url);
  await shoot(page, testInfo, 'refresh-after');

  // And it still plays: the draft can be changed and the week resolved.
  await page.getByTestId('ready').click();
  await expect(page.getByTestId('week')).not.toHaveText('Week 1 of 8', { timeout: 60_000 });
  consoleWatch.check();
});

test('a dropped connection comes back to the same seat by itself', async ({ page }, testInfo) => {
  const consoleWatch = watchConsole(page, 'drop');
  // Keep a handle on the page's WebSockets so the test can cut them like a failing network.
  await page.addInitScript(() => {
    const Native = window.WebSocket;
    const sockets: WebSocket[] = [];
    (window as unknown as { __cut: () => number }).__cut = () => {
      const open = sockets.filter((s) => s.readyState === Native.OPEN && !s.url.includes('/lobby'));
      for (const s of open) s.close();
      return open.length;
    };
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        sockets.push(this);
      }
    } as typeof WebSocket;
  });
  await page.goto('/');
  await page.getByRole('radio', { name: 'AES' }).check();
  await page.getByTestId('play-solo').click();
  await expect(page.locator('.bar-you .role-badge')).toHaveText('AES');
  await expect(async () => {
    const cont = page.getByTestId('continue');
    if (await cont.isVisible()) await cont.click({ timeout: 2000 }).catch(() => undefined);
    await expect(phase(page)).toHaveText('Planning', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await addAnOrder(page, 'counterTerror');

  expect(await page.evaluate(() => (window as unknown as { __cut: () => number }).__cut())).toBeGreaterThan(0);
  // Colyseus' reconnection brings the same session back; the page never asks anything.
  await expect(page.getByTestId('reconnecting')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('.conn-overlay')).toHaveCount(0);
  await expect(page.locator('.bar-you .role-badge')).toHaveText('AES');
  await expect(page.getByTestId('draft-list')).toContainText('Counter-terrorism operation');
  // The AES declares solidarity (evidence on the drone is Algeria's and Mali's to publish).
  await addAnOrder(page, 'blocSolidarity');
  await shoot(page, testInfo, 'after-drop');
  consoleWatch.check();
});
