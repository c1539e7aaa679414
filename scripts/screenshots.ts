/**
 * Screenshots of pages in both locales, both themes, desktop and mobile, for reviewing a change
 * by eye. Serves dist/ itself. Usage: node scripts/screenshots.ts [out-dir] [page ...]
 * (pages relative to the site root, e.g. "" "stack/"; default: home and stack overview).
 * Chinese text needs a CJK font on the machine (Debian: fonts-noto-cjk); the site ships none.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { provisionChromium } from './provision-browser.ts';

const [outDir = 'test-results/screenshots', ...pages] = process.argv.slice(2);
const paths = pages.length > 0 ? pages : ['', 'stack/'];
const port = 4391;
mkdirSync(outDir, { recursive: true });

const server = spawn('node', ['scripts/serve.ts', '--port', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({
  executablePath: provisionChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['mobile', { width: 375, height: 800 }],
  ] as const) {
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme: theme, deviceScaleFactor: 1 });
      await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
      const page = await context.newPage();
      for (const locale of ['', 'zh-cn/']) {
        for (const path of paths) {
          await page.goto(`http://127.0.0.1:${port}/${locale}${path}`, { waitUntil: 'networkidle' });
          const name = `${(locale + path).replace(/\//g, '_') || 'home'}-${device}-${theme}.png`.replace(/^_/, '');
          await page.screenshot({ path: join(outDir, name), fullPage: true });
          console.log(join(outDir, name));
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
