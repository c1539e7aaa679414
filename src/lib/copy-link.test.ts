import { describe, expect, it } from 'vitest';
import { isPlainActivation, sectionUrl } from './copy-link.ts';

const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };

describe('sectionUrl', () => {
  it('resolves the anchor against the page into a full address', () => {
    expect(sectionUrl('https://atlas.example/zh-cn/stack/deployment/', '#vllm')).toBe('https://atlas.example/zh-cn/stack/deployment/#vllm');
  });

  it('replaces the hash the page was opened with', () => {
    expect(sectionUrl('https://atlas.example/stack/training/#lightning', '#bitsandbytes')).toBe('https://atlas.example/stack/training/#bitsandbytes');
  });

  it('drops the search highlight but keeps other query parameters', () => {
    expect(sectionUrl('https://atlas.example/setup/?os=linux&highlight=cuda', '#selector')).toBe('https://atlas.example/setup/?os=linux#selector');
  });

  it('keeps a deploy sub-path', () => {
    expect(sectionUrl('https://example.github.io/atlas/stack/', '#layers')).toBe('https://example.github.io/atlas/stack/#layers');
  });
});

describe('isPlainActivation', () => {
  it('accepts a plain click (Enter on a link is reported as one)', () => {
    expect(isPlainActivation(click)).toBe(true);
  });

  it('leaves modified and middle clicks to the browser', () => {
    for (const change of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
      expect(isPlainActivation({ ...click, ...change })).toBe(false);
    }
  });
});
