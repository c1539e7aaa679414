/**
 * The committed search query set (content/data/search-queries.yaml): what a reader types and the
 * page that must come back among the first results. Read by the end-to-end test and the benchmark.
 */
import { z } from 'astro/zod';

export const QUERY_KINDS = ['term', 'words', 'in-word', 'two-char', 'mixed', 'phrase'] as const;
/** The share of queries that must find their page. */
export const REQUIRED_HIT_RATE = 0.95;

const querySchema = z.strictObject(
  {
    locale: z.enum(['en', 'zh-cn'], { error: 'locale is `en` or `zh-cn`: the language of the page the reader searches from.' }),
    query: z.string().trim().min(1, 'query is what the reader types; it cannot be empty.'),
    expect: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'expect is a page path such as /stack/training/ (leading and trailing slash, no #anchor).'),
    kind: z.enum(QUERY_KINDS, { error: `kind is one of: ${QUERY_KINDS.join(', ')}.` }),
    top: z.union([z.literal(1), z.literal(3)]).default(3),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}. Fields are locale, query, expect, kind and top.` : undefined,
  },
);
export type SearchQuery = z.infer<typeof querySchema>;

/** Validates the parsed YAML; every problem names the entry and what to fix. */
export function parseQuerySet(data: unknown, file: string, pageExists: (path: string) => boolean): SearchQuery[] {
  const list = z.array(z.unknown()).safeParse(data);
  if (!list.success) throw new Error(`${file}: expected a list of queries.`);
  const problems: string[] = [];
  const queries: SearchQuery[] = [];
  const seen = new Set<string>();
  list.data.forEach((entry, index) => {
    const parsed = querySchema.safeParse(entry);
    const label = `${file} entry ${index + 1}${parsed.success ? ` ("${parsed.data.query}")` : ''}`;
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${label}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`));
      return;
    }
    const query = parsed.data;
    if (query.locale === 'zh-cn' !== query.expect.startsWith('/zh-cn/')) {
      problems.push(`${label}: a ${query.locale} query must expect a ${query.locale === 'zh-cn' ? '/zh-cn/' : 'non-/zh-cn/'} page; Pagefind searches the current language only.`);
    }
    if (!pageExists(query.expect)) problems.push(`${label}: expects ${query.expect}, which is not a built page.`);
    const key = `${query.locale} ${query.query}`;
    if (seen.has(key)) problems.push(`${label}: the same query appears twice for ${query.locale}.`);
    seen.add(key);
    queries.push(query);
  });
  if (problems.length > 0) throw new Error(`Search query set:\n  - ${problems.join('\n  - ')}`);
  return queries;
}

export interface QueryOutcome {
  query: SearchQuery;
  /** Page paths of the results, best first (no query string or hash). */
  results: string[];
  hit: boolean;
}

/** A query hits when its page is within its first `top` results. */
export function scoreQuery(query: SearchQuery, results: string[]): QueryOutcome {
  return { query, results, hit: results.slice(0, query.top).includes(query.expect) };
}

export function hitRate(outcomes: QueryOutcome[]): number {
  return outcomes.length === 0 ? 0 : outcomes.filter((outcome) => outcome.hit).length / outcomes.length;
}

/** One line per miss, for the test message and the benchmark. */
export function describeMisses(outcomes: QueryOutcome[]): string[] {
  return outcomes
    .filter((outcome) => !outcome.hit)
    .map(({ query, results }) => `[${query.locale}] "${query.query}" (${query.kind}): expected ${query.expect} in the top ${query.top}, got ${results.slice(0, 3).join(', ') || 'no results'}`);
}
