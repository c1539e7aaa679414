import { test as base, expect, type Page } from '@playwright/test';
import { readDeployTarget } from '../src/lib/site-config.ts';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Every test runs with outside requests blocked and recorded: a page that asks another host for
 * anything (fonts, analytics, a CDN script) fails the test that loaded it.
 */
export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: async ({ context }, use) => {
    const outside: string[] = [];
    await context.route(
      (url) => !LOCAL_HOSTS.has(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:',
      async (route) => {
        outside.push(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    await use(outside);
    expect(outside, 'requests to hosts other than the local server').toEqual([]);
  },
  page: async ({ page, outsideRequests }, use) => {
    void outsideRequests;
    await use(page);
  },
});

export { expect };

export const { base: BASE } = readDeployTarget(process.env);

/**
 * Every published page as a path relative to the site base ('' for home, 'stack/', 'zh-cn/stack/'),
 * read from the sitemap, plus the two 404 pages it leaves out. Relative paths let `page.goto`
 * apply the configured baseURL, deploy base included.
 */
export async function allPagePaths(page: Page): Promise<string[]> {
  const response = await page.request.get('sitemap-0.xml');
  expect(response.ok(), 'sitemap-0.xml is served').toBe(true);
  const xml = await response.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname.slice(BASE.length));
  expect(paths.length, 'the sitemap lists pages').toBeGreaterThan(0);
  return [...paths, '404/', 'zh-cn/404/'];
}

export type Theme = 'light' | 'dark';

/** Starlight keeps the chosen theme in localStorage; set it before any page script runs. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((value) => window.localStorage.setItem('starlight-theme', value), theme);
}
