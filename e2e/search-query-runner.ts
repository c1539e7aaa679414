/**
 * Runs the committed query set through the site's real search dialog, as a reader would: shared by
 * e2e/search-queries.spec.ts and scripts/bench.ts.
 */
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { parseQuerySet, scoreQuery, type QueryOutcome, type SearchQuery } from '../src/lib/search-queries.ts';

export const QUERY_FILE = 'content/data/search-queries.yaml';

/** The query set, validated against the pages of a build (`dist` is that build's folder). */
export function loadQuerySet(root: URL, dist: string): SearchQuery[] {
  const file = new URL(QUERY_FILE, root);
  return parseQuerySet(parse(readFileSync(file, 'utf8')), QUERY_FILE, (path) => existsSync(new URL(`${dist}${path}index.html`, root)));
}

/**
 * Opens the search dialog on the locale's home page and types each query, reading the page
 * results (not their sections) in the order shown. `siteRoot` is the site's address with its base.
 */
export async function runQueries(page: Page, siteRoot: string, queries: SearchQuery[]): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  const base = new URL(siteRoot).pathname;
  for (const locale of ['en', 'zh-cn'] as const) {
    const mine = queries.filter((query) => query.locale === locale);
    if (mine.length === 0) continue;
    await page.goto(new URL(locale === 'en' ? '' : 'zh-cn/', siteRoot).href);
    await page.getByRole('button', { name: /^(Search|搜索)/ }).click();
    const dialog = page.getByRole('dialog');
    const field = dialog.getByRole('textbox');
    for (const query of mine) {
      // Start from an empty search so that the previous query's status line cannot be mistaken for this one's.
      await field.fill('');
      await dialog.locator('.pagefind-ui__message').filter({ hasText: /\S/ }).waitFor({ state: 'detached' });
      await field.fill(query.query);
      const results = await settledResults(dialog, query.query);
      outcomes.push(scoreQuery(query, results.map((href) => `/${new URL(href, 'http://site.invalid').pathname.slice(base.length)}`)));
    }
  }
  return outcomes;
}

/**
 * The page results (not their sections) once they are shown for `query` and stop changing: the
 * status line names the query first, and result entries fill in as their data arrives.
 */
async function settledResults(dialog: Locator, query: string): Promise<string[]> {
  await dialog.locator('.pagefind-ui__message').filter({ hasText: query }).waitFor();
  const read = () =>
    dialog.locator('.pagefind-ui__result-link').evaluateAll((links) =>
      links.filter((link) => !link.closest('.pagefind-ui__result-nested')).map((link) => link.getAttribute('href') ?? ''),
    );
  const expected = async () => Number(/\d+/.exec((await dialog.locator('.pagefind-ui__message').textContent()) ?? '')?.[0] ?? 0);
  let previous = '';
  for (let attempt = 0; attempt < 50; attempt++) {
    const hrefs = await read();
    const shown = Math.min(await expected(), 3);
    const key = hrefs.join(' ');
    if (hrefs.length >= shown && key === previous) return hrefs;
    previous = key;
    await dialog.page().waitForTimeout(150);
  }
  return read();
}
