/**
 * The words to mark on a page opened from a search result. Pagefind's own highlight parameter
 * carries its normalised index terms (`nvidia-ctk` becomes `nvidiactk`), which never match the
 * page text, so result links carry what the reader typed instead: each word as typed, and for
 * Chinese also its words as the browser segments them (Pagefind splits queries the same way).
 */
export const HIGHLIGHT_PARAM = 'highlight';

const HAN = /\p{Script=Han}/u;

export function highlightTerms(query: string, segment: (text: string) => string[] = segmentWords): string[] {
  const terms: string[] = [];
  for (const word of query.trim().split(/\s+/).filter(Boolean)) {
    terms.push(word);
    if (!HAN.test(word)) continue;
    // Single Han characters (按, 的) would mark half the page; keep words of two or more.
    for (const part of segment(word)) if (part !== word && [...part].length > 1) terms.push(part);
  }
  return [...new Set(terms)];
}

function segmentWords(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [];
  return [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** A result URL with Pagefind's parameter replaced by the reader's terms, hash kept. */
export function withHighlight(url: string, terms: string[]): string {
  const [path = '', hash] = url.split('#', 2);
  const [pathname = '', search = ''] = path.split('?', 2);
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}
