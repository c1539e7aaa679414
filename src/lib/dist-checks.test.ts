import { describe, expect, it } from 'vitest';
import { checkHeadingIds, checkInternalLinks, checkLang, checkLinkPreviews, checkLocaleParity, checkNoExternalResources, parsePage } from './dist-checks.ts';

function page(path: string, body: string, lang = path.startsWith('/zh-cn/') ? 'zh-CN' : 'en', head = '') {
  return parsePage({ path, html: `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>` });
}
const content = (inner: string) => `<main id="_top"><div class="sl-markdown-content">${inner}</div></main>`;
const hint = (locale: string, key: string) => `content/docs/${locale === 'en' ? '' : 'zh-cn/'}${key.replace(/^\/|\/$/g, '')}.mdx`;
const SITE = { base: '/', site: 'http://localhost:4321', fileExists: (path: string) => path === '/favicon.svg' };

describe('checkHeadingIds', () => {
  it('reports headings without ids, non-ASCII ids and duplicates, each with its page', () => {
    const problems = checkHeadingIds([page('/a/', content('<h2>No id</h2><h3 id="显存">x</h3><h2 id="dup">1</h2><h2 id="dup">2</h2><h4>ok</h4>'))]);
    expect(problems).toEqual([
      '/a/: h2 "No id" has no id. Give it an explicit id: {#my-section}.',
      '/a/: h3 "x" has id "显存"; ids must be lower-case ASCII words joined by hyphens.',
      '/a/: the id "dup" is used by more than one heading; make each id unique on the page.',
    ]);
  });

  it('ignores headings outside the page content, such as the table of contents', () => {
    expect(checkHeadingIds([page('/a/', `<h2 id="starlight__on-this-page">On this page</h2>${content('<h2 id="ok">ok</h2>')}`)])).toEqual([]);
  });
});

describe('checkLocaleParity', () => {
  it('names the page that lacks a translation and the file to add', () => {
    const problems = checkLocaleParity([page('/stack/', content('')), page('/zh-cn/learn/', content(''))], hint);
    expect(problems).toEqual([
      '/zh-cn/learn/ has no English translation. Add content/docs/learn.mdx with the same heading ids.',
      '/stack/ has no Chinese translation. Add content/docs/zh-cn/stack.mdx with the same heading ids.',
    ]);
  });

  it('reports heading ids present in one locale only, in both directions', () => {
    const problems = checkLocaleParity(
      [page('/stack/', content('<h2 id="layers">L</h2><h2 id="extra">E</h2>')), page('/zh-cn/stack/', content('<h2 id="layers">层</h2><h2 id="only-zh">Z</h2>'))],
      hint,
    );
    expect(problems).toEqual([
      '/zh-cn/stack/ lacks heading id(s) present in /stack/: #extra. Edit content/docs/zh-cn/stack.mdx.',
      '/stack/ lacks heading id(s) present in /zh-cn/stack/: #only-zh. Edit content/docs/stack.mdx.',
    ]);
  });

  it('reports titled code blocks present in one locale only', () => {
    const block = (id: string) => `<div class="atlas-code-block" id="${id}"><pre>x</pre></div>`;
    const problems = checkLocaleParity(
      [page('/quickstart/', content(`<h2 id="fine-tune">F</h2>${block('fine-tune-train-py')}`)), page('/zh-cn/quickstart/', content('<h2 id="fine-tune">微调</h2>'))],
      hint,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Titled code blocks differ between \/quickstart\/ and \/zh-cn\/quickstart\/ \(only English: #fine-tune-train-py; only Chinese: none\)/);
    expect(problems[0]).toContain('content/docs/zh-cn/quickstart.mdx');
  });

  it("counts Starlight's fallback page (English content under /zh-cn/) as a missing translation", () => {
    const fallback = page('/zh-cn/stack/', '<div data-atlas-missing-translation><p>此内容尚不支持你的语言。</p></div>' + content(''));
    expect(checkLocaleParity([page('/stack/', content('')), fallback], hint)).toEqual([
      '/stack/ has no Chinese translation. Add content/docs/zh-cn/stack.mdx with the same heading ids.',
    ]);
  });

  it('treats the home pages / and /zh-cn/ as one page', () => {
    expect(checkLocaleParity([page('/', content('')), page('/zh-cn/', content(''))], hint)).toEqual([]);
  });
});

describe('checkLang', () => {
  it('requires zh-CN on Chinese pages so Pagefind segments them', () => {
    expect(checkLang([page('/zh-cn/x/', '', 'en'), page('/x/', '', 'en')])).toEqual(['/zh-cn/x/: <html lang="en">, expected "zh-CN".']);
  });
});

describe('checkInternalLinks', () => {
  const target = page('/stack/', content('<h2 id="layers">Layers</h2>'));
  it('accepts links to existing pages, ids and files, and ignores other hosts', () => {
    const from = page('/', content('') + '<a href="/stack/">a</a><a href="/stack/#layers">b</a><a href="#_top">c</a><a href="/favicon.svg">d</a><a href="https://pytorch.org/">e</a><a href="mailto:x@y.z">f</a>');
    expect(checkInternalLinks([from, target], SITE)).toEqual([]);
  });

  it('reports a missing page and a missing fragment', () => {
    const from = page('/', '<a href="/stack/hardware/">a</a><a href="/stack/#nope">b</a>');
    expect(checkInternalLinks([from, target], SITE)).toEqual([
      '/: link "/stack/hardware/" points to /stack/hardware/, which does not exist.',
      '/: link "/stack/#nope" points to #nope, which is not an id on /stack/.',
    ]);
  });

  it('resolves links under a deploy base and rejects links that escape it', () => {
    const from = page('/', '<a href="/atlas/stack/#layers">a</a><a href="/stack/">b</a>');
    expect(checkInternalLinks([from, target], { ...SITE, base: '/atlas/' })).toEqual(['/: link "/stack/" is outside the site base /atlas/.']);
  });
});

describe('checkNoExternalResources', () => {
  it('reports scripts, styles and images from other hosts but not canonical or alternate links', () => {
    const p = page(
      '/',
      '<img src="https://cdn.example.com/a.png"><script src="/_astro/x.js"></script>',
      'en',
      '<link rel="stylesheet" href="https://fonts.example.com/f.css"><link rel="canonical" href="https://atlas.example.org/"><link rel="alternate" hreflang="zh-CN" href="https://atlas.example.org/zh-cn/">',
    );
    expect(checkNoExternalResources([p], 'http://localhost:4321')).toEqual([
      '/: loads https://fonts.example.com/f.css from another host; ship it with the site instead.',
      '/: loads https://cdn.example.com/a.png from another host; ship it with the site instead.',
    ]);
  });
});

describe('checkLinkPreviews', () => {
  const png = (width: number, height: number) => {
    const bytes = new Uint8Array(24);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    new DataView(bytes.buffer).setUint32(16, width);
    new DataView(bytes.buffer).setUint32(20, height);
    return bytes;
  };
  const head = (path: string, key: string, image: string) =>
    `<link rel="canonical" href="http://localhost:4321${path}"/><link rel="alternate" hreflang="en" href="http://localhost:4321${key}"/>` +
    `<link rel="alternate" hreflang="zh-CN" href="http://localhost:4321/zh-cn${key}"/><link rel="alternate" hreflang="x-default" href="http://localhost:4321${key}"/>` +
    `<meta property="og:description" content="A page."/><meta property="og:image" content="http://localhost:4321${image}"/>`;
  const options = (files: Record<string, Uint8Array>) => ({
    site: 'http://localhost:4321',
    base: '/',
    imagePath: (path: string) => `/og${path.replace(/\/$/, '') || '/index'}.png`,
    readFile: (path: string) => files[path],
  });

  it('accepts a page with its canonical URL, both languages and its own 1200 × 630 image', () => {
    const pages = [page('/zh-cn/stack/', content(''), 'zh-CN', head('/zh-cn/stack/', '/stack/', '/og/zh-cn/stack.png'))];
    expect(checkLinkPreviews(pages, options({ '/og/zh-cn/stack.png': png(1200, 630) }))).toEqual([]);
  });

  it('names a missing image, a wrong size and a wrong alternate', () => {
    const wrongAlternate = head('/stack/', '/stack/', '/og/stack.png').replace('/zh-cn/stack/', '/zh-cn/');
    const problems = checkLinkPreviews(
      [page('/stack/', content(''), 'en', wrongAlternate), page('/learn/', content(''), 'en', head('/learn/', '/learn/', '/og/learn.png'))],
      options({ '/og/stack.png': png(800, 600) }),
    );
    expect(problems).toEqual([
      '/stack/: hreflang="zh-CN" points to http://localhost:4321/zh-cn/; expected http://localhost:4321/zh-cn/stack/.',
      '/stack/: its preview image is 800 × 600; link previews expect 1200 × 630.',
      '/learn/: its preview image /og/learn.png was not drawn (src/integrations/og-images.ts).',
    ]);
  });
});
