import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addInlineHashes } from '../lib/csp-hashes.ts';

/** Completes each built page's CSP with the hashes of its inline scripts and styles (see src/lib/csp-hashes.ts). */
export function cspInlineHashes(): AstroIntegration {
  return {
    name: 'atlas:csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const updated = addInlineHashes(html);
          if (updated !== html) await writeFile(path, updated);
        }
        logger.info(`Added inline script and style hashes to the CSP of ${files.length} pages.`);
      },
    },
  };
}
