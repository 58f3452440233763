// French and Arabic in the browser: a solo week, a class session's console and projector, and
// the debrief of a finished match, each in `fr` and in `ar`. Every screen is checked for
// English words left over from the English resources, text overflowing its box (at 1366×768
// and 375×667), axe-core's WCAG 2.2 A/AA rules, and `<html lang dir>`; every Arabic screen is
// photographed at the three sizes (test-results/lang-shots/).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from '@playwright/test';
import QRCode from 'qrcode';
import { playRecordedClass } from './recordedClass.ts';
import type { RecordedClass } from './recordedClass.ts';
import { addAnOrder, newPlayer, settle, SIZES, skipPlayback, teach, watchConsole } from './support.ts';

type Lang = 'fr' | 'ar';
const LANGS: Lang[] = ['fr', 'ar'];
const SHOTS = join('test-results', 'lang-shots');
const CHECKED_SIZES = [SIZES[0], SIZES[2]];

// ---------------------------------------------------------------- the words of each language

type Tree = { [k: string]: string | Tree };
const readJson = (path: string): Tree => JSON.parse(readFileSync(path, 'utf8')) as Tree;
function values(tree: Tree, out: string[] = []): string[] {
  for (const v of Object.values(tree)) typeof v === 'string' ? out.push(v) : values(v, out);
  return out;
}
const resources = (lang: string) => [...values(readJson(`client/src/i18n/${lang}.json`)), ...values(readJson(`shared/i18n/${lang}.json`))];

/**
 * The English phrases a page in `lang` must not show: the English strings (their parts between
 * placeholders) that the language's own files do not also use. A single word counts when it is
 * a real word (4 letters or more, not an acronym, a code or a number).
 */
function englishLeftovers(lang: Lang): string[] {
  const own = new Set(resources(lang).map((s) => s.trim()));
  const ownText = resources(lang).join('\n');
  const phrases = new Set<string>();
  for (const s of resources('en')) {
    if (own.has(s.trim())) continue;
    for (const raw of s.split(/\{\{[^}]*\}\}|<[^>]*>|\$t\([^)]*\)/)) {
      const part = raw.replace(/^[\s.,:;!?()"'“”‘’·–—-]+|[\s.,:;!?()"'“”‘’·–—-]+$/g, '');
      if (!/[A-Za-z]/.test(part)) continue;
      const words = part.split(/\s+/);
      if (words.length === 1 && (part.length < 4 || /^[A-Z0-9\-]+$/.test(part) || /\d/.test(part))) continue;
      if (ownText.includes(part)) continue;
      phrases.add(part);
    }
  }
  return [...phrases];
}

// ---------------------------------------------------------------- what a page shows

/** The visible text of the page and its visible labels, titles and placeholders (user content left out). */
async function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Cited sources keep their own titles and publications' names (bibliographic data, not the game's words).
    const skip = 'a[href^="http"], [data-testid="language"], .chat-text, .transcript-text, .student-name, canvas, script, style, [data-user-content]';
    const out: string[] = [];
    const who = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skip) || !n.textContent?.trim()) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      out.push(`${n.textContent.trim()}\u0000${who(el)}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder], img[alt]')) {
      if (el.closest(skip) || !el.checkVisibility()) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v) out.push(`${v}\u0000${who(el)}@${a}`);
      }
    }
    for (const el of document.querySelectorAll<HTMLInputElement>('input[type="submit"], input[type="button"]')) if (el.checkVisibility()) out.push(`${el.value}\u0000${who(el)}`);
    return out;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function englishOnPage(page: Page, lang: Lang, ignore: string[]): Promise<string[]> {
  const entries = (await visibleText(page)).map((e) => {
    let [text, where] = e.split('\u0000');
    for (const i of ignore) text = text.split(i).join(' ');
    return { text, where };
  });
  const found: { phrase: string; at: string }[] = [];
  for (const phrase of englishLeftovers(lang)) {
    const re = new RegExp(`(^|[^\\p{L}])${escape(phrase)}($|[^\\p{L}])`, 'u');
    const hit = entries.find((e) => re.test(e.text));
    if (hit) found.push({ phrase, at: `${hit.where}: ${hit.text.slice(0, 80)}` });
  }
  // A longer phrase found makes its own words redundant.
  return found.filter((p) => !found.some((q) => q !== p && q.phrase.includes(p.phrase))).map((f) => `"${f.phrase}" in ${f.at}`);
}

/** Elements whose text is cut by their box, or that reach past the sides of the screen. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const id = el.getAttribute('data-testid') ?? el.id;
      const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
      return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}${cls ? `.${cls}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    };
    const scrolls = (el: Element | null): boolean => {
      for (let p = el?.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('canvas, [data-testid="map"], .visually-hidden, svg') || !el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 2 || r.height <= 2) continue;
      const cs = getComputedStyle(el);
      const clips = ['hidden', 'clip'].includes(cs.overflowX) || ['hidden', 'clip'].includes(cs.overflow);
      if (clips && el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim()) out.push(`clipped ${el.scrollWidth}>${el.clientWidth}: ${describe(el)}`);
      else if ((r.right > vw + 1 || r.left < -1) && cs.position !== 'fixed' && !scrolls(el)) out.push(`off-screen [${Math.round(r.left)}, ${Math.round(r.right)}] of ${vw}: ${describe(el)}`);
    }
    // Report the outermost element of a run only.
    return out.slice(0, 20);
  });
}

// ---------------------------------------------------------------- one screen, checked

interface Screen {
  page: Page;
  lang: Lang;
  name: string;
  testInfo: TestInfo;
  /** Text the page may show as it is (names and words users typed). */
  ignore?: string[];
  /** Before a size is checked (a phone's tab, say). */
  prepare?: (size: { name: string; width: number; height: number }) => Promise<void>;
}

async function checkScreen({ page, lang, name, testInfo, ignore = [], prepare }: Screen): Promise<void> {
  const before = page.viewportSize();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  const sizes = lang === 'ar' ? SIZES : CHECKED_SIZES;
  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await prepare?.(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    const where = `${lang} ${name} ${size.width}×${size.height}`;
    if (size.name !== 'projector') {
      expect.soft(await englishOnPage(page, lang, ignore), `${where}: English left on screen`).toEqual([]);
      expect.soft(await overflowing(page), `${where}: text overflowing`).toEqual([]);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).exclude('canvas').analyze();
      const violations = axe.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
      expect.soft(violations, `${where}: axe WCAG 2.2 A/AA`).toEqual([]);
    }
    if (lang === 'ar') {
      mkdirSync(SHOTS, { recursive: true });
      const file = `${name}-ar-${size.width}x${size.height}.png`;
      await page.screenshot({ path: join(SHOTS, file) });
      await testInfo.attach(file, { path: join(SHOTS, file), contentType: 'image/png' });
    }
  }
  if (before) await page.setViewportSize(before);
  await settle(page);
}

const other = (lang: Lang): Lang => (lang === 'fr' ? 'ar' : 'fr');
/** Digits as any of the languages writes them (Latin or Arabic-Indic). */
const digits = (s: string) => Number(s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).match(/\d+/)?.[0] ?? NaN);
const atPhase = (page: Page, phase: string) => page.locator(`[data-testid="phase"].phase-${phase}`).first();

// ---------------------------------------------------------------- the tests

for (const lang of LANGS) {
  test(`languages ${lang}: a solo week from the home page`, async ({ page }, testInfo) => {
    test.setTimeout(300_000);
    const watch = watchConsole(page, `solo-${lang}`);
    // The page has all its words in its own language: it never fetches the English of the later screens.
    const laterEnglish: string[] = [];
    page.on('request', (r) => void (r.url().includes('later-words') && laterEnglish.push(r.url())));
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('play-solo')).toBeVisible();
    await checkScreen({ page, lang, name: 'home', testInfo });

    await page.locator('.solo-card input[name="solo-role"][value="mali"]').check();
    await page.getByTestId('play-solo').click();
    await expect(page.getByTestId('map')).toBeVisible();
    await expect(atPhase(page, 'planning')).toBeVisible({ timeout: 60_000 });
    expect(digits((await page.getByTestId('week').textContent()) ?? '')).toBe(1);
    await expect(page.getByTestId('action-cards')).toBeVisible();
    await addAnOrder(page);
    await checkScreen({
      page,
      lang,
      name: 'solo-planning',
      testInfo,
      prepare: async (size) => {
        if (size.name === 'phone') await page.locator('#phone-tab-orders').click();
      },
    });

    await page.getByTestId('ready').click();
    const playback = page.getByTestId('playback');
    await expect(playback).toBeVisible({ timeout: 60_000 });
    await settle(page);
    await checkScreen({ page, lang, name: 'solo-playback', testInfo });
    await skipPlayback(page);
    await expect(async () => {
      await skipPlayback(page);
      const cont = page.getByTestId('continue');
      if (await cont.isVisible()) await cont.click().catch(() => undefined);
      await expect(atPhase(page, 'planning')).toBeVisible({ timeout: 1000 });
      expect(digits((await page.getByTestId('week').textContent()) ?? '')).toBe(2);
    }).toPass({ timeout: 90_000 });
    await checkScreen({ page, lang, name: 'solo-week2', testInfo });
    expect(laterEnglish).toEqual([]);
    // Switched to English mid-match, the page fetches the English of the match's words first.
    await page.getByTestId('language').first().selectOption('en');
    await expect(page.getByTestId('ready')).toHaveText(/Mark my orders ready|Ready ✓/);
    expect(laterEnglish).toHaveLength(1);
    watch.check();
  });

  test(`languages ${lang}: a class session's console and projector`, async ({ browser }, testInfo) => {
    test.setTimeout(360_000);
    const teacher = await newPlayer(browser, `teacher-${lang}`);
    const t = teacher.page;
    await t.goto(`/?lang=${lang}`);
    await t.getByTestId('new-class-session').click();
    await expect(t.getByTestId('teacher-console')).toBeVisible();
    const code = ((await t.getByTestId('room-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{5}$/);
    // The invitation carries the teacher's language, in words and in the QR code.
    const joinUrl = ((await t.getByTestId('join-url').first().textContent()) ?? '').trim();
    expect(joinUrl).toMatch(new RegExp(`/join/${code}\\?lang=${lang}$`));
    const qr = await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#1d2a33', light: '#ffffff' } });
    await expect(t.getByTestId('join-qr').first()).toHaveAttribute('src', `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr)}`);
    await t.getByTestId('ctl-settings-options-briefingSeconds').fill('2');
    await t.getByTestId('ctl-settings-options-planningSeconds').fill('600');
    await t.getByTestId('ctl-settings-go').click();
    await checkScreen({ page: t, lang, name: 'console-lobby', testInfo, ignore: [code] });

    // The projector, in its own language: not the console's.
    const projector = await newPlayer(browser, `projector-${lang}`, { width: 1920, height: 1080 });
    const p = projector.page;
    await p.goto(`/projector/${code}?lang=${other(lang)}`);
    await expect(p.getByTestId('projector-lobby')).toBeVisible();
    await expect(p.locator('html')).toHaveAttribute('lang', other(lang));

    // A student joins from the invitation and lands in the teacher's language.
    const student = await newPlayer(browser, `student-${lang}`);
    const s = student.page;
    await s.goto(joinUrl);
    await expect(s.getByTestId('class-code')).toHaveValue(code);
    await checkScreen({ page: s, lang, name: 'class-join', testInfo });
    await s.getByTestId('class-nickname').fill('Amina');
    await s.getByTestId('class-join-submit').click();
    await expect(s.getByTestId('my-team')).toBeVisible();
    await checkScreen({ page: s, lang, name: 'class-lobby', testInfo, ignore: ['Amina', code] });
    await checkScreen({ page: p, lang: other(lang), name: 'projector-lobby', testInfo, ignore: ['Amina', code] });
    await expect(t.getByTestId('student')).toHaveCount(1);

    await t.getByTestId('ctl-start-go').click();
    for (const page of [t, s, p]) {
      await expect(async () => {
        await skipPlayback(page);
        await expect(atPhase(page, 'planning')).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 90_000 });
    }
    await checkScreen({ page: t, lang, name: 'console-planning', testInfo, ignore: ['Amina', code] });
    await checkScreen({ page: p, lang: other(lang), name: 'projector-planning', testInfo, ignore: ['Amina', code] });
    teacher.console.check();
    projector.console.check();
    student.console.check();
    for (const x of [teacher, projector, student]) await x.context.close();
  });
}

let played: RecordedClass;

test.describe('languages: the debrief', () => {
  test.beforeAll(async ({ baseURL }) => {
    played = await playRecordedClass(baseURL!);
  });

  for (const lang of LANGS) {
    test(`languages ${lang}: the debrief of a finished match`, async ({ browser }, testInfo) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      await teach(context, { code: played.code, matchId: played.matchId, token: played.teacherToken });
      const page = await context.newPage();
      const watch = watchConsole(page, `debrief-${lang}`);
      await page.goto(`/debrief/${played.matchId}?lang=${lang}`);
      await expect(page.getByTestId('debrief-title')).toBeVisible();
      await expect(page.getByTestId('debrief-chat')).toBeVisible();
      const ignore = ['Debrief check', 'Amina', 'Bakary', 'Chaima', 'Djibril', 'Elias', 'Fatou', played.code];
      await checkScreen({ page, lang, name: 'debrief', testInfo, ignore });
      await page.emulateMedia({ media: 'print' });
      expect.soft(await englishOnPage(page, lang, ignore), `${lang} debrief print: English left`).toEqual([]);
      if (lang === 'ar') {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, 'debrief-print-ar-full.png'), fullPage: true });
      }
      await page.emulateMedia({ media: 'screen' });
      watch.check();
      await context.close();
    });
  }
});
