import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_HEIGHT, OG_WIDTH, ogCardTree, ogImagePath, sectionLabel } from '../lib/og-image.ts';

const require = createRequire(import.meta.url);

/** Noto Sans SC from npm (@expo-google-fonts/noto-sans-sc): Latin and Chinese in one family. */
async function loadFonts() {
  const file = (weight: string) => require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`);
  return [
    { name: 'Noto Sans SC', data: await readFile(file('400Regular')), weight: 400 as const, style: 'normal' as const },
    { name: 'Noto Sans SC', data: await readFile(file('700Bold')), weight: 700 as const, style: 'normal' as const },
  ];
}

/**
 * Draws a link-preview image for every built page, in its language, from the page's own
 * `og:title` and `og:description` (see src/lib/og-image.ts), and writes it where the page's
 * `og:image` points.
 */
export function ogImages(options: { site: string; base: string }): AstroIntegration {
  return {
    name: 'atlas:og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const fonts = await loadFonts();
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('index.html')).sort();
        const host = new URL(options.site).host;
        let count = 0;
        for (const file of files) {
          const path = `/${file.split(sep).join('/').replace(/index\.html$/, '')}`;
          const html = parse(await readFile(join(root, file), 'utf8'));
          const meta = (property: string) => html.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
          const title = meta('og:title');
          if (!title || html.querySelector('meta[http-equiv="refresh"]')) continue;
          const locale = html.querySelector('html')?.getAttribute('lang') === 'zh-CN' ? 'zh-cn' : 'en';
          const svg = await satori(
            ogCardTree({
              title,
              description: meta('og:description') ?? '',
              locale,
              section: sectionLabel(path, locale),
              address: `${host}${options.base.replace(/\/$/, '')}${path}`,
            }) as Parameters<typeof satori>[0],
            { width: OG_WIDTH, height: OG_HEIGHT, fonts },
          );
          const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
          const target = join(root, ogImagePath(path));
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, png);
          count++;
        }
        logger.info(`Drew ${count} link-preview images in og/.`);
      },
    },
  };
}
