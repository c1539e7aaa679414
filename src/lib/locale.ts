import type { Locale } from './schemas/localized.ts';

/** Starlight's route locale is `undefined` for the root (English) locale. */
export function toLocale(routeLocale: string | undefined): Locale {
  return routeLocale === 'zh-cn' ? 'zh-cn' : 'en';
}

/** Id of a page in the docs collection, e.g. `stack/hardware` or `zh-cn/stack/hardware`. */
export function docId(locale: Locale, slug: string): string {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  return locale === 'en' ? clean : [locale, clean].filter(Boolean).join('/');
}

/** Site-relative URL of a page in a locale, honouring the deploy base (`/` or e.g. `/atlas/`). */
export function pageHref(base: string, locale: Locale, slug: string, hash?: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const id = docId(locale, slug);
  return `${root}${id ? `${id}/` : ''}${hash ? `#${hash}` : ''}`;
}
