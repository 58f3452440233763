// The expert bots in the browser, in English, French and Arabic: the level picker on the solo
// card, a short solo match against hard bots, and their reasoning on the end screen (what each
// expected of its orders, week by week), photographed at a laptop's and a phone's size.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addAnOrder, phase, shoot, SIZES, skipPlayback, watchConsole } from './support.ts';

type Tree = { [k: string]: string | Tree };
const words = (lang: string) => JSON.parse(readFileSync(`client/src/i18n/${lang}.json`, 'utf8')) as Tree;
const at = (tree: Tree, path: string) => path.split('.').reduce<Tree | string>((t, k) => (t as Tree)[k], tree) as string;
/** The fixed part of a sentence before its first placeholder. */
const lead = (s: string) => s.split('{{')[0].trim();

for (const lang of ['en', 'fr', 'ar'] as const) {
  test(`expert bots ${lang}: pick hard on the solo card, play, and read their reasoning at the end`, async ({ page }, testInfo) => {
    test.setTimeout(420_000);
    const w = words(lang);
    const watch = watchConsole(page, `expert-${lang}`);
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    const level = page.getByTestId('bot-level');
    await expect(level).toHaveValue('normal');
    // Every level is offered in the page's language.
    for (const l of ['basic', 'easy', 'normal', 'hard']) await expect(level.locator(`option[value="${l}"]`)).toHaveText(at(w, `common.botLevel.${l}`));
    await expect(page.locator('.solo-card')).toContainText(at(w, 'home.solo.level'));
    await level.selectOption('hard');
    await page.locator('.solo-card').scrollIntoViewIfNeeded();
    await shoot(page, testInfo, `expert-solo-card-${lang}`);

    await page.locator('.solo-card input[name="solo-role"][value="algeria"]').check();
    await page.getByTestId('solo-length').selectOption('4');
    await page.getByTestId('play-solo').click();
    await expect(page.getByTestId('map')).toBeVisible();

    let planned = 0;
    for (let guard = 0; guard < 16; guard++) {
      const state = phase(page).or(page.getByTestId('end-title'));
      await expect(state).toBeVisible({ timeout: 60_000 });
      if (await page.getByTestId('end-title').isVisible()) break;
      if (!(await page.locator('[data-testid="phase"].phase-planning').first().isVisible())) {
        await skipPlayback(page);
        const cont = page.getByTestId('continue');
        if (await cont.isVisible()) await cont.click().catch(() => undefined);
        await page.waitForTimeout(200);
        continue;
      }
      await expect(page.getByTestId('action-cards')).toBeVisible();
      await addAnOrder(page);
      await page.getByTestId('ready').click();
      // The hard bots think for a moment, then the week resolves.
      await expect(page.getByTestId('playback').or(page.getByTestId('end-title'))).toBeVisible({ timeout: 90_000 });
      await skipPlayback(page);
      planned++;
    }
    expect(planned).toBe(4);
    await expect(page.getByTestId('end-title')).toBeVisible({ timeout: 60_000 });

    const panel = page.getByTestId('debrief-bots');
    await expect(panel).toContainText(at(w, 'debrief.bots.title'));
    await expect(panel).toContainText(at(w, 'debrief.bots.level.hard'));
    await expect(page.getByTestId('bot-note').first()).toContainText(lead(at(w, 'debrief.bots.expected')));
    // Two bots a week, four weeks.
    await expect(page.getByTestId('bot-note')).toHaveCount(8);
    const axe = await new AxeBuilder({ page }).include('[data-testid="debrief-bots"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    for (const size of [SIZES[0], SIZES[2]]) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await panel.scrollIntoViewIfNeeded();
      await shoot(page, testInfo, `expert-reasoning-${lang}-${size.name}`);
    }
    watch.check();
  });
}

for (const lang of ['en', 'fr', 'ar'] as const) {
  test(`expert bots ${lang}: the host picks the bots' level in the lobby's match options`, async ({ page }, testInfo) => {
    const w = words(lang);
    const watch = watchConsole(page, `expert-lobby-${lang}`);
    await page.goto(`/?lang=${lang}`);
    await page.getByTestId('create-match').click();
    const panel = page.locator('.options-panel');
    await expect(panel).toContainText(at(w, 'lobby.options.botLevel'));
    const level = panel.getByTestId('bot-level');
    await expect(level).toHaveValue('basic');
    await level.selectOption('hard');
    // The server takes the change and the synced options come back with it.
    await expect(level).toHaveValue('hard');
    await expect(level.locator('option:checked')).toHaveText(at(w, 'common.botLevel.hard'));
    await page.reload();
    await expect(page.locator('.options-panel').getByTestId('bot-level')).toHaveValue('hard');
    await page.locator('.options-panel').scrollIntoViewIfNeeded();
    await shoot(page, testInfo, `expert-lobby-options-${lang}`);
    watch.check();
  });
}
