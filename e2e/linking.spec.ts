import { BASE, expect, freshPage, test } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';

/** Sections and code blocks a teammate might be sent to, in both locales. */
const CASES = [
  { locale: 'en', path: 'stack/deployment/', id: 'vllm', copied: 'Link copied' },
  { locale: 'zh-cn', path: 'zh-cn/stack/deployment/', id: 'vllm', copied: '链接已复制' },
] as const;

async function allowClipboard(context: BrowserContext, page: Page) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('copy link', () => {
  for (const { locale, path, id, copied } of CASES) {
    test(`a click on a heading's link copies its full address, without moving the page (${locale})`, async ({ page, context }) => {
      await page.goto(path);
      await allowClipboard(context, page);
      const heading = page.locator(`:is(h2, h3)[id="${id}"]`);
      const link = page.locator(`.sl-heading-wrapper:has(> :is(h2, h3)[id="${id}"]) > a.sl-anchor-link`);
      await expect(link).toHaveAttribute('href', `#${id}`);
      await heading.hover();
      // Layout positions (not affected by scrolling to the section): nothing may move when the note appears.
      const layout = () =>
        page.evaluate((sectionId) => {
          const wrapper = document.getElementById(sectionId)!.parentElement!;
          const next = wrapper.nextElementSibling as HTMLElement;
          return { wrapper: wrapper.getBoundingClientRect().height, next: next.getBoundingClientRect().top - wrapper.getBoundingClientRect().top, page: document.documentElement.scrollHeight };
        }, id);
      const before = await layout();
      await link.click();
      const expected = new URL(`${BASE}${path}#${id}`, page.url()).href;
      await expect.poll(() => clipboard(page)).toBe(expected);
      await expect(page).toHaveURL(expected);
      await expect(link.locator('.atlas-copied')).toHaveText(copied);
      await expect(page.locator('atlas-copy-link [role="status"]')).toHaveText(copied);
      expect(await layout()).toEqual(before);
      // The note is seen: the link shows while it does, and it is not under the sticky header.
      expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      const note = (await link.locator('.atlas-copied').boundingBox())!;
      const header = (await page.locator('header.header').boundingBox())!;
      expect(note.y).toBeGreaterThanOrEqual(header.y + header.height);
      await expect(link.locator('.atlas-copied')).toHaveCount(0, { timeout: 5000 });
    });
  }

  test('Enter on a focused heading link copies it too', async ({ page, context }) => {
    await page.goto('stack/training/');
    await allowClipboard(context, page);
    const link = page.locator('.sl-heading-wrapper:has(> :is(h2, h3)[id="bitsandbytes"]) > a.sl-anchor-link');
    await link.focus();
    await expect(link).toBeVisible();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toMatch(/\/stack\/training\/#bitsandbytes$/);
  });

  test('titled code blocks have their own link, named for screen readers, in both locales', async ({ page, context }) => {
    for (const [path, name] of [
      ['stack/training/', 'Link to the code block “train.py”'],
      ['zh-cn/stack/training/', '代码块「train.py」的链接'],
    ] as const) {
      await page.goto(path);
      await allowClipboard(context, page);
      const block = page.locator('.atlas-code-block[id="lightning-train-py"]');
      await expect(block.locator('figure')).toBeVisible();
      const link = block.getByRole('link', { name });
      await block.hover();
      await link.click();
      await expect.poll(() => clipboard(page)).toBe(new URL(`${BASE}${path}#lightning-train-py`, page.url()).href);
    }
  });

  test('install and verify blocks of a tool are linkable', async ({ page }) => {
    await page.goto('stack/deployment/#vllm-verify');
    await expect(page.locator('[id="vllm-verify"] figure')).toBeInViewport();
    await expect(page.locator('[id="vllm-install"]')).toHaveCount(1);
  });

  test('a modified click is left to the browser and copies nothing', async ({ page, context }) => {
    await page.goto('stack/deployment/');
    await allowClipboard(context, page);
    await page.evaluate(() => navigator.clipboard.writeText('unchanged'));
    await page.locator(':is(h2, h3)[id="vllm"]').hover();
    const popup = context.waitForEvent('page');
    await page.locator('.sl-heading-wrapper:has(> :is(h2, h3)[id="vllm"]) > a.sl-anchor-link').click({ modifiers: ['ControlOrMeta'] });
    const opened = await popup;
    await expect(opened).toHaveURL(/\/stack\/deployment\/#vllm$/);
    expect(await clipboard(page)).toBe('unchanged');
  });
});

test.describe('copy link on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

  test('the link is always shown and a tap copies the address (zh-cn)', async ({ page, context }) => {
    await page.goto('zh-cn/stack/deployment/');
    await allowClipboard(context, page);
    const link = page.locator('.sl-heading-wrapper:has(> :is(h2, h3)[id="vllm"]) > a.sl-anchor-link');
    await link.scrollIntoViewIfNeeded();
    // Without hover, Starlight leaves anchor links visible.
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await link.tap();
    await expect.poll(() => clipboard(page)).toBe(new URL(`${BASE}zh-cn/stack/deployment/#vllm`, page.url()).href);
    const note = link.locator('.atlas-copied');
    await expect(note).toHaveText('链接已复制');
    // The note stays on a narrow screen: no sideways scrolling appears.
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test.describe('arriving by link', () => {
  for (const { locale, path, id } of CASES) {
    test(`the section is below the header, highlighted, and marked in the sidebar and table of contents (${locale})`, async ({ page }) => {
      await page.goto(`${path}#${id}`);
      const heading = page.locator(`:is(h2, h3)[id="${id}"]`);
      await expect(heading).toBeInViewport();
      const header = (await page.locator('header.header').boundingBox())!;
      const box = (await heading.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
      const wrapper = page.locator(`.sl-heading-wrapper:has(> :is(h2, h3)[id="${id}"])`);
      expect(await wrapper.evaluate((el) => getComputedStyle(el).animationName)).toBe('atlas-arrive');
      await expect(page.locator(`starlight-toc a[href="#${id}"]`)).toHaveAttribute('aria-current', 'true');
      await expect(page.locator(`#starlight__sidebar a[href="${BASE}${path}"]`)).toHaveAttribute('aria-current', 'page');
    });
  }

  test('readers who prefer less motion get a steady outline instead of a flash', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('stack/deployment/#vllm');
    const wrapper = page.locator('.sl-heading-wrapper:has(> :is(h2, h3)[id="vllm"])');
    expect(await wrapper.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    expect(await wrapper.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  });
});

test('a shared link opens at its section in a fresh browser, and the language switch keeps it both ways', async ({ page, context, browser, baseURL }) => {
  await page.goto('stack/deployment/');
  await allowClipboard(context, page);
  await page.locator(':is(h2, h3)[id="vllm"]').hover();
  await page.locator('.sl-heading-wrapper:has(> :is(h2, h3)[id="vllm"]) > a.sl-anchor-link').click();
  const shared = await clipboard(page);

  const teammate = await freshPage(browser, baseURL);
  try {
    const other = teammate.page;
    await other.goto(shared);
    await expect(other.locator(':is(h2, h3)[id="vllm"]')).toBeInViewport();
    await other.getByRole('link', { name: '简体中文' }).click();
    await expect(other).toHaveURL(new RegExp(`${BASE}zh-cn/stack/deployment/#vllm$`));
    await expect(other.locator(':is(h2, h3)[id="vllm"]')).toBeInViewport();
    await other.getByRole('link', { name: 'English' }).click();
    await expect(other).toHaveURL(new RegExp(`${BASE}stack/deployment/#vllm$`));
    await expect(other.locator(':is(h2, h3)[id="vllm"]')).toBeInViewport();
    expect(teammate.outside).toEqual([]);
  } finally {
    await teammate.close();
  }
});

test.describe('link previews', () => {
  for (const [path, title, lang] of [
    ['stack/deployment/', 'Deployment and inference', 'en'],
    ['zh-cn/stack/deployment/', '部署与推理', 'zh-CN'],
  ] as const) {
    test(`${path} has its title, description, language alternates and its own preview image`, async ({ page, request }) => {
      await page.goto(path);
      const meta = (selector: string, attribute = 'content') => page.locator(selector).first().getAttribute(attribute);
      expect(await meta('meta[property="og:title"]')).toContain(title);
      expect((await meta('meta[property="og:description"]'))!.length).toBeGreaterThan(20);
      expect(new URL((await meta('link[rel="canonical"]', 'href'))!).pathname).toBe(`${BASE}${path}`);
      expect(new URL((await meta('link[rel="alternate"][hreflang="zh-CN"]', 'href'))!).pathname).toBe(`${BASE}zh-cn/stack/deployment/`);
      expect(new URL((await meta('link[rel="alternate"][hreflang="en"]', 'href'))!).pathname).toBe(`${BASE}stack/deployment/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const image = new URL((await meta('meta[property="og:image"]'))!);
      expect(image.pathname).toBe(`${BASE}og/${path.replace(/\/$/, '')}.png`);
      const response = await request.get(image.pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const bytes = await response.body();
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    });
  }
});
