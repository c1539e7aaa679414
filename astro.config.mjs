// @ts-check
import { existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { cspInlineHashes } from './src/integrations/csp-inline-hashes.ts';
import { llmsTxt } from './src/integrations/llms-txt.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { headingIdsRequired } from './src/plugins/heading-ids.ts';
import { anchorAliases } from './src/plugins/anchor-aliases.ts';
import { codeAnchors } from './src/plugins/code-anchors.ts';
import { baseLinks } from './src/plugins/base-links.ts';
import { scrollableTables } from './src/plugins/scrollable-tables.ts';
import { readDeployTarget } from './src/lib/site-config.ts';
import { buildSidebar, PLANNED_SIDEBAR } from './src/lib/sidebar.ts';

const { site, base } = readDeployTarget(process.env);
const docsDir = new URL('./content/docs/', import.meta.url);
const pageExists = (/** @type {string} */ slug) =>
  ['.mdx', '.md', '/index.mdx', '/index.md'].some((ext) => existsSync(new URL(`${slug}${ext}`, docsDir)));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  security: {
    // Content Security Policy, emitted by Astro as a <meta> tag on every page with the hashes of the
    // inline scripts and styles it renders. Scripts run only by hash or from the site itself.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its search index in WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        // style-src keeps its default, 'self' plus the hashes of inline <style> elements.
        resources: [
          // The one style allowance: Expressive Code colours each code token with a style attribute
          // (style="--0:#82AAFF"). Attributes only; <style> elements still need a hash.
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  // Pages live in the top-level `content/docs/`; Starlight reads `<srcDir>/content/docs`.
  srcDir: '.',
  markdown: {
    // Expressive Code highlights code blocks; Astro's own Shiki pass is not needed.
    syntaxHighlight: false,
    processor: satteri({
      // `## 显存不够 {#out-of-memory}`: explicit, language-independent heading ids.
      features: { headingAttributes: true },
      hastPlugins: [
        headingIdsRequired({ include: (path) => path.startsWith(docsDir.pathname) }),
        codeAnchors({ include: (path) => path.startsWith(docsDir.pathname) }),
        scrollableTables(),
        baseLinks(base),
        anchorAliases(),
      ],
    }),
  },
  integrations: [
    starlight({
      title: { en: 'DL Stack Atlas', 'zh-CN': '深度学习技术栈图谱' },
      description: 'A bilingual map of the deep-learning stack and a learning path, checked against current releases.',
      logo: { src: './src/assets/logo.svg' },
      favicon: '/favicon.svg',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
      },
      sidebar: buildSidebar(PLANNED_SIDEBAR, pageExists),
      routeMiddleware: './src/route-middleware.ts',
      customCss: ['./src/styles/theme.css'],
      components: {
        FallbackContentNotice: './src/components/overrides/FallbackContentNotice.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
      },
      // Our 404 pages are ordinary pages in both locales; see src/integrations/not-found-pages.ts.
      disable404Route: true,
      // Long commands wrap instead of scrolling sideways: easier to read on a phone, and a block
      // that does not scroll needs no keyboard focus (axe: scrollable-region-focusable).
      expressiveCode: { defaultProps: { wrap: true } },
      // Ranking measured with the committed query set (content/data/search-queries.yaml): with
      // Starlight's default page-length weight (0.1) long pages that mention every word somewhere
      // outrank the page with the exact phrase (按瓶颈加工具 found /zh-cn/roadmap/ before
      // /zh-cn/stack/); every weight from 0.25 to 0.7 ranks all 47 queries right. 0.4 is mid-plateau.
      pagefind: { ranking: { pageLength: 0.4 } },
      lastUpdated: false,
      credits: false,
      plugins: [
        starlightLinksValidator({
          errorOnInvalidHashes: true,
          errorOnRelativeLinks: true,
          errorOnFallbackPages: true,
          // Checked in root builds. Under a sub-path, the validator compares the locale of a frontmatter
          // link without removing the base first and reports every Chinese hero link; the content is
          // the same in both builds, and scripts/check-dist.ts still resolves every link.
          errorOnInconsistentLocale: base === '/',
          errorOnLocalLinks: true,
        }),
      ],
    }),
    sitemap({
      filter: (page) => !/\/404\/$/.test(page),
      i18n: { defaultLocale: 'en', locales: { en: 'en', 'zh-cn': 'zh-CN' } },
    }),
    cspInlineHashes(),
    notFoundPages(),
    llmsTxt({ site, base }),
    ogImages({ site, base }),
  ],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Every MDX page carries Astro's `"use astro:head-inject"` directive, which the bundler
          // reports as unknown; Astro reads it before bundling, so the warning is noise.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
