import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { llmsFull, llmsIndex, readPage, type LlmsPage } from '../lib/llms-text.ts';

/** Writes /llms.txt and /llms-full.txt from the built pages of both locales (see src/lib/llms-text.ts). */
export function llmsTxt(options: { site: string; base: string }): AstroIntegration {
  return {
    name: 'atlas:llms-txt',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith(`index.html`)).sort();
        const pages: LlmsPage[] = [];
        for (const file of files) {
          const path = `/${file.split(sep).join('/').replace(/index\.html$/, '')}`;
          const url = new URL(options.base.replace(/\/$/, '') + path, options.site).href;
          const page = readPage(url, await readFile(join(root, file), 'utf8'));
          if (page) pages.push(page);
        }
        const summary =
          'A bilingual (English and Simplified Chinese) map of the deep-learning stack — hardware and drivers, numerics, frameworks, models and data, training acceleration, experiment tracking, deployment, environments and MLOps — with the default pick per layer, alternatives, and install commands checked against current releases.';
        await writeFile(join(root, 'llms.txt'), llmsIndex({ title: 'DL Stack Atlas · 深度学习技术栈图谱', summary }, pages));
        await writeFile(join(root, 'llms-full.txt'), llmsFull(pages));
        logger.info(`Wrote llms.txt and llms-full.txt (${pages.length} pages).`);
      },
    },
  };
}
