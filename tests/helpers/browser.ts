import { chromium, type Browser, type Page } from 'playwright-core';
import { webAssets } from '../../src/web/web-assets';
import { bundleWebClient } from '../../src/web/client-bundle';

/**
 * Debian's Chromium driven by playwright-core, headless (WebGL in software),
 * with nothing that phones home. Never `npx playwright install`.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The browser bundle, built once when `npm run build` has not run yet (e.g. `npx jest` on a fresh clone). */
export async function ensureWebBundle(): Promise<void> {
  if (!webAssets().built) await bundleWebClient();
}

export interface PageWatch {
  consoleErrors: string[];
  /** Requests to anything but the server under test (data: and blob: URLs are local). */
  outsideRequests: string[];
  requests: string[];
}

/** Records console errors, page errors and every request the page makes. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], outsideRequests: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    watch.requests.push(url);
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) watch.outsideRequests.push(url);
  });
  return watch;
}
