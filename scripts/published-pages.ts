/** Reads the pages of a build, for the build-output checks and the link record. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'node-html-parser';
import type { PublishedPage } from '../src/lib/link-permanence.ts';

export const RECORD_FILE = 'content/published-links.txt';

/** Every `index.html` of a build, with its site path without base (`/`, `/stack/`, `/zh-cn/stack/`). */
export function readBuiltPages(distDir: string): { path: string; html: string }[] {
  return (readdirSync(distDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('index.html') && statSync(join(distDir, file)).isFile())
    .sort()
    .map((file) => ({ path: `/${file.split(sep).join('/').replace(/index\.html$/, '')}`, html: readFileSync(join(distDir, file), 'utf8') }));
}

export function publishedPages(built: { path: string; html: string }[], base: string): PublishedPage[] {
  return built.map(({ path, html }) => {
    const root = parse(html);
    // Astro's static `redirects` are pages with a meta refresh to the new address.
    const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    const target = refresh ? /url=([^;]+)$/i.exec(refresh)?.[1] : undefined;
    const ids = root
      .querySelectorAll('.sl-markdown-content :is(h2, h3, .atlas-code-block)[id], .sl-markdown-content [data-anchor-alias]')
      .map((el) => el.getAttribute('id')!);
    return { path, anchors: new Set(ids), redirectTo: target ? `/${new URL(target, 'http://site.invalid').pathname.slice(base.length)}` : undefined };
  });
}
