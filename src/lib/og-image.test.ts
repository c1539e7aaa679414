import { describe, expect, it } from 'vitest';
import { clip, ogCardTree, ogImagePath, sectionLabel } from './og-image.ts';

describe('ogImagePath', () => {
  it('gives every page and locale its own file', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/zh-cn/')).toBe('/og/zh-cn.png');
    expect(ogImagePath('/stack/training/')).toBe('/og/stack/training.png');
    expect(ogImagePath('/zh-cn/stack/training/')).toBe('/og/zh-cn/stack/training.png');
  });
});

describe('sectionLabel', () => {
  it('names the sidebar group in the page language', () => {
    expect(sectionLabel('/stack/training/', 'en')).toBe('Tech stack');
    expect(sectionLabel('/zh-cn/stack/training/', 'zh-cn')).toBe('技术栈');
    expect(sectionLabel('/zh-cn/learn/math/', 'zh-cn')).toBe('学习路线');
  });

  it('has no label for pages outside the sidebar', () => {
    expect(sectionLabel('/', 'en')).toBeUndefined();
    expect(sectionLabel('/404/', 'en')).toBeUndefined();
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text by characters, Chinese included', () => {
    expect(clip('显存不够怎么办', 10)).toBe('显存不够怎么办');
    expect(clip('显存不够怎么办', 5)).toBe('显存不够…');
    expect(clip('one two three', 8)).toBe('one two…');
  });
});

describe('ogCardTree', () => {
  const text = (node: unknown): string[] => {
    const children = (node as { props: { children?: unknown } }).props.children;
    if (typeof children === 'string') return [children];
    return (Array.isArray(children) ? children : children ? [children] : []).flatMap(text);
  };

  it('shows the title, description, section, address and language of the page', () => {
    const tree = ogCardTree({ title: '训练加速', description: '一句话结论。', locale: 'zh-cn', section: '技术栈', address: 'atlas.example.org/zh-cn/stack/training/' });
    expect(text(tree)).toEqual(['深度学习技术栈图谱 · DL Stack Atlas', '技术栈', '训练加速', '一句话结论。', 'atlas.example.org/zh-cn/stack/training/', '简体中文']);
  });

  it('is drawn at the size link previews use', () => {
    const tree = ogCardTree({ title: 'T', description: 'D', locale: 'en', section: undefined, address: 'a' });
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630 });
    expect(text(tree)).not.toContain(undefined);
  });
});
