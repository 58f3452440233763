// Delivery on a school's Wi-Fi: real Chromium on an emulated link (one student's share,
// 1.6 Mbit/s down, 150 ms round trip) against the server as `npm start` runs it.
//   - bytes and time until the home page is usable ("Play solo" can be pressed), first and repeat visit
//   - bytes and time from "Play solo" to the first drawn map, first and repeat visit
//   - the home page's and the match view's JavaScript, gzip, from the build
//   - the server's idle resident memory after a start that had to build the client, beside
//     a bare Colyseus 0.16 process measured in the same run
// Part of `npm run bench`; alone: `npx tsx scripts/benchDelivery.ts [--quick]`.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import type { BenchRow } from './benchClassroom.ts';
// The same free-port helper the process tests use (node built-ins only).
import { freePort } from '../tests/integration/processes.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'client', 'dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const LINK = { downMbit: 1.6, upMbit: 1.6, rttMs: 150 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (kib: number) => `${(kib / 1024).toFixed(0)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Resident memory of a process, in KiB (Linux). */
function rssKiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

/** The process under `pid` (itself included) whose command line contains `needle`. */
function findProcess(pid: number, needle: string): number | undefined {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift()!;
    try {
      if (readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' ').includes(needle)) return p;
    } catch {
      // gone meanwhile
    }
    queue.push(...(children.get(p) ?? []));
  }
  return undefined;
}

/** Idle memory: the median of a few samples, a while after the process settled. */
async function idleRss(pid: number): Promise<number> {
  await sleep(4_000);
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(rssKiB(pid));
    await sleep(400);
  }
  return median(samples);
}

async function waitForHealth(url: string, proc: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`the server exited (${proc.exitCode}) before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await sleep(250);
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    try {
      process.kill(-proc.pid!, 'SIGTERM');
    } catch {
      proc.kill('SIGTERM');
    }
  });
}

/** `npm start` as a user runs it, after removing the built client so that the start has to build it. */
async function startServerLikeNpmStart(port: number, dataDir: string): Promise<{ proc: ChildProcess; pid: number; buildMs: number }> {
  rmSync(join(DIST, 'index.html'), { force: true });
  const started = Date.now();
  const proc = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  await waitForHealth(`http://127.0.0.1:${port}/healthz`, proc, 600_000);
  const pid = findProcess(proc.pid!, 'dist/server/main.js');
  if (!pid) throw new Error('cannot find the server process under npm start');
  return { proc, pid, buildMs: Date.now() - started };
}

/** A bare Colyseus 0.16 server (one WebSocket transport, no rooms), for comparison. */
async function startBareColyseus(port: number): Promise<ChildProcess> {
  const script = `import { Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
const server = new Server({ transport: new WebSocketTransport(), greet: false });
await server.listen(${port}, '127.0.0.1');
process.stdout.write('listening\\n');`;
  const proc = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  await new Promise<void>((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => d.toString().includes('listening') && resolve());
    proc.once('exit', (code) => reject(new Error(`bare Colyseus exited (${code})`)));
  });
  return proc;
}

/** The home page's JavaScript (the entry and what index.html preloads) and every chunk's sizes on disk. */
function builtJs(): { home: string[]; gz: (path: string) => number; br: (path: string) => number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const home = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  // The build writes .gz and .br files only for files they make smaller; count the file itself otherwise.
  const size = (path: string, ext: string) => {
    const file = join(DIST, path);
    return existsSync(`${file}.${ext}`) ? statSync(`${file}.${ext}`).size : existsSync(file) ? statSync(file).size : 0;
  };
  return { home, gz: (path) => size(path, 'gz'), br: (path) => size(path, 'br') };
}

interface Visit {
  /** Navigation start to the page's HTML received. */
  htmlMs: number;
  /** "Play solo" pressed to the match screen shown (the match created and joined). */
  joinedMs: number;
  homeMs: number;
  homeBytes: number;
  mapMs: number;
  mapBytes: number;
  scripts: string[];
}

/** Bytes over the wire (as the emulated link carried them), per request, from the DevTools protocol. */
async function watchBytes(cdp: CDPSession): Promise<{ total(): number; scripts: Set<string> }> {
  const sizes = new Map<string, number>();
  const scripts = new Set<string>();
  const urls = new Map<string, string>();
  cdp.on('Network.responseReceived', (e) => {
    urls.set(e.requestId, e.response.url);
    if (e.type === 'Script') scripts.add(new URL(e.response.url).pathname);
  });
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LINK.rttMs,
    downloadThroughput: (LINK.downMbit * 1_000_000) / 8,
    uploadThroughput: (LINK.upMbit * 1_000_000) / 8,
  });
  return { total: () => [...sizes.values()].reduce((a, b) => a + b, 0), scripts };
}

/** One visit: open the home page, press "Play solo" as soon as it can be pressed, wait for the map. */
async function visit(page: Page, base: string): Promise<Visit> {
  const cdp = await page.context().newCDPSession(page);
  const bytes = await watchBytes(cdp);
  await page.goto(`${base}/`, { waitUntil: 'commit' });
  const homeHandle = await page.waitForFunction(
    () => {
      const b = document.querySelector<HTMLButtonElement>('[data-testid="play-solo"]');
      return b && !b.disabled && b.offsetParent !== null ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  const homeMs = (await homeHandle.jsonValue()) as number;
  const htmlMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd);
  const homeBytes = bytes.total();
  await page.evaluate(() => document.addEventListener('pointerdown', () => ((window as unknown as { clickedAt: number }).clickedAt = performance.now()), { capture: true, once: true }));
  await page.getByTestId('play-solo').click();
  const joinedHandle = await page.waitForFunction(
    () => (document.querySelector('[data-testid="map"]') ? performance.now() - (window as unknown as { clickedAt: number }).clickedAt : false),
    undefined,
    { polling: 'raf', timeout: 180_000 },
  );
  const joinedMs = (await joinedHandle.jsonValue()) as number;
  const mapHandle = await page.waitForFunction(
    () => {
      const host = document.querySelector<HTMLElement>('[data-testid="map"]');
      return host?.dataset.ready === 'true' && host.querySelector('canvas') ? performance.now() - (window as unknown as { clickedAt: number }).clickedAt : false;
    },
    undefined,
    { polling: 'raf', timeout: 180_000 },
  );
  const mapMs = (await mapHandle.jsonValue()) as number;
  const mapBytes = bytes.total() - homeBytes;
  await cdp.detach();
  return { htmlMs, joinedMs, homeMs, homeBytes, mapMs, mapBytes, scripts: [...bytes.scripts] };
}

/** A first visit (empty cache) and a repeat visit (same browser profile, service worker installed). */
async function visitsOnce(browser: Browser, base: string): Promise<{ first: Visit; repeat: Visit }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const first = await visit(page, base);
    // The worker installs after the first load; a student reopening the link later finds it ready.
    await page.evaluate(() => navigator.serviceWorker?.ready.then(() => undefined));
    await page.goto('about:blank');
    await sleep(500);
    const again = await context.newPage();
    await page.close();
    const repeat = await visit(again, base);
    return { first, repeat };
  } finally {
    await context.close();
  }
}

export async function deliveryRows(quick: boolean, rows: BenchRow[]): Promise<void> {
  const runs = quick ? 3 : 5;
  const dataDir = mkdtempSync(join(tmpdir(), 'sahel-delivery-'));
  const [port, barePort] = [await freePort(), await freePort()];
  let server: ChildProcess | undefined;
  let bare: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    const started = await startServerLikeNpmStart(port, dataDir);
    server = started.proc;
    const serverRss = await idleRss(started.pid);
    bare = await startBareColyseus(barePort);
    const bareRss = await idleRss(bare.pid!);
    await stop(bare);
    const ratio = serverRss / bareRss;
    rows.push({
      what: 'server idle RSS (npm start, client built first)',
      value: `${mb(serverRss)}; bare Colyseus 0.16 ${mb(bareRss)} (×${ratio.toFixed(2)}); start ${sec(started.buildMs)}`,
      target: '≤ 1.5× bare, ≤ 200 MB',
      ok: ratio <= 1.5 && serverRss <= 200 * 1024,
    });

    const js = builtJs();
    const homeGz = js.home.reduce((a, p) => a + js.gz(p), 0);
    const homeBr = js.home.reduce((a, p) => a + js.br(p), 0);
    rows.push({ what: 'home page JavaScript (gzip; brotli as sent)', value: `${kb(homeGz)}; ${kb(homeBr)} in ${js.home.length} files`, target: '≤ 100 KB gzip', ok: homeGz <= 100 * 1024 });

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const base = `http://127.0.0.1:${port}`;
    const results: { first: Visit; repeat: Visit }[] = [];
    for (let i = 0; i < runs; i++) results.push(await visitsOnce(browser, base));
    const m = (f: (r: { first: Visit; repeat: Visit }) => number) => median(results.map(f));
    const link = `${LINK.downMbit} Mbit/s, ${LINK.rttMs} ms`;
    const home = (v: 'first' | 'repeat') => `${sec(m((r) => r[v].homeMs))}, ${kb(m((r) => r[v].homeBytes))} (page at ${sec(m((r) => r[v].htmlMs))})`;
    const map = (v: 'first' | 'repeat') => `${sec(m((r) => r[v].mapMs))}, ${kb(m((r) => r[v].mapBytes))} (match screen at ${sec(m((r) => r[v].joinedMs))})`;
    rows.push({ what: `home usable, first visit (${link})`, value: home('first'), target: '≤ 1.5 s', ok: m((r) => r.first.homeMs) <= 1500 });
    rows.push({ what: 'home usable, repeat visit', value: home('repeat'), target: '≤ 0.5 s', ok: m((r) => r.repeat.homeMs) <= 500 });
    rows.push({ what: 'Play solo → first map drawn, first visit', value: map('first'), target: '≤ 4 s', ok: m((r) => r.first.mapMs) <= 4000 });
    rows.push({ what: 'Play solo → first map drawn, repeat visit', value: map('repeat'), target: '≤ 1.5 s', ok: m((r) => r.repeat.mapMs) <= 1500 });
    const matchScripts = results[0].first.scripts.filter((p) => p.startsWith('/assets/'));
    if (process.env.BENCH_DETAIL) for (const p of matchScripts) console.log(`  ${String(js.gz(p)).padStart(8)} ${p}`);
    const matchGz = matchScripts.reduce((a, p) => a + js.gz(p), 0);
    rows.push({ what: 'match view JavaScript (gzip)', value: `${kb(matchGz)} in ${matchScripts.length} files`, target: '≤ 500 KB gzip', ok: matchGz <= 500 * 1024 });
  } finally {
    await browser?.close();
    if (bare) await stop(bare);
    if (server) await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows: BenchRow[] = [];
  await deliveryRows(process.argv.includes('--quick'), rows);
  for (const r of rows) console.log(`${r.what.padEnd(48)} | ${r.value.padEnd(60)} | ${r.target.padEnd(22)} | ${r.ok ? 'yes' : 'NO'}`);
}
