import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { codeAnchors, codeBlockId, codeBlockTitle } from './code-anchors.ts';

async function render(source: string, file = '/site/content/docs/quickstart.mdx'): Promise<string> {
  const result = await markdownToHtml(source, {
    features: { headingAttributes: true },
    hastPlugins: [codeAnchors({ include: (path) => path.startsWith('/site/content/docs/') })],
    fileURL: pathToFileURL(file),
  });
  return result.html;
}

describe('codeBlockTitle', () => {
  it('reads double- and single-quoted titles among other meta', () => {
    expect(codeBlockTitle('title="train.py" {2-4}')).toBe('train.py');
    expect(codeBlockTitle("ins={3} title='serve.py'")).toBe('serve.py');
  });

  it('ignores blocks without a title and attributes that only end in "title"', () => {
    expect(codeBlockTitle(undefined)).toBeUndefined();
    expect(codeBlockTitle('{1}')).toBeUndefined();
    expect(codeBlockTitle('subtitle="x"')).toBeUndefined();
  });
});

describe('codeBlockId', () => {
  it('joins the section id and the file name as ASCII words', () => {
    expect(codeBlockId('fine-tune', 'train.py', new Set())).toBe('fine-tune-train-py');
    expect(codeBlockId('ci', '.github/workflows/test.yml', new Set())).toBe('ci-github-workflows-test-yml');
  });

  it('gives terminal and outdated blocks the same id in both languages', () => {
    expect(codeBlockId('vllm', 'Terminal', new Set())).toBe(codeBlockId('vllm', '终端', new Set()));
    expect(codeBlockId('amp', 'Outdated: torch.cuda.amp', new Set())).toBe(codeBlockId('amp', '过时写法：torch.cuda.amp', new Set()));
  });

  it('numbers repeats and never reuses a heading id', () => {
    const taken = new Set(['setup-terminal']);
    expect(codeBlockId('setup', 'Terminal', taken)).toBe('setup-terminal-2');
    expect(codeBlockId('setup', 'Terminal', taken)).toBe('setup-terminal-3');
  });

  it('falls back to "code" for a title with no ASCII letters', () => {
    expect(codeBlockId('intro', '示例', new Set())).toBe('intro-code');
  });
});

describe('code-anchors plugin', () => {
  it('wraps a titled block in an anchor with a link to itself, named in the page language', async () => {
    const html = await render('## 微调 {#fine-tune}\n\n```python title="train.py"\nprint(1)\n```\n', '/site/content/docs/zh-cn/quickstart.mdx');
    expect(html).toContain('<div class="atlas-code-block" id="fine-tune-train-py">');
    expect(html).toMatch(/<a class="sl-anchor-link atlas-code-link" href="#fine-tune-train-py">[\s\S]*代码块「train\.py」的链接/);
  });

  it('leaves untitled blocks and pages outside the docs alone', async () => {
    expect(await render('## A {#a}\n\n```bash\nls\n```\n')).not.toContain('atlas-code-block');
    expect(await render('```bash title="Terminal"\nls\n```\n', '/elsewhere/readme.md')).not.toContain('atlas-code-block');
  });

  it('uses the nearest heading before the block, h2 or h3', async () => {
    const html = await render('## A {#a}\n\n### B {#b}\n\n```bash title="Terminal"\nls\n```\n\n## C {#c}\n\n```bash title="Terminal"\nls\n```\n');
    expect([...html.matchAll(/atlas-code-block" id="([^"]+)"/g)].map((m) => m[1])).toEqual(['b-terminal', 'c-terminal']);
  });
});
