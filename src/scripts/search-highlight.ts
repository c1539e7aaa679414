/**
 * Marks the search terms on a page opened from a search result (`?highlight=term`). Pagefind's
 * highlighter is loaded only then, so ordinary page views load none of it. Its own inline styles
 * would be refused by the Content Security Policy; the marks are styled in src/styles/theme.css.
 */
import { HIGHLIGHT_PARAM } from '../lib/search-highlight.ts';

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind-highlight.js`;
  void (import(/* @vite-ignore */ url) as Promise<{ default: new (options: Record<string, unknown>) => unknown }>).then(
    ({ default: PagefindHighlight }) =>
      new PagefindHighlight({
        highlightParam: HIGHLIGHT_PARAM,
        markContext: '.sl-markdown-content',
        markOptions: { className: 'pagefind-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '.sr-only'] },
        addStyles: false,
      }),
  );
}
