import { describe, expect, it } from 'vitest';
import { checkLlmsFiles, llmsIndex, readPage } from './llms-text.ts';

const html = (lang: string, body: string) =>
  `<html lang="${lang}"><head><title>T | Site</title><meta name="description" content="About vLLM."></head><body><a href="#_top">Skip to content</a><nav>Sidebar</nav><main data-pagefind-body><h1 id="_top">vLLM</h1><div class="sl-markdown-content">${body}</div></main></body></html>`;

describe('llms text', () => {
  it('keeps the article (headings, lists, code) and drops interface text', () => {
    const page = readPage(
      'https://atlas.example.org/stack/',
      html(
        'en',
        '<div class="sl-heading-wrapper"><h2 id="a">Serve it<a class="sl-anchor-link" href="#a"><span class="sr-only">Section titled Serve it</span></a></h2></div><ol><li><span aria-hidden="true">1</span>Hardware</li></ol><div class="expressive-code"><figure><pre data-language="bash"></pre><button data-code="vllm serve x\u007fcurl y"></button></figure></div>',
      ),
    )!;
    expect(page).toMatchObject({ title: 'vLLM', description: 'About vLLM.', lang: 'en' });
    expect(page.markdown).toBe('## Serve it\n\n1. Hardware\n\n```bash\nvllm serve x\ncurl y\n```');
  });

  it('skips pages that are not indexed for search, such as 404 pages', () => {
    expect(readPage('https://x/404/', '<html><main><div class="sl-markdown-content">x</div></main></html>')).toBeUndefined();
  });

  it('lists pages by language and checks both files', () => {
    const en = readPage('https://x/', html('en', '<p>Use the default pick and the stack works with the rest.</p>'))!;
    const zh = readPage('https://x/zh-cn/', html('zh-CN', '<p>每一层都选默认首选，先把核心链路端到端跑通，再去优化其中任何一环，这样最稳妥。</p>'))!;
    const index = llmsIndex({ title: 'Atlas', summary: 'S' }, [en, zh]);
    expect(index).toContain('## English\n\n- [vLLM](https://x/): About vLLM.');
    expect(index).toContain('## 简体中文\n\n- [vLLM](https://x/zh-cn/): About vLLM.');
    expect(checkLlmsFiles(index, `${en.markdown}\n${zh.markdown}`, ['https://x/', 'https://x/zh-cn/'])).toEqual([]);
    expect(checkLlmsFiles(index, 'On this page', ['https://x/missing/'])).toEqual([
      'llms.txt does not list https://x/missing/.',
      'llms-full.txt must contain both the English and the Chinese pages.',
      'llms-full.txt contains interface text "On this page"; only article text belongs there.',
    ]);
  });
});
