/**
 * Pagefind's search UI, loaded on demand by the Search override (src/components/overrides/Search.astro)
 * together with its styles, so that reading a page ships none of it.
 */
// @ts-expect-error — @pagefind/default-ui ships no types.
import { PagefindUI } from '@pagefind/default-ui';
import '../styles/search-ui.css';

export function mountSearch(element: HTMLElement | null, translations: Record<string, string>, config: Record<string, unknown>): void {
  if (!element || element.dataset['mounted']) return;
  element.dataset['mounted'] = 'true';
  new PagefindUI({
    ...config,
    element,
    baseUrl: import.meta.env.BASE_URL,
    bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
    showImages: false,
    translations,
    showSubResults: true,
  });
  // Pagefind's input is named only by its title, which axe reports as `label-title-only`;
  // give it an accessible name in the page's language.
  element.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-label', translations['placeholder'] ?? 'Search');
}
