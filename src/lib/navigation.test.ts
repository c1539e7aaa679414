import { describe, expect, it } from 'vitest';
import { counterpartHref } from './language-switch.ts';
import { docId, pageHref, toLocale } from './locale.ts';
import { buildSidebar, PLANNED_SIDEBAR } from './sidebar.ts';
import { readDeployTarget } from './site-config.ts';

describe('sidebar', () => {
  it('shows only pages that exist and drops empty groups', () => {
    const existing = new Set(['stack', 'stack/hardware']);
    const sidebar = buildSidebar(PLANNED_SIDEBAR, (slug) => existing.has(slug));
    expect(sidebar).toEqual([{ label: 'Tech stack', translations: { 'zh-CN': '技术栈' }, items: [{ slug: 'stack' }, { slug: 'stack/hardware' }] }]);
  });

  it('plans every page of the architecture exactly once', () => {
    const slugs = PLANNED_SIDEBAR.flatMap((group) => group.slugs);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toHaveLength(21);
  });
});

describe('locale helpers', () => {
  it('maps Starlight route locales to data locales', () => {
    expect(toLocale(undefined)).toBe('en');
    expect(toLocale('zh-cn')).toBe('zh-cn');
  });

  it('builds page ids and URLs under any base', () => {
    expect(docId('zh-cn', 'stack/hardware')).toBe('zh-cn/stack/hardware');
    expect(pageHref('/', 'en', 'stack', 'layers')).toBe('/stack/#layers');
    expect(pageHref('/atlas/', 'zh-cn', '')).toBe('/atlas/zh-cn/');
  });

  it('links a page to the same page in the other locale', () => {
    expect(counterpartHref('/', 'stack/deployment', 'en', 'zh-cn')).toBe('/zh-cn/stack/deployment/');
    expect(counterpartHref('/', 'zh-cn/stack/deployment', 'zh-cn', 'en')).toBe('/stack/deployment/');
    expect(counterpartHref('/atlas/', 'zh-cn', 'zh-cn', 'en')).toBe('/atlas/');
    expect(counterpartHref('/', '', 'en', 'zh-cn')).toBe('/zh-cn/');
  });
});

describe('deploy target', () => {
  it('defaults to the local server at the root', () => {
    expect(readDeployTarget({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });

  it('normalises the base path from the environment', () => {
    expect(readDeployTarget({ ATLAS_SITE: 'https://example.org', ATLAS_BASE: 'atlas' }).base).toBe('/atlas/');
    expect(readDeployTarget({ ATLAS_BASE: '/docs/atlas/' }).base).toBe('/docs/atlas/');
  });

  it('explains a site that is not an absolute URL', () => {
    expect(() => readDeployTarget({ ATLAS_SITE: 'atlas.example.org' })).toThrow(/ATLAS_SITE must be an absolute URL/);
  });
});
