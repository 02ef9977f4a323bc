/**
 * Headless Chromium for the browser tests: Debian's `chromium` (installed by .ci/run with apt-get)
 * driven by playwright-core, with a fresh profile and no background traffic, so any request a page
 * makes is the page's own. A missing browser fails every test with a message saying how to install
 * it, rather than skipping them.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Browser {
  context: BrowserContext;
  /** Writes `html` to a file in the browser's temporary directory and returns its file:// URL. */
  writePage(name: string, html: string): string;
  close(): Promise<void>;
}

async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: the browser tests need Debian's chromium (apt-get install -y chromium), as .ci/run installs it`);
  }
  const directory = mkdtempSync(join(tmpdir(), 'cppcc-browser-'));
  const context = await chromium.launchPersistentContext(join(directory, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  return {
    context,
    writePage(name, html) {
      const path = join(directory, name);
      writeFileSync(path, html);
      return pathToFileURL(path).href;
    },
    async close() {
      await context.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Everything a page does that a self-contained page must not: requests elsewhere, console output, errors, dialogs. */
export interface PageActivity {
  requests: string[];
  console: string[];
  errors: string[];
  dialogs: string[];
}

/** Records what the page does; requests for the page itself and data: URLs are its own and not recorded. */
function watch(page: Page, url: string): PageActivity {
  const activity: PageActivity = { requests: [], console: [], errors: [], dialogs: [] };
  page.on('request', (request) => {
    if (request.url() !== url && !request.url().startsWith('data:')) activity.requests.push(request.url());
  });
  page.on('console', (message) => activity.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => activity.errors.push(error.message));
  page.on('dialog', (dialog) => {
    activity.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return activity;
}

export interface OpenedPage {
  page: Page;
  activity: PageActivity;
}

/**
 * Opens, before the file's tests, the page `render` makes, from a file on disk at 1280×900, and
 * closes the browser after them. The tests get it from the returned function, which throws the
 * launch or load error if there was one: a throwing beforeAll would make vitest count the tests as
 * skipped, not failed.
 */
export function openPage(name: string, render: () => Promise<string>): () => OpenedPage {
  let browser: Browser | undefined;
  let opened: OpenedPage | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      const html = await render();
      browser = await launchChromium();
      const url = browser.writePage(name, html);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      const activity = watch(page, url);
      await page.goto(url, { waitUntil: 'load' });
      opened = { page, activity };
    } catch (error) {
      failure = error;
    }
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!opened) throw failure;
    return opened;
  };
}
