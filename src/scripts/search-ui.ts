/**
 * Pagefind's search UI, loaded on demand by the Search override (src/components/overrides/Search.astro)
 * together with its styles, so that reading a page ships none of it.
 */
// @ts-expect-error — @pagefind/default-ui ships no types.
import { PagefindUI } from '@pagefind/default-ui';
// Imported by URL, not as a module: Astro adds stylesheets imported by a page's scripts to every
// page (dynamic imports included), which would defeat loading them on demand.
import stylesheetUrl from '../styles/search-ui.css?url';
import { nextResultIndex } from '../lib/result-navigation.ts';
import { highlightTerms, withHighlight } from '../lib/search-highlight.ts';

interface ResultData {
  url: string;
  sub_results?: { url: string }[];
}

function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}

export async function mountSearch(element: HTMLElement | null, translations: Record<string, string>, config: Record<string, unknown>): Promise<void> {
  if (!element || element.dataset['mounted']) return;
  element.dataset['mounted'] = 'true';
  await loadStylesheet(stylesheetUrl);
  new PagefindUI({
    ...config,
    element,
    baseUrl: import.meta.env.BASE_URL,
    bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
    showImages: false,
    translations,
    showSubResults: true,
    // Result links carry the reader's words (`?highlight=…`) so that the page marks them on arrival
    // (src/scripts/search-highlight.ts).
    processResult: (result: ResultData) => {
      const terms = highlightTerms(element.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.value ?? '');
      result.url = withHighlight(result.url, terms);
      for (const sub of result.sub_results ?? []) sub.url = withHighlight(sub.url, terms);
      return result;
    },
  });
  element.addEventListener('keydown', (event) => moveThroughResults(element, event));
  // Pagefind's input is named only by its title, which axe reports as `label-title-only`;
  // give it an accessible name in the page's language.
  element.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-label', translations['placeholder'] ?? 'Search');
}

/** Up and Down move between the search field and the results, page and section results alike. */
function moveThroughResults(element: HTMLElement, event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const field = element.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  const links = [...element.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-link')];
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (current === -1 && document.activeElement !== field) return;
  const next = nextResultIndex(event.key, current, links.length);
  if (next === undefined) return;
  event.preventDefault();
  const target = next === -1 ? field : links[next];
  target?.focus();
  target?.scrollIntoView({ block: 'nearest' });
}
