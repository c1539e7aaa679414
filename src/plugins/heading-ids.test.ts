import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { findHeadingIdProblems, headingIdsRequired } from './heading-ids.ts';

const FILE = '/site/content/docs/zh-cn/roadmap.mdx';

/** Compiles MDX the way the site does: heading attributes on, the plugin in the hast stage. */
async function compile(source: string): Promise<string> {
  const result = await mdxToJs(source, {
    features: { headingAttributes: true },
    hastPlugins: [headingIdsRequired({ include: (path) => path.startsWith('/site/content/docs/') })],
    fileURL: pathToFileURL(FILE),
  });
  return result.code;
}

describe('heading-ids plugin', () => {
  it('accepts Chinese headings with explicit ASCII ids and keeps the id', async () => {
    const code = await compile('## 显存不够 {#out-of-memory}\n\ntext\n\n### 8 bit 加载 {#load-in-8-bit}\n');
    expect(code).toContain('id: "out-of-memory"');
    expect(code).toContain('id: "load-in-8-bit"');
  });

  it('fails the build for a heading without an id, naming the file, the line and the fix', async () => {
    await expect(compile('# Title\n\n## 显存不够\n')).rejects.toThrow(/roadmap\.mdx[\s\S]*line 3: h2 "显存不够" has no id[\s\S]*\{#my-section\}/);
  });

  it('fails for a duplicate id on one page and names both lines', async () => {
    await expect(compile('## One {#same}\n\n## Two {#same}\n')).rejects.toThrow(/line 3: h2 "Two" repeats the id "same" already used on line 1/);
  });

  it('fails for an id that is not lower-case ASCII', async () => {
    await expect(compile('## Install {#Install_Guide}\n')).rejects.toThrow(/id "Install_Guide", which is not lower-case ASCII/);
  });

  it('lists every problem of a page at once', async () => {
    await expect(compile('## A\n\n### B\n')).rejects.toThrow(/h2 "A" has no id[\s\S]*h3 "B" has no id/);
  });

  it('ignores h1 and h4 and files outside the docs collection', async () => {
    await expect(compile('# Title\n\n#### Detail\n')).resolves.toBeTypeOf('string');
    const outside = await mdxToJs('## Free heading\n', {
      features: { headingAttributes: true },
      hastPlugins: [headingIdsRequired({ include: (path) => path.startsWith('/site/content/docs/') })],
      fileURL: pathToFileURL('/site/README.mdx'),
    });
    expect(outside.code).toContain('Free heading');
  });
});

describe('findHeadingIdProblems', () => {
  it('returns nothing for unique explicit ids', () => {
    expect(
      findHeadingIdProblems([
        { level: 2, text: 'A', id: 'a', line: 1 },
        { level: 3, text: 'B', id: 'b-2', line: 2 },
      ]),
    ).toEqual([]);
  });
});
