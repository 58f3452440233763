// How the client reaches a browser: the home page without the map or any match screen,
// compressed and cached files, no source maps, a manifest and a service worker that
// serves a second visit from cache but never a page from cache while the server answers.
import type { Page, Request } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { watchConsole } from './support.ts';

/** Chunks of the screens a home page must not fetch (see client/src/app/screens.ts, vite.config.ts). */
const NOT_ON_HOME = /\/assets\/(phaser|useSahelMap|MapView|MatchScreen|EndScreen|TeacherConsole|ProjectorView|DebriefPage|ClassEnd|ReplayPage)-[\w-]+\.js$/;

function scriptsFetched(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r: Request) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

test('the home page fetches no map or match code until the player starts using it', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const consoleWatch = watchConsole(page, 'home');
  const scripts = scriptsFetched(page);
  await page.goto('/');
  await expect(page.getByTestId('play-solo')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => NOT_ON_HOME.test(s))).toEqual([]);
  // Phaser is nowhere in what the home page ran.
  expect(await page.evaluate(() => 'Phaser' in window)).toBe(false);

  // Typing a nickname fetches the match screen and the map ahead of need.
  await page.locator('input').first().focus();
  await expect.poll(() => scripts.filter((s) => /\/assets\/(MatchScreen|phaser)-/.test(s)).length).toBe(2);
  consoleWatch.check();
  await context.close();
});

test('the served JavaScript is compressed and cached as immutable; pages are revalidated; no source maps', async ({ page, request }) => {
  const js: { url: string; headers: Record<string, string>; body: string }[] = [];
  let html: Record<string, string> | undefined;
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (r.request().resourceType() === 'document') html = await r.allHeaders();
    else if (path.endsWith('.js') && r.status() === 200) js.push({ url: path, headers: await r.allHeaders(), body: await r.text() });
  });
  await page.goto('/');
  await expect(page.getByTestId('play-solo')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(js.length).toBeGreaterThan(0);
  for (const r of js) {
    expect(r.url, 'hashed file names').toMatch(/^\/assets\/[\w-]+-[\w-]{8}\.js$/);
    expect(r.headers['content-encoding'], r.url).toBe('br');
    expect(r.headers.vary, r.url).toMatch(/accept-encoding/i);
    expect(r.headers['cache-control'], r.url).toBe('public, max-age=31536000, immutable');
    expect(r.body, r.url).not.toContain('sourceMappingURL');
  }
  expect(html?.['cache-control']).toBe('no-cache');
  expect(html?.etag).toBeTruthy();

  // A client that accepts only gzip gets gzip; one that accepts nothing gets the plain file.
  const biggest = js.reduce((a, b) => (b.body.length > a.body.length ? b : a));
  const one = biggest.url;
  const gz = await request.get(one, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  const plain = await request.get(one, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(plain.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(await plain.text()).toBe(biggest.body);

  // No source map is there to fetch, and a missing asset is a 404, not the page.
  expect((await request.get(`${one}.map`)).status()).toBe(404);
  expect((await request.get('/assets/no-such-chunk-12345678.js')).status()).toBe(404);
  // A page address still gets the client, revalidated.
  const invite = await request.get('/join/ABCDE', { headers: { 'Accept-Encoding': 'br' } });
  expect(invite.status()).toBe(200);
  expect(invite.headers()['content-encoding']).toBe('br');
  expect(invite.headers()['cache-control']).toBe('no-cache');
});

test('fonts: only woff2, preloaded Latin faces, swap; the manifest makes the game installable', async ({ page, request }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByTestId('play-solo')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const preloads = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(preloads.map((h) => new URL(h).pathname)).toEqual([expect.stringMatching(/noto-sans-latin-400-normal-[\w-]+\.woff2$/), expect.stringMatching(/noto-sans-latin-700-normal-[\w-]+\.woff2$/)]);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(f).toMatch(/\/assets\/noto-sans-(arabic-)?(latin|latin-ext|arabic|symbols)-(400|700)-(normal|italic)-[\w-]+\.woff2$/);
  const faces = await page.evaluate(() => [...document.fonts].map((f) => `${f.family}|${f.weight}|${f.style}|${f.display}`));
  for (const face of faces) expect(face).toMatch(/^"?Noto Sans( Arabic)?"?\|(400\|(normal|italic)|700\|normal)\|swap$/);

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(manifestHref!)).json();
  expect(manifest).toMatchObject({ name: 'Sahel Standoff', start_url: '/', display: 'standalone' });
  const sizes = (manifest.icons as { sizes: string; type: string }[]).map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string }[]) expect((await request.get(icon.src)).status()).toBe(200);
});

test('the service worker serves a second visit from its cache, but always asks the server for the page', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleWatch = watchConsole(page, 'pwa');
  await page.goto('/');
  await expect(page.getByTestId('play-solo')).toBeVisible();
  // Installed (its first screen precached) once the page has loaded; it controls the next visit.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const precached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const urls: string[] = [];
    for (const k of keys) for (const r of await (await caches.open(k)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
  expect(precached.some((u) => /^\/assets\/index-[\w-]+\.js$/.test(u))).toBe(true);
  expect(precached.filter((u) => NOT_ON_HOME.test(u))).toEqual([]);

  // Second visit: every script from the worker's cache; the page itself from the server.
  const fromWorker: string[] = [];
  const fromNetwork: string[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) (r.fromServiceWorker() ? fromWorker : fromNetwork).push(path);
  });
  const pageFetches: string[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker() && new URL(r.url()).pathname === '/') pageFetches.push(r.url());
  });
  await page.reload();
  await expect(page.getByTestId('play-solo')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  expect(fromNetwork.filter((p) => p.startsWith('/assets/'))).toEqual([]);
  expect(fromWorker.length).toBeGreaterThan(0);
  expect(pageFetches.length).toBeGreaterThan(0);
  consoleWatch.check();
  await context.close();
});

test('a page whose chunk is gone (a new deploy since it loaded) reloads itself once rather than mix versions', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('play-solo')).toBeVisible();
  // The deploy: the match screen's chunk of the version this page runs is no longer on the server.
  await page.route(/\/assets\/MatchScreen-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  let loads = 0;
  page.on('load', () => loads++);
  await page.getByTestId('play-solo').click();
  await expect.poll(() => loads, { timeout: 60_000 }).toBe(1);
  // The reloaded page (here still without the chunk) waits and retries instead of reloading again.
  await page.waitForTimeout(4_000);
  expect(loads).toBe(1);
  await page.unroute(/\/assets\/MatchScreen-[\w-]+\.js$/);
  await context.close();
});
