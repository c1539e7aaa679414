import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from './base-links.ts';

const render = async (source: string, base: string) => (await markdownToHtml(source, { hastPlugins: [baseLinks(base)] })).html;

describe('base-links plugin', () => {
  it('prefixes root-relative site links with the deploy base', async () => {
    const html = await render('[a](/stack/#layers) [b](/zh-cn/) [c](https://pytorch.org/) [d](#here) [e](//cdn.example.org/x)', '/atlas/');
    expect(html).toContain('href="/atlas/stack/#layers"');
    expect(html).toContain('href="/atlas/zh-cn/"');
    expect(html).toContain('href="https://pytorch.org/"');
    expect(html).toContain('href="#here"');
    expect(html).toContain('href="//cdn.example.org/x"');
  });

  it('leaves links alone at the root and does not prefix twice', async () => {
    expect(await render('[a](/stack/)', '/')).toContain('href="/stack/"');
    expect(await render('[a](/atlas/stack/)', '/atlas/')).toContain('href="/atlas/stack/"');
  });
});
