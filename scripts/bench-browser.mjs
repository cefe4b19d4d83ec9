/**
 * The JavaScript a page really fetches: each route opened in a fresh Chromium context (empty cache)
 * until network idle, every script response counted with the bytes it took on the wire. What the
 * HTML references is only part of it: code loaded after hydration (charts, prefetched routes) arrives
 * by network idle too, and a reader pays for it all the same.
 *
 * Network idle is Playwright's (no request for 500 ms), but counted only while the page's main thread
 * is idle as well: on a busy machine hydration can run for longer than 500 ms after the last script
 * arrived, and what it then loads would otherwise be missed.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => fs.existsSync(candidate));
/** A common laptop screen: what is "in view" decides which lazily loaded code arrives. */
export const VIEWPORT = { width: 1280, height: 800 };
const NAVIGATION_TIMEOUT_MS = 120_000;
const QUIET_MS = 500;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tracks the page's requests: how many are open, and when the last one started or ended. */
function trackActivity(page) {
  const activity = { open: 0, last: Date.now() };
  page.on('request', () => {
    activity.open += 1;
    activity.last = Date.now();
  });
  for (const event of ['requestfinished', 'requestfailed']) {
    page.on(event, () => {
      activity.open -= 1;
      activity.last = Date.now();
    });
  }
  return activity;
}

/** Returns once the main thread is idle, no request is open and none started or ended for QUIET_MS. */
async function settle(page, activity) {
  const deadline = Date.now() + NAVIGATION_TIMEOUT_MS;
  while (Date.now() < deadline) {
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 30_000 })));
    const quiet = Date.now() - activity.last;
    if (activity.open === 0 && quiet >= QUIET_MS) return;
    await sleep(Math.max(50, QUIET_MS - quiet));
  }
  throw new Error(`the page did not become idle within ${NAVIGATION_TIMEOUT_MS / 1000} s`);
}

export async function launchBrowser() {
  return chromium.launch({
    ...(CHROMIUM ? { executablePath: CHROMIUM } : {}),
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

function isScript(response) {
  return response.request().resourceType() === 'script' || /javascript/.test(response.headers()['content-type'] ?? '');
}

/**
 * The scripts fetched by network idle on one route: total transfer bytes (the encoded body, as sent:
 * the server compresses with gzip), request count, the encodings seen, and each file.
 */
export async function jsByNetworkIdle(browser, origin, route) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const activity = trackActivity(page);
  const pending = [];
  page.on('requestfinished', (request) => {
    const file = (async () => {
      const response = await request.response();
      if (!response || !isScript(response)) return null;
      const sizes = await request.sizes();
      return {
        url: new URL(request.url()).pathname,
        transfer: sizes.responseBodySize,
        encoding: response.headers()['content-encoding'] ?? 'identity',
      };
    })();
    // Never an unhandled rejection: a failure is reported with the route once everything is in.
    pending.push(file.catch((error) => ({ error })));
  });
  try {
    const response = await page.goto(`${origin}${route}`, { waitUntil: 'networkidle', timeout: NAVIGATION_TIMEOUT_MS });
    if (!response || response.status() !== 200) return { route, error: `HTTP ${response?.status() ?? 'no response'}` };
    await settle(page, activity);
    // Until no request is left being read out (reading one may take longer than another arriving).
    let results = [];
    while (results.length < pending.length) results = await Promise.all([...pending]);
    const failed = results.find((file) => file?.error);
    if (failed) return { route, error: `reading a response: ${failed.error.message}` };
    const files = results.filter((file) => file !== null);
    return {
      route,
      requests: files.length,
      transfer: files.reduce((sum, file) => sum + file.transfer, 0),
      encodings: [...new Set(files.map((file) => file.encoding))],
      files,
    };
  } finally {
    await context.close();
  }
}
