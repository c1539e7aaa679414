import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Both locales have a 404 page in `content/docs/` (`/404/` and `/zh-cn/404/`), rendered like any
 * other page. Static hosts look for `/404.html`, so the English one is copied there. Starlight's own
 * 404 route is disabled: it would render `404.mdx` a second time and Astro reports the conflict.
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'atlas:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await copyFile(fileURLToPath(new URL('404/index.html', dir)), fileURLToPath(new URL('404.html', dir)));
        logger.info('Copied /404/index.html to /404.html for static hosts.');
      },
    },
  };
}
