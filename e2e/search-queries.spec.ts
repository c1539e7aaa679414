import { BASE, expect, test } from './fixtures';
import { loadQuerySet, runQueries } from './search-query-runner.ts';
import { describeMisses, hitRate, REQUIRED_HIT_RATE } from '../src/lib/search-queries.ts';

const queries = loadQuerySet(new URL('../', import.meta.url), process.env['ATLAS_DIST'] ?? 'dist');

test('the committed query set finds its pages in the top results, in both languages', async ({ page, baseURL }) => {
  test.setTimeout(queries.length * 5_000 + 30_000);
  expect(queries.length).toBeGreaterThanOrEqual(30);
  expect(new Set(queries.map((query) => query.locale))).toEqual(new Set(['en', 'zh-cn']));
  const outcomes = await runQueries(page, baseURL ?? `http://127.0.0.1${BASE}`, queries);
  const misses = describeMisses(outcomes);
  const rate = hitRate(outcomes);
  test.info().annotations.push({ type: 'hit rate', description: `${(rate * 100).toFixed(1)} % of ${outcomes.length}` });
  expect(rate, `hit rate ${(rate * 100).toFixed(1)} % is below ${REQUIRED_HIT_RATE * 100} %; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(REQUIRED_HIT_RATE);
  // Phrases that must rank their page first are never allowed to miss.
  expect(misses.filter((miss) => miss.includes('(phrase)') && miss.includes('top 1'))).toEqual([]);
});
