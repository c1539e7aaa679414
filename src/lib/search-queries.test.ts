import { describe, expect, it } from 'vitest';
import { describeMisses, hitRate, parseQuerySet, scoreQuery } from './search-queries.ts';

const exists = (path: string) => ['/stack/', '/zh-cn/roadmap/'].includes(path);

describe('parseQuerySet', () => {
  it('reads queries and defaults to the top three', () => {
    const [query] = parseQuerySet([{ locale: 'zh-cn', query: '显存', expect: '/zh-cn/roadmap/', kind: 'two-char' }], 'q.yaml', exists);
    expect(query).toEqual({ locale: 'zh-cn', query: '显存', expect: '/zh-cn/roadmap/', kind: 'two-char', top: 3 });
  });

  it('names the entry and the fix for each problem', () => {
    const bad = [
      { locale: 'en', query: 'vLLM', expect: '/stack/deployment/', kind: 'term' },
      { locale: 'en', query: '显存', expect: '/zh-cn/roadmap/', kind: 'two-char' },
      { locale: 'en', query: 'x', expect: 'stack', kind: 'term', extra: 1 },
      { locale: 'fr', query: 'vLLM', expect: '/stack/', kind: 'term' },
    ];
    let message = '';
    try {
      parseQuerySet(bad, 'q.yaml', exists);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('q.yaml entry 1 ("vLLM"): expects /stack/deployment/, which is not a built page.');
    expect(message).toContain('q.yaml entry 2 ("显存"): a en query must expect a non-/zh-cn/ page');
    expect(message).toMatch(/q\.yaml entry 3: Unknown field\(s\): extra/);
    expect(message).toMatch(/q\.yaml entry 4: locale: locale is `en` or `zh-cn`/);
  });

  it('refuses the same query twice in one language', () => {
    const twice = [
      { locale: 'en', query: 'vLLM', expect: '/stack/', kind: 'term' },
      { locale: 'en', query: 'vLLM', expect: '/stack/', kind: 'term' },
    ];
    expect(() => parseQuerySet(twice, 'q.yaml', exists)).toThrow(/entry 2 \("vLLM"\): the same query appears twice for en/);
  });
});

describe('scoring', () => {
  const query = { locale: 'en' as const, query: 'vLLM', expect: '/stack/', kind: 'term' as const, top: 3 as const };

  it('hits when the page is within the first `top` results', () => {
    expect(scoreQuery(query, ['/a/', '/b/', '/stack/']).hit).toBe(true);
    expect(scoreQuery(query, ['/a/', '/b/', '/c/', '/stack/']).hit).toBe(false);
    expect(scoreQuery({ ...query, top: 1 }, ['/a/', '/stack/']).hit).toBe(false);
  });

  it('computes the rate and describes each miss', () => {
    const outcomes = [scoreQuery(query, ['/stack/']), scoreQuery(query, []), scoreQuery(query, ['/a/'])];
    expect(hitRate(outcomes)).toBeCloseTo(1 / 3);
    expect(describeMisses(outcomes)).toEqual([
      '[en] "vLLM" (term): expected /stack/ in the top 3, got no results',
      '[en] "vLLM" (term): expected /stack/ in the top 3, got /a/',
    ]);
    expect(hitRate([])).toBe(0);
  });
});
