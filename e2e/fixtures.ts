import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readDeployTarget } from '../src/lib/site-config.ts';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Every test runs with outside requests blocked and recorded: a page that asks another host for
 * anything (fonts, analytics, a CDN script) fails the test that loaded it.
 */
export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: async ({ context }, use) => {
    const outside = await blockOutsideRequests(context);
    await use(outside);
    expect(outside, 'requests to hosts other than the local server').toEqual([]);
  },
  page: async ({ page, outsideRequests }, use) => {
    void outsideRequests;
    await use(page);
  },
});

/** Blocks every request to another host in `context` and records it, so a test can fail on it. */
export async function blockOutsideRequests(context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  await context.route(
    (url) => !LOCAL_HOSTS.has(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    async (route) => {
      outside.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  return outside;
}

/** A second browser profile ("another machine", "a teammate"), with outside requests blocked like the main fixture. */
export async function freshPage(browser: Browser, baseURL: string | undefined): Promise<{ page: Page; outside: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const outside = await blockOutsideRequests(context);
  return { page: await context.newPage(), outside, close: () => context.close() };
}

export { expect };

export const { base: BASE } = readDeployTarget(process.env);

/**
 * Every published page as a path relative to the site base ('' for home, 'stack/', 'zh-cn/stack/'),
 * read from the built sitemap, plus the two 404 pages it leaves out. Relative paths let `page.goto`
 * apply the configured baseURL, deploy base included. Read at collection time: one test per page.
 */
export function builtPages(): string[] {
  const dist = process.env['ATLAS_DIST'] ?? 'dist';
  const xml = readFileSync(new URL(`../${dist}/sitemap-0.xml`, import.meta.url), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname.slice(BASE.length));
  return [...paths, '404/', 'zh-cn/404/'];
}

export type Theme = 'light' | 'dark';

/** Starlight keeps the chosen theme in localStorage; set it before any page script runs. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((value) => window.localStorage.setItem('starlight-theme', value), theme);
}
