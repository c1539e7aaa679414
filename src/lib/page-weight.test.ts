import { describe, expect, it } from 'vitest';
import { BUDGET, checkBudgets, gzipSize, pageWeight, staticImports, withoutArticle } from './page-weight.ts';

const files: Record<string, string> = {
  '/_astro/page.js': 'import"./shared.js";import{a as b}from"./other.js";const lazy=()=>import("./search.js");',
  '/_astro/shared.js': 'export const s=1;',
  '/_astro/other.js': 'export const a=2;',
  '/_astro/search.js': 'x'.repeat(50_000),
  '/_astro/site.css': 'body{color:red}',
};
const read = (url: string) => (url in files ? new TextEncoder().encode(files[url]) : undefined);

describe('page weight', () => {
  it('follows static imports but not dynamic ones', () => {
    expect(staticImports(files['/_astro/page.js']!)).toEqual(['./shared.js', './other.js']);
  });

  it('counts the HTML, stylesheets and module graph, gzip-compressed', () => {
    const html = '<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script></head><body>hi</body></html>';
    const weight = pageWeight('/stack/', html, read);
    expect(weight.files).toEqual(['/_astro/site.css', '/_astro/page.js', '/_astro/shared.js', '/_astro/other.js']);
    expect(weight.css).toBe(gzipSize(files['/_astro/site.css']!));
    expect(weight.js).toBe(['/_astro/page.js', '/_astro/shared.js', '/_astro/other.js'].reduce((sum, file) => sum + gzipSize(files[file]!), 0));
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
  });

  it('empties only the article when measuring the frame', () => {
    const html = '<main><div class="sl-markdown-content"><p>long text</p><div>x</div></div><footer>f</footer></main>';
    expect(withoutArticle(html)).toBe('<main><div class="sl-markdown-content"></div><footer>f</footer></main>');
  });
});

describe('byte budgets', () => {
  const weight = (total: number, js: number) => ({ html: total - js, css: 0, js, total, files: [] });
  it('reports measured figure and budget for JavaScript, the frame and typical pages', () => {
    const over = BUDGET.total + 2048;
    expect(
      checkBudgets([
        { path: '/', weight: weight(over, 11 * 1024), frame: weight(over, 11 * 1024), typical: true },
        { path: '/stack/training/', weight: weight(over, 1024), frame: weight(1024, 1024), typical: false },
      ]),
    ).toEqual([
      '/: 11.0 KB of JavaScript before interaction; the budget is 10.0 KB.',
      '/: the page frame without its article weighs 32.0 KB; the budget is 30.0 KB.',
      '/: 32.0 KB before interaction (HTML 21.0 KB, CSS 0.0 KB, JS 11.0 KB); the budget is 30.0 KB.',
    ]);
  });
});
