// What every browser test needs: a watch on console errors, screenshots of a screen at the
// three sizes the game supports, and waits on conditions rather than on the clock.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';

export const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'phone', width: 375, height: 667 },
] as const;

/** Screenshots are kept as test artefacts (and copied to $SHOTS_DIR when it is set). */
const SCREENS_DIR = join('test-results', 'screens');

/** Collects console errors and uncaught exceptions; `check()` fails the test if any came. */
export function watchConsole(page: Page, who: string): { check(): void; errors: string[] } {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`[${who}] console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`[${who}] page error: ${err.message}`));
  return {
    errors,
    check: () => expect(errors, errors.join('\n')).toEqual([]),
  };
}

export async function newPlayer(browser: Browser, who: string, viewport = { width: 1366, height: 768 }): Promise<{ context: BrowserContext; page: Page; console: ReturnType<typeof watchConsole> }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  return { context, page, console: watchConsole(page, who) };
}

/** Fonts loaded, two frames drawn, and the map's canvas (if shown) the size of its box. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  await page.waitForFunction(
    () => {
      const hosts = [...document.querySelectorAll<HTMLElement>('[data-testid="map"]')].filter((h) => h.offsetParent !== null && getComputedStyle(h).visibility !== 'hidden');
      return hosts.every((h) => {
        const c = h.querySelector('canvas');
        if (!c || h.dataset.ready !== 'true') return false;
        const r = h.getBoundingClientRect();
        const cr = c.getBoundingClientRect();
        return Math.abs(r.width - cr.width) < 2 && Math.abs(r.height - cr.height) < 2;
      });
    },
    undefined,
    { timeout: 30_000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export async function shoot(page: Page, testInfo: TestInfo, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  await settle(page);
  const size = page.viewportSize();
  const file = `${name}-${size?.width}x${size?.height}${opts.fullPage ? '-full' : ''}.png`;
  mkdirSync(SCREENS_DIR, { recursive: true });
  const path = join(SCREENS_DIR, file);
  await page.screenshot({ path, fullPage: opts.fullPage });
  if (process.env.SHOTS_DIR) {
    mkdirSync(process.env.SHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(process.env.SHOTS_DIR, file), fullPage: opts.fullPage });
  }
  await testInfo.attach(file, { path, contentType: 'image/png' });
}

/** The same screen at 1366×768, 1920×1080 and 375×667, back to the first size after. */
export async function shootAll(page: Page, testInfo: TestInfo, name: string, prepare?: (size: (typeof SIZES)[number]) => Promise<void>): Promise<void> {
  const before = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await prepare?.(size);
    await shoot(page, testInfo, name);
  }
  if (before) await page.setViewportSize(before);
  await settle(page);
}

export const phase = (page: Page) => page.getByTestId('phase');

/** The text of the week chip, e.g. "Week 2 of 4". */
export async function weekNumber(page: Page): Promise<number> {
  const text = (await page.getByTestId('week').textContent()) ?? '';
  return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
}

/** Adds the first order the cards allow (optionally of a given action) and waits for the draft to show it. */
export async function addAnOrder(page: Page, action?: string): Promise<void> {
  const drafted = page.getByTestId('draft-list').locator('li');
  const before = await drafted.count();
  // The cards redraw when the server's view or draft arrives: find the button afresh each try.
  await expect(async () => {
    if ((await drafted.count()) === before) {
      const button = action ? page.getByTestId(`card-${action}-add`) : page.locator('[data-testid^="card-"][data-testid$="-add"]:enabled').first();
      await button.click({ timeout: 5000 });
    }
    await expect(drafted).toHaveCount(before + 1, { timeout: 5000 });
  }).toPass({ timeout: 60_000 });
}

/** Ends a running playback, if one is on screen. */
export async function skipPlayback(page: Page): Promise<void> {
  const skip = page.getByTestId('skip-playback');
  if (await skip.isVisible()) await skip.click().catch(() => undefined);
}

/** On a narrow laptop the side column has tabs: open one. */
export async function openSide(page: Page, tab: 'orders' | 'talk'): Promise<void> {
  const t = page.locator(`#side-tab-${tab}`);
  if (await t.count()) await t.click();
}

export async function openTalk(page: Page, conversation: string): Promise<void> {
  await openSide(page, 'talk');
  await page.locator(`#talk-tab-${conversation}`).click();
}

/** Marks the team's orders ready; the last team to do so may see the week resolve (and the next begin) at once. */
export async function markReady(page: Page): Promise<void> {
  await openSide(page, 'orders');
  const week = await page.getByTestId('week').textContent();
  await page.getByTestId('ready').click();
  await expect
    .poll(
      async () =>
        (await page.getByTestId('ready').getAttribute('aria-pressed').catch(() => 'true')) === 'true' ||
        (await phase(page).textContent()) !== 'Planning' ||
        (await page.getByTestId('week').textContent()) !== week,
    )
    .toBe(true);
}

/**
 * A browser that taught a session, as client/src/classroom/teacherKeys.ts keeps it: the debrief
 * then shows the full record. Seeded once per browser, as the console would have saved it, so a
 * later page sees what the app left there.
 */
export async function teach(context: BrowserContext, s: { code: string; matchId: string; token: string }): Promise<void> {
  await context.addInitScript((x) => {
    if (localStorage.getItem('test.seeded')) return;
    localStorage.setItem('test.seeded', '1');
    localStorage.setItem('sahel.classes', JSON.stringify([{ ...x, at: Date.now() }]));
  }, s);
}
