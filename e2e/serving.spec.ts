import { readdirSync } from 'node:fs';
import { BASE, expect, test } from './fixtures';

/**
 * The shipped nginx configuration (deploy/nginx/dl-stack-atlas.conf), started by the Playwright
 * config on a loopback port: status codes, redirects, the 404 pages, caching, compression, types for
 * Pagefind's files and the security headers. Root deploys only.
 */
const NGINX = `http://127.0.0.1:${process.env['ATLAS_NGINX_PORT'] ?? 4330}`;
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

test.describe('nginx serving', () => {
  test.skip(BASE !== '/', 'the nginx configuration is written for a root deploy');

  test('pages are served with revalidation, compression and security headers', async ({ request }) => {
    for (const path of ['/', '/stack/', '/zh-cn/stack/deployment/']) {
      const response = await request.get(`${NGINX}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers['content-type']).toBe('text/html; charset=utf-8');
      expect(headers['cache-control']).toBe('no-cache');
      expect(headers['content-encoding']).toBe('gzip');
      expect(headers).toMatchObject(SECURITY_HEADERS);
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['permissions-policy']).toContain('camera=()');
    }
  });

  test('a URL without its trailing slash redirects to the page', async ({ request }) => {
    const response = await request.get(`${NGINX}/stack/deployment`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe('/stack/deployment/');
  });

  test('unknown addresses get the 404 page of their locale with status 404 and the headers', async ({ request }) => {
    const en = await request.get(`${NGINX}/no-such-page/`);
    expect(en.status()).toBe(404);
    expect(await en.text()).toContain('<title>Page not found');
    expect(en.headers()).toMatchObject(SECURITY_HEADERS);
    const zh = await request.get(`${NGINX}/zh-cn/no-such-page/`);
    expect(zh.status()).toBe(404);
    expect(await zh.text()).toContain('<title>页面不存在');
  });

  test('hashed assets are cached for a year as immutable', async ({ request }) => {
    const asset = readdirSync(new URL('../dist/_astro', import.meta.url)).find((name) => name.endsWith('.css'))!;
    const response = await request.get(`${NGINX}/_astro/${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-type']).toContain('text/css');
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(response.headers()).toMatchObject(SECURITY_HEADERS);
  });

  test("Pagefind's files have their types and are revalidated", async ({ request }) => {
    const files = readdirSync(new URL('../dist/pagefind', import.meta.url));
    const expected: [string, string][] = [
      ['pagefind.js', 'text/javascript'],
      [files.find((name) => name.endsWith('.pf_meta'))!, 'application/octet-stream'],
      [files.find((name) => name.startsWith('wasm.') && name.endsWith('.pagefind'))!, 'application/octet-stream'],
      ['pagefind-entry.json', 'application/json'],
    ];
    for (const [file, type] of expected) {
      const response = await request.get(`${NGINX}/pagefind/${file}`);
      expect(response.status(), file).toBe(200);
      expect(response.headers()['content-type'], file).toBe(type);
      expect(response.headers()['cache-control'], file).toBe('public, max-age=0, must-revalidate');
    }
  });

  test('a reader can open a page and search through nginx', async ({ page }) => {
    await page.goto(`${NGINX}/zh-cn/stack/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('技术栈总览');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('显存');
    await expect(page.locator('.pagefind-ui__result').first()).toContainText('显存');
  });
});
