/**
 * Checks over the built site in `dist/`. Each check returns every problem it finds, with the page
 * and what to do about it, so one run shows the whole list. Pure functions over parsed pages; the
 * runner in scripts/check-dist.ts reads the files.
 */
import { parse, type HTMLElement } from 'node-html-parser';

export const SECOND_LOCALE = 'zh-cn';
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface BuiltPage {
  /** Site path without base, with trailing slash: `/`, `/stack/`, `/zh-cn/stack/`. */
  path: string;
  html: string;
}

export interface ParsedPage {
  path: string;
  locale: 'en' | 'zh-cn';
  /** Path of the same page in the root locale: `/stack/` for both `/stack/` and `/zh-cn/stack/`. */
  key: string;
  lang: string | undefined;
  ids: Set<string>;
  /** h2/h3 in the page content, in document order. */
  headings: { level: number; id: string | undefined; text: string }[];
  /** Ids of linkable code blocks in the content (src/plugins/code-anchors.ts), in document order. */
  codeAnchors: string[];
  links: string[];
  /** Starlight rendered the other locale's content here because the translation is missing. */
  isFallback: boolean;
  /** URLs the page loads by itself (scripts, styles, images, icons, fonts). */
  resources: string[];
  /** What link previews and search engines read: canonical URL, language alternates, og:image. */
  preview: { canonical: string | undefined; alternates: Record<string, string>; image: string | undefined; description: string | undefined };
}

export function parsePage(page: BuiltPage): ParsedPage {
  const root = parse(page.html);
  const locale = page.path === `/${SECOND_LOCALE}/` || page.path.startsWith(`/${SECOND_LOCALE}/`) ? 'zh-cn' : 'en';
  const key = locale === 'en' ? page.path : page.path.slice(SECOND_LOCALE.length + 1);
  const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
  const content = root.querySelector('.sl-markdown-content');
  const headings = (content?.querySelectorAll('h2, h3') ?? []).map((el: HTMLElement) => ({
    level: Number(el.tagName.slice(1)),
    id: el.getAttribute('id') || undefined,
    text: el.textContent.trim(),
  }));
  const codeAnchors = (content?.querySelectorAll('.atlas-code-block[id]') ?? []).map((el: HTMLElement) => el.getAttribute('id')!);
  const links = root.querySelectorAll('a[href]').map((el) => el.getAttribute('href') ?? '');
  const resources = [
    ...root.querySelectorAll('script[src]').map((el) => el.getAttribute('src') ?? ''),
    ...root.querySelectorAll('link[href]').filter(isLoadedLink).map((el) => el.getAttribute('href') ?? ''),
    ...root.querySelectorAll('img[src], source[src], iframe[src]').map((el) => el.getAttribute('src') ?? ''),
  ];
  const lang = root.querySelector('html')?.getAttribute('lang');
  const isFallback = root.querySelector('[data-atlas-missing-translation]') !== null;
  const preview = {
    canonical: root.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    alternates: Object.fromEntries(
      root.querySelectorAll('link[rel="alternate"][hreflang]').map((el) => [el.getAttribute('hreflang') ?? '', el.getAttribute('href') ?? '']),
    ),
    image: root.querySelector('meta[property="og:image"]')?.getAttribute('content'),
    description: root.querySelector('meta[property="og:description"]')?.getAttribute('content'),
  };
  return { path: page.path, locale, key, lang, ids, headings, codeAnchors, links, isFallback, resources, preview };
}

/** `<link rel="canonical|alternate">` only names a URL; stylesheets, icons and preloads are fetched. */
function isLoadedLink(el: HTMLElement): boolean {
  const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  return !rel.some((r) => ['canonical', 'alternate', 'sitemap', 'author', 'license'].includes(r));
}

/** Every h2/h3 in content has an explicit, lower-case ASCII id, unique on its page. */
export function checkHeadingIds(pages: ParsedPage[]): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const seen = new Set<string>();
    for (const heading of page.headings) {
      if (!heading.id) {
        problems.push(`${page.path}: h${heading.level} "${heading.text}" has no id. Give it an explicit id: {#my-section}.`);
      } else if (!ID_PATTERN.test(heading.id)) {
        problems.push(`${page.path}: h${heading.level} "${heading.text}" has id "${heading.id}"; ids must be lower-case ASCII words joined by hyphens.`);
      } else if (seen.has(heading.id)) {
        problems.push(`${page.path}: the id "${heading.id}" is used by more than one heading; make each id unique on the page.`);
      }
      if (heading.id) seen.add(heading.id);
    }
  }
  return problems;
}

/**
 * Every page exists in both locales with the same set of heading ids, so a link keeps its section
 * when the reader switches language. `sourceHint` turns a page path into the file an author edits.
 */
export function checkLocaleParity(pages: ParsedPage[], sourceHint: (locale: 'en' | 'zh-cn', key: string) => string): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, Partial<Record<'en' | 'zh-cn', ParsedPage>>>();
  for (const page of pages.filter((p) => !p.isFallback)) {
    const entry = byKey.get(page.key) ?? {};
    entry[page.locale] = page;
    byKey.set(page.key, entry);
  }
  for (const [key, entry] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    const { en, 'zh-cn': zh } = entry;
    if (!en || !zh) {
      const have = (en ?? zh)!;
      const missing = en ? 'zh-cn' : 'en';
      problems.push(`${have.path} has no ${missing === 'en' ? 'English' : 'Chinese'} translation. Add ${sourceHint(missing, key)} with the same heading ids.`);
      continue;
    }
    const enIds = en.headings.map((h) => h.id).filter((id): id is string => Boolean(id));
    const zhIds = zh.headings.map((h) => h.id).filter((id): id is string => Boolean(id));
    const onlyEn = enIds.filter((id) => !zhIds.includes(id));
    const onlyZh = zhIds.filter((id) => !enIds.includes(id));
    if (onlyEn.length > 0) problems.push(`${zh.path} lacks heading id(s) present in ${en.path}: ${onlyEn.map((id) => `#${id}`).join(', ')}. Edit ${sourceHint('zh-cn', key)}.`);
    if (onlyZh.length > 0) problems.push(`${en.path} lacks heading id(s) present in ${zh.path}: ${onlyZh.map((id) => `#${id}`).join(', ')}. Edit ${sourceHint('en', key)}.`);
    const codeOnlyEn = en.codeAnchors.filter((id) => !zh.codeAnchors.includes(id));
    const codeOnlyZh = zh.codeAnchors.filter((id) => !en.codeAnchors.includes(id));
    if (codeOnlyEn.length + codeOnlyZh.length > 0) {
      problems.push(
        `Titled code blocks differ between ${en.path} and ${zh.path} (only English: ${codeOnlyEn.map((id) => `#${id}`).join(', ') || 'none'}; only Chinese: ${codeOnlyZh.map((id) => `#${id}`).join(', ') || 'none'}). Give both locales the same titled code blocks in the same sections (a code block's id is its section id plus its file name, or "terminal"): edit ${sourceHint('en', key)} or ${sourceHint('zh-cn', key)}.`,
      );
    }
  }
  return problems;
}

/** English pages declare `lang="en"`, Chinese ones `lang="zh-CN"` (Pagefind segments Chinese only then). */
export function checkLang(pages: ParsedPage[]): string[] {
  return pages
    .filter((page) => page.lang !== (page.locale === 'en' ? 'en' : 'zh-CN'))
    .map((page) => `${page.path}: <html lang="${page.lang ?? ''}">, expected "${page.locale === 'en' ? 'en' : 'zh-CN'}".`);
}

/**
 * Every internal link resolves to a built page or file, and every `#fragment` to an element id on
 * the target page. `fileExists` answers for non-page files such as `/favicon.svg`.
 */
export function checkInternalLinks(pages: ParsedPage[], options: { base: string; site: string; fileExists: (path: string) => boolean }): string[] {
  const problems: string[] = [];
  const pageByPath = new Map(pages.map((page) => [page.path, page]));
  const siteOrigin = new URL(options.site).origin;
  for (const page of pages) {
    const pageUrl = new URL(options.base.replace(/\/$/, '') + page.path, siteOrigin);
    for (const href of new Set(page.links)) {
      const url = new URL(href, pageUrl);
      if (url.origin !== siteOrigin || !/^https?:$/.test(url.protocol)) continue;
      if (!url.pathname.startsWith(options.base)) {
        problems.push(`${page.path}: link "${href}" is outside the site base ${options.base}.`);
        continue;
      }
      const path = `/${url.pathname.slice(options.base.length)}`;
      const target = pageByPath.get(path) ?? (path.endsWith('/') ? undefined : pageByPath.get(`${path}/`));
      if (!target) {
        if (!path.endsWith('/') && options.fileExists(path)) continue;
        problems.push(`${page.path}: link "${href}" points to ${path}, which does not exist.`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && !target.ids.has(hash)) {
        problems.push(`${page.path}: link "${href}" points to #${hash}, which is not an id on ${target.path}.`);
      }
    }
  }
  return problems;
}

/** No page loads anything from another host: the atlas makes no third-party requests. */
export function checkNoExternalResources(pages: ParsedPage[], site: string): string[] {
  const origin = new URL(site).origin;
  const problems: string[] = [];
  for (const page of pages) {
    for (const src of page.resources) {
      if (src.startsWith('data:')) continue;
      const url = new URL(src, origin + '/');
      if (url.origin !== origin) problems.push(`${page.path}: loads ${src} from another host; ship it with the site instead.`);
    }
  }
  return problems;
}

/** Width and height of a PNG, read from its IHDR chunk; undefined if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Link previews: every page names its canonical address, its address in each language
 * (`hreflang`, plus `x-default`), a description, and its own preview image, which exists
 * as a 1200 × 630 PNG. `imagePath` gives the image a page should have (src/lib/og-image.ts).
 */
export function checkLinkPreviews(
  pages: ParsedPage[],
  options: { site: string; base: string; imagePath: (path: string) => string; readFile: (sitePath: string) => Uint8Array | undefined },
): string[] {
  const problems: string[] = [];
  const url = (path: string) => new URL(options.base.replace(/\/$/, '') + path, options.site).href;
  for (const page of pages) {
    const { canonical, alternates, image, description } = page.preview;
    if (canonical !== url(page.path)) problems.push(`${page.path}: canonical URL is ${canonical ?? 'missing'}; expected ${url(page.path)}. Check ATLAS_SITE and ATLAS_BASE.`);
    if (!description) problems.push(`${page.path}: no og:description. Give the page a \`description:\` in its frontmatter.`);
    if (!page.path.includes('404/')) {
      const expected = { en: url(page.key), 'zh-CN': url(`/${SECOND_LOCALE}${page.key}`), 'x-default': url(page.key) };
      for (const [lang, href] of Object.entries(expected)) {
        if (alternates[lang] !== href) problems.push(`${page.path}: hreflang="${lang}" points to ${alternates[lang] ?? 'nothing'}; expected ${href}.`);
      }
    }
    const expectedImage = url(options.imagePath(page.path));
    if (image !== expectedImage) {
      problems.push(`${page.path}: og:image is ${image ?? 'missing'}; expected ${expectedImage} (added by src/route-middleware.ts).`);
      continue;
    }
    const bytes = options.readFile(options.imagePath(page.path));
    const size = bytes && pngSize(bytes);
    if (!size) problems.push(`${page.path}: its preview image ${options.imagePath(page.path)} was not drawn (src/integrations/og-images.ts).`);
    else if (size.width !== 1200 || size.height !== 630) problems.push(`${page.path}: its preview image is ${size.width} × ${size.height}; link previews expect 1200 × 630.`);
  }
  return problems;
}
