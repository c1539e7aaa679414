import { describe, expect, it } from 'vitest';
import { highlightTerms, withHighlight } from './search-highlight.ts';

describe('highlightTerms', () => {
  it('keeps English words as typed, punctuation included', () => {
    expect(highlightTerms('  nvidia-ctk  torch.compile ')).toEqual(['nvidia-ctk', 'torch.compile']);
  });

  it('adds the words of a Chinese phrase, leaving out single characters', () => {
    expect(highlightTerms('按瓶颈加工具', () => ['按', '瓶颈', '加', '工具'])).toEqual(['按瓶颈加工具', '瓶颈', '工具']);
    // The default segmenter is the runtime's Intl.Segmenter, as in the browser.
    expect(highlightTerms('显存碎片整理')).toEqual(expect.arrayContaining(['显存碎片整理', '碎片']));
  });

  it('handles mixed Chinese and English queries', () => {
    expect(highlightTerms('PyTorch 安装', () => ['安装'])).toEqual(['PyTorch', '安装']);
  });

  it('returns nothing for an empty query', () => {
    expect(highlightTerms('   ')).toEqual([]);
  });
});

describe('withHighlight', () => {
  it("replaces Pagefind's normalised terms and keeps the section", () => {
    expect(withHighlight('/stack/environment/?highlight=nvidiactk#nvidia-container-toolkit', ['nvidia-ctk'])).toBe(
      '/stack/environment/?highlight=nvidia-ctk#nvidia-container-toolkit',
    );
  });

  it('encodes Chinese terms and adds one parameter per term', () => {
    expect(withHighlight('/zh-cn/stack/', ['显存', '碎片'])).toBe('/zh-cn/stack/?highlight=%E6%98%BE%E5%AD%98&highlight=%E7%A2%8E%E7%89%87');
  });

  it('leaves a URL without terms clean', () => {
    expect(withHighlight('/stack/?highlight=x#layers', [])).toBe('/stack/#layers');
  });
});
