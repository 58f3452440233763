// Keyboard only: from the home page to a drafted order and a ready team, with the focus visible.
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { phase, shoot, watchConsole } from './support.ts';

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');

/** Presses Tab (or Shift+Tab) until the focused element matches, within a limit. */
async function tabTo(page: Page, wanted: (id: string) => boolean, back = false, limit = 250): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const id = await focused(page);
    const enabled = await page.evaluate(() => !(document.activeElement as HTMLButtonElement | null)?.disabled);
    if (wanted(id) && enabled) return id;
  }
  throw new Error('focus never reached the control');
}

test('keyboard: a whole week is playable without a mouse, with a visible focus', async ({ page }, testInfo) => {
  const consoleWatch = watchConsole(page, 'keyboard');
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await tabTo(page, (id) => id === 'play-solo');
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  await shoot(page, testInfo, 'keyboard-focus-home');
  await page.keyboard.press('Enter');

  await expect(phase(page)).toHaveText('Planning', { timeout: 60_000 });
  await tabTo(page, (id) => id.startsWith('card-') && id.endsWith('-add'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('draft-list').locator('li')).toHaveCount(1);
  await tabTo(page, (id) => id === 'ready', true);
  await shoot(page, testInfo, 'keyboard-focus-ready');
  await page.keyboard.press('Space');
  await expect(phase(page)).not.toHaveText('Planning', { timeout: 60_000 });
  // The playback can be skipped with Escape.
  if (await page.getByTestId('playback').isVisible()) {
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('playback')).toBeHidden();
  }
  consoleWatch.check();
});
