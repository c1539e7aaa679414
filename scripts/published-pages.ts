/** Reads the published pages and anchors of a build, for the link-permanence check and record. */
import { parse } from 'node-html-parser';
import type { PublishedPage } from '../src/lib/link-permanence.ts';

export const RECORD_FILE = 'content/published-links.txt';

export function publishedPages(built: { path: string; html: string }[], base: string): PublishedPage[] {
  return built.map(({ path, html }) => {
    const root = parse(html);
    // Astro's static `redirects` are pages with a meta refresh to the new address.
    const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    const target = refresh ? /url=([^;]+)$/i.exec(refresh)?.[1] : undefined;
    const ids = root
      .querySelectorAll('.sl-markdown-content h2[id], .sl-markdown-content h3[id], .sl-markdown-content [data-anchor-alias]')
      .map((el) => el.getAttribute('id')!);
    return { path, anchors: new Set(ids), redirectTo: target ? `/${new URL(target, 'http://site.invalid').pathname.slice(base.length)}` : undefined };
  });
}
