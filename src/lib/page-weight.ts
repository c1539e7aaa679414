/**
 * What a page costs before the reader does anything: the HTML, its stylesheets, and the JavaScript it
 * runs at load (module scripts and everything they import statically; dynamic `import()` is excluded,
 * since that loads on demand). Sizes are gzip-compressed as the server sends them. Images and fonts
 * are not counted. Deterministic, so byte budgets can be enforced by tests.
 */
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Site-relative URLs of the CSS and JavaScript files counted, in load order. */
  files: string[];
}

export const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 6 }).length;

/** Static imports of an ES module: `import "./a.js"`, `import {x} from "./b.js"`, `export * from "./c.js"`. */
export function staticImports(source: string): string[] {
  const specifiers = new Set<string>();
  for (const match of source.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)) {
    specifiers.add(match[1]!);
  }
  return [...specifiers];
}

/**
 * @param pageUrl site-relative URL of the page (e.g. `/stack/`), to resolve relative references
 * @param read returns the bytes of a site-relative URL, or undefined if it is not a local file
 */
export function pageWeight(pageUrl: string, html: string, read: (url: string) => Uint8Array | undefined): PageWeight {
  const root = parse(html);
  const base = new URL(pageUrl, 'http://site.invalid');
  const toPath = (ref: string) => {
    const url = new URL(ref, base);
    return url.origin === base.origin ? url.pathname : undefined;
  };
  const files: string[] = [];
  let css = 0;
  let js = 0;

  for (const link of root.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const path = toPath(link.getAttribute('href')!);
    const bytes = path ? read(path) : undefined;
    if (path && bytes && !files.includes(path)) {
      files.push(path);
      css += gzipSize(bytes);
    }
  }

  const queue = [
    ...root.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!),
    ...root.querySelectorAll('link[rel="modulepreload"][href]').map((link) => link.getAttribute('href')!),
  ].flatMap((ref) => toPath(ref) ?? []);
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (files.includes(path)) continue;
    const bytes = read(path);
    if (!bytes) continue;
    files.push(path);
    js += gzipSize(bytes);
    const source = new TextDecoder().decode(bytes);
    for (const specifier of staticImports(source)) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
      queue.push(new URL(specifier, new URL(path, 'http://site.invalid')).pathname);
    }
  }

  const htmlSize = gzipSize(html);
  return { html: htmlSize, css, js, total: htmlSize + css + js, files };
}

export const BUDGET = {
  /** Everything transferred before the reader interacts (HTML + CSS + JS, gzip), on a typical page. */
  total: 30 * 1024,
  /** Of which JavaScript. */
  js: 10 * 1024,
};

/**
 * The same page with its article emptied: what the site's own frame (header, navigation, styles,
 * scripts) costs, independent of how much the author wrote.
 */
export function withoutArticle(html: string): string {
  return html.replace(/(<div class="sl-markdown-content">)[\s\S]*?(<\/div>\s*<footer)/, '$1$2');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Byte budgets: on every page, at most 10 KB of JavaScript and a frame of at most 30 KB; on the
 * typical pages (home and overviews), at most 30 KB in total. Long reference pages are reported by
 * the benchmark, not capped: their size is their content.
 */
export function checkBudgets(pages: { path: string; weight: PageWeight; frame: PageWeight; typical: boolean }[]): string[] {
  const problems: string[] = [];
  for (const { path, weight, frame, typical } of pages) {
    if (weight.js > BUDGET.js) problems.push(`${path}: ${kb(weight.js)} of JavaScript before interaction; the budget is ${kb(BUDGET.js)}.`);
    if (frame.total > BUDGET.total) problems.push(`${path}: the page frame without its article weighs ${kb(frame.total)}; the budget is ${kb(BUDGET.total)}.`);
    if (typical && weight.total > BUDGET.total) {
      problems.push(`${path}: ${kb(weight.total)} before interaction (HTML ${kb(weight.html)}, CSS ${kb(weight.css)}, JS ${kb(weight.js)}); the budget is ${kb(BUDGET.total)}.`);
    }
  }
  return problems;
}
