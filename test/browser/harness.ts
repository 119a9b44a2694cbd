// build/Sidebar.html in Debian's Chromium (playwright-core, no browser download), with a faithful
// google.script.run stub bridged into the offline runtime running build/Code.js.

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { isDateValue } from '../../src/core/cells';
import { SIDEBAR_API } from '../../src/gas/sidebar-api/public';
import type { Runtime } from '../../src/local/runtime';
import { office } from '../bundle/harness';

export { office };

const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_REASON = `browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium; .ci/run does it)`;
if (!HAVE_CHROMIUM) console.warn(SKIP_REASON);

const SIDEBAR_URL = pathToFileURL(join(__dirname, '../../build/Sidebar.html')).href;
/**
 * Screenshots go to out/screenshots (git-ignored) on every run; `KAMNOT_SCREENSHOTS=docs npm test`
 * refreshes the committed ones in docs/screenshots used by the README.
 */
export const SCREENSHOTS = join(
  __dirname,
  process.env.KAMNOT_SCREENSHOTS === 'docs' ? '../../docs/screenshots' : '../../out/screenshots',
);

/**
 * The client side of google.script.run, as Apps Script's HtmlService gives it: `google.script.run` is a
 * getter returning a new runner each time; with… methods return a new runner carrying the handler; a
 * call throws synchronously on a Date/function argument (the real TypeError), copies arguments, and
 * answers later (never in the same task) through the success or the failure handler.
 */
function stubSource(bridge: string): string {
  return `(() => {
  const bridge = ${JSON.stringify(bridge)};
  const illegal = (value, path) => {
    if (value === null || value === undefined) return null;
    const t = typeof value;
    if (t === 'function' || t === 'symbol' || t === 'bigint') return path;
    if (t !== 'object') return null;
    if (value instanceof Date) return path;
    if (typeof Node !== 'undefined' && value instanceof Node && !(value instanceof HTMLFormElement)) return path;
    for (const [k, v] of Object.entries(value)) {
      const bad = illegal(v, k);
      if (bad !== null) return bad;
    }
    return null;
  };
  const makeRunner = (state) => {
    const runner = {
      withSuccessHandler: (f) => makeRunner({ ...state, success: f }),
      withFailureHandler: (f) => makeRunner({ ...state, failure: f }),
      withUserObject: (o) => makeRunner({ ...state, user: o }),
    };
    return new Proxy(runner, {
      get(target, name) {
        if (typeof name !== 'string') return undefined;
        if (name in target) return target[name];
        return (...args) => {
          args.forEach((a, i) => {
            const bad = illegal(a, String(i));
            if (bad !== null) throw new TypeError('Failed due to illegal value in property: ' + bad);
          });
          const payload = JSON.stringify(args);
          setTimeout(() => {
            window[bridge](name, payload).then((answer) => {
              const out = JSON.parse(answer);
              if (out.ok) {
                if (state.success) state.success(out.value === undefined ? undefined : out.value, state.user);
              } else {
                const error = new Error(out.message);
                error.name = out.name || 'ScriptError';
                if (state.failure) state.failure(error, state.user);
                else console.error('Uncaught ' + error.name + ': ' + error.message);
              }
            });
          }, 0);
        };
      },
    });
  };
  const script = {};
  Object.defineProperty(script, 'run', { get: () => makeRunner({}), enumerable: true });
  script.host = { close() {}, editor: { focus() {} }, setHeight() {}, setWidth() {} };
  window.google = { script };
})();`;
}

/** A server value as the client receives it: JSON-safe, and null when it holds a Date (as Apps Script does). */
function serialized(value: unknown): unknown {
  const hasDate = (v: unknown): boolean =>
    isDateValue(v) || (typeof v === 'object' && v !== null && Object.values(v).some(hasDate));
  if (hasDate(value)) return null;
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export interface Sidebar {
  readonly page: Page;
  readonly runtime: Runtime;
  /** Every server call the page made, in order. */
  readonly calls: string[];
  /** Dialogs (alert/confirm) the page opened: must stay empty. */
  readonly dialogs: string[];
  /** Loads (or reloads) the sidebar page and waits for Home, settled. */
  open(): Promise<void>;
  /**
   * Waits until no server call is in flight and the page has rendered every answer (`<html
   * data-pending="0">`, which src/ui/server.ts keeps). Call it after an action that reaches the server and
   * before reading what the answer renders: polling a value that may already hold reads the old page.
   */
  settled(): Promise<void>;
  /** Loads the page exactly as the server produced it (a menu item's HtmlOutput content). */
  openServed(html: string): Promise<void>;
  screenshot(name: string): Promise<void>;
}

interface Browsers {
  browser: Browser;
  close(): Promise<void>;
}

async function launch(): Promise<Browsers> {
  // Playwright gives the browser a fresh temporary --user-data-dir and deletes it on close.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/** `viewport`: the page's size; Sheets' sidebar panel (300 px wide) unless a test asks for a phone's. */
export async function sidebar(
  browser: Browser,
  runtime: Runtime,
  viewport: { width: number; height: number } = { width: 300, height: 700 },
): Promise<Sidebar> {
  const context = await browser.newContext({
    viewport,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  // Playwright's 30 s default is a speed limit, not a hang guard: a page waits on the bundle's server
  // calls, which on a loaded 2-core machine can take far longer. vitest's timeout guards hangs.
  context.setDefaultTimeout(240_000);
  const page = await context.newPage();
  const calls: string[] = [];
  const dialogs: string[] = [];
  const bridge = '__kamnotBridge';
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Any network request is a bug: the page is self-contained.
  await page.route(/^(https?|wss?):/, (route) => route.abort());
  const publicNames = new Set<string>(SIDEBAR_API);
  await page.exposeFunction(bridge, (name: string, payload: string) => {
    calls.push(name);
    try {
      if (!publicNames.has(name))
        throw Object.assign(new Error(`Script function not found: ${name}`), { name: 'ScriptError' });
      const value = runtime.callIn({ kind: 'sidebar' }, name, ...(JSON.parse(payload) as unknown[]));
      return JSON.stringify({ ok: true, value: serialized(value) });
    } catch (error) {
      const e = error as { name?: string; message?: string };
      return JSON.stringify({ ok: false, name: 'ScriptError', message: String(e.message ?? error) });
    }
  });
  await page.addInitScript(stubSource(bridge));
  const settled = async () => {
    await page.waitForFunction(() => (document.documentElement.dataset.pending ?? '0') === '0');
  };
  return {
    page,
    runtime,
    calls,
    dialogs,
    async open() {
      await page.goto(SIDEBAR_URL, { waitUntil: 'load' });
      await page.locator('#home-health').waitFor();
      await settled();
    },
    settled,
    async openServed(html) {
      const file = join(mkdtempSync(join(tmpdir(), 'kamnot-sidebar-')), 'Sidebar.html');
      writeFileSync(file, html);
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    },
    async screenshot(name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
  };
}

/** One browser for the enclosing describe block: launched before its tests, closed after them. */
export function withBrowser(): () => Browser {
  let browsers: Browsers | undefined;
  beforeAll(async () => {
    browsers = await launch();
  });
  afterAll(async () => {
    await browsers?.close();
  });
  return () => {
    if (!browsers) throw new Error('the browser did not start');
    return browsers.browser;
  };
}
