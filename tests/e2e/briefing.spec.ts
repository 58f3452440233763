// The role briefing: a solo player sees it when the match begins, reads it with its sources and
// "Why these numbers?", closes it with Escape, opens it again from the bar; once per match.
import { expect, test } from '@playwright/test';
import { ASYMMETRIES } from '../../shared/scenario/asymmetries.ts';
import { SOURCES } from '../../shared/scenario/sources.ts';
import { phase, shoot, watchConsole } from './support.ts';

// The other browser tests start with the briefing turned off (playwright.config.ts); not this one.
test.use({ storageState: { cookies: [], origins: [] } });

test('briefing: a solo player reads the role briefing at the start and can open it again', async ({ browser, page }, testInfo) => {
  const consoleWatch = watchConsole(page, 'briefing');
  await page.goto('/');
  await page.getByRole('radio', { name: 'Mali' }).check();
  await page.getByTestId('solo-length').selectOption('4');
  await page.getByTestId('play-solo').click();
  await expect(page.getByTestId('map')).toBeVisible();

  // It opens by itself when the first week's planning begins: a labelled modal dialog.
  const dialog = page.getByRole('dialog', { name: /Your role briefing/ });
  await expect(dialog).toBeVisible({ timeout: 90_000 });
  await expect(phase(page)).toHaveText('Planning');
  // Modal: the match behind is inert and dimmed.
  expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
  await expect(dialog).toHaveAccessibleName(/Mali/);
  await expect(dialog.locator('[data-testid="briefing-role-mali"]')).toBeVisible();
  for (const title of ['Who you are', 'Your red lines', 'What you want']) await expect(dialog.getByRole('heading', { name: title })).toBeVisible();
  await expect(dialog).toContainText('Mali says its wreckage lay about 9.5 km inside Mali');
  // Every part names its sources, each a link with its outlet and date.
  const parts = dialog.locator('.briefing-part');
  await expect(parts).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const links = parts.nth(i).locator('.source-links a');
    expect(await links.count()).toBeGreaterThan(0);
    await expect(links.first()).toHaveText(/^.+, \w+ \d{1,2}, \d{4}$/);
    await expect(links.first()).toHaveAttribute('href', /^https?:\/\//);
    await expect(links.first()).toHaveAttribute('target', '_blank');
  }

  // "Why these numbers?": every asymmetry, those that concern Mali first, each with its sources.
  const why = dialog.getByTestId('briefing-why');
  await expect(why.getByRole('heading', { name: 'Why these numbers?' })).toBeVisible();
  const items = why.locator('.why-item');
  await expect(items).toHaveCount(ASYMMETRIES.length);
  if (ASYMMETRIES.length) {
    const mine = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-mine')));
    expect(mine.join(',')).toBe([...mine].sort((a, b) => (a === b ? 0 : a === 'true' ? -1 : 1)).join(','));
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-asymmetry')).sort())).toEqual(ASYMMETRIES.map((a) => a.id).sort());
    for (const a of ASYMMETRIES) {
      await expect(why.locator(`[data-asymmetry="${a.id}"] .why-text`)).not.toHaveText(/^asymmetry\./);
      await expect(why.locator(`[data-asymmetry="${a.id}"] .source-links a`)).toHaveCount(a.sources.filter((id) => SOURCES[id]).length);
    }
  } else {
    await expect(why).toContainText('No differences between the roles are listed yet.');
  }

  // The keyboard stays inside the dialog.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
  }

  // Readable on a laptop and on a phone.
  await page.evaluate(() => document.querySelector('.briefing-body')?.scrollTo(0, 0));
  await shoot(page, testInfo, 'briefing-open');
  await page.setViewportSize({ width: 375, height: 667 });
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(375);
  expect(box!.height).toBeLessThanOrEqual(667);
  await expect(dialog.getByTestId('briefing-done')).toBeInViewport();
  await shoot(page, testInfo, 'briefing-open');
  const whyTop = () => page.evaluate(() => document.getElementById('briefing-why-title')?.scrollIntoView({ block: 'start' }));
  await whyTop();
  await shoot(page, testInfo, 'briefing-why');
  await page.setViewportSize({ width: 1366, height: 768 });
  await whyTop();
  await shoot(page, testInfo, 'briefing-why');

  // Escape closes it; the bar's Briefing button opens it again, and its own button closes it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('action-cards')).toBeVisible();
  await page.getByTestId('open-briefing').click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('briefing-why')).toBeVisible();
  await dialog.getByTestId('briefing-done').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('open-briefing')).toBeFocused();

  // Once per match in this browser: back after a reload, the match goes on without it.
  await page.reload();
  await expect(phase(page)).toHaveText('Planning', { timeout: 60_000 });
  await expect(page.getByTestId('action-cards')).toBeVisible();
  await expect(page.getByTestId('briefing')).toHaveCount(0);

  // A spectator is given no briefing of its own, but may read every role's, one tab each.
  const watcher = await browser.newContext({ viewport: { width: 1366, height: 768 }, storageState: { cookies: [], origins: [] } });
  const spectator = await watcher.newPage();
  const spectatorConsole = watchConsole(spectator, 'spectator');
  await spectator.goto(page.url());
  await spectator.getByTestId('invite-watch').click();
  await expect(spectator.getByTestId('map')).toBeVisible();
  await expect(spectator.getByTestId('briefing')).toHaveCount(0);
  await spectator.getByTestId('open-briefing').click();
  const all = spectator.getByRole('dialog', { name: "The roles' briefings" });
  await expect(all).toBeVisible();
  const tabs = all.getByRole('tablist', { name: 'Roles' }).getByRole('tab');
  await expect(tabs).toHaveText(['Algeria', 'Mali', 'AES']);
  for (const role of ['algeria', 'mali', 'aes']) {
    await all.locator(`#briefing-tab-${role}`).click();
    await expect(all.getByTestId(`briefing-role-${role}`)).toBeVisible();
    await expect(all.getByTestId(`briefing-role-${role}`).locator('.briefing-part')).toHaveCount(3);
  }
  await spectator.keyboard.press('Escape');
  await expect(all).toBeHidden();
  spectatorConsole.check();
  await watcher.close();
  consoleWatch.check();
});
