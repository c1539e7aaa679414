import { pageHref } from './locale.ts';
import type { Locale } from './schemas/localized.ts';

/** The same page in another locale: strip the current locale prefix from the page id. */
export function counterpartHref(base: string, pageId: string, currentLocale: Locale, target: Locale): string {
  const slug = currentLocale === 'en' ? pageId : pageId.replace(new RegExp(`^${currentLocale}(?:/|$)`), '');
  return pageHref(base, target, slug === 'index' ? '' : slug);
}
