import { BASE, expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.getByRole('button', { name: /^(Search|搜索)/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').fill(query);
  return dialog;
}

/** Follows the first section-level result and checks the reader lands on that section. */
async function followFirstSectionResult(page: Page, dialog: ReturnType<Page['getByRole']>, pathPrefix: string) {
  const subResult = dialog.locator(`.pagefind-ui__result-nested a[href^="${BASE}${pathPrefix}"][href*="#"]`).first();
  await expect(subResult).toBeVisible();
  const href = (await subResult.getAttribute('href'))!;
  const id = decodeURIComponent(href.split('#')[1]!);
  await subResult.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  return id;
}

test.describe('search', () => {
  test('finds an English term on an English page and links to its section', async ({ page }) => {
    await page.goto('');
    const dialog = await search(page, 'nvidia-ctk');
    await expect(dialog.locator('.pagefind-ui__result').first()).toContainText('nvidia-ctk');
    await followFirstSectionResult(page, dialog, 'stack/');
  });

  test('finds 显存 on a Chinese page and links to its section', async ({ page }) => {
    await page.goto('zh-cn/');
    const dialog = await search(page, '显存');
    await expect(dialog.locator('.pagefind-ui__result').first()).toContainText('显存');
    const id = await followFirstSectionResult(page, dialog, 'zh-cn/');
    expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  test('a Chinese query on a Chinese page finds the Chinese stack overview', async ({ page }) => {
    await page.goto('zh-cn/stack/');
    const dialog = await search(page, '按瓶颈加工具');
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', new RegExp(`^${BASE}zh-cn/stack/(\\?|$)`));
  });

  test('the search dialog speaks Chinese on Chinese pages', async ({ page }) => {
    await page.goto('zh-cn/stack/');
    const dialog = await search(page, '魑魅魍魉');
    await expect(dialog).toContainText('没有找到与 魑魅魍魉 相关的结果');
    await expect(dialog.getByRole('textbox', { name: '搜索' })).toBeVisible();
    await expect(dialog.locator('button[data-close-modal]')).toHaveText('取消');
  });

  test('the search UI is not loaded until the reader shows intent', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (/search-ui|pagefind/.test(request.url())) loaded.push(request.url());
    });
    await page.goto('stack/');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(loaded, 'requests for search code before any interaction').toEqual([]);
    await page.getByRole('button', { name: /^Search/ }).hover();
    await expect.poll(() => loaded.some((url) => url.includes('search-ui'))).toBe(true);
  });
});

test.describe('search results lead to the words', () => {
  for (const [start, query, pathPrefix] of [
    ['', 'nvidia-ctk', 'stack/'],
    ['zh-cn/', '显存', 'zh-cn/'],
  ] as const) {
    test(`a result opens its section with "${query}" marked on the page`, async ({ page }) => {
      await page.goto(start);
      const dialog = await search(page, query);
      const subResult = dialog.locator(`.pagefind-ui__result-nested a[href^="${BASE}${pathPrefix}"][href*="#"]`).first();
      await expect(subResult).toHaveAttribute('href', /\?highlight=/);
      await subResult.click();
      await expect(page).toHaveURL(/\?highlight=.+#[a-z0-9-]+$/);
      const marks = page.locator('.sl-markdown-content mark.pagefind-highlight');
      await expect(marks.filter({ visible: true }).first()).toBeVisible();
      expect((await marks.allTextContents()).join(' ').toLowerCase()).toContain(query.toLowerCase());
    });
  }

  test('arrow keys move between the search field and the results, then Enter opens one', async ({ page }) => {
    await page.goto('');
    const dialog = await search(page, 'vLLM');
    const links = dialog.locator('.pagefind-ui__result-link');
    await expect(links.nth(1)).toBeVisible();
    const field = dialog.getByRole('textbox');
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(field).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const href = (await links.nth(1).getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new URL(href, page.url()).href);
  });

  test('the dialog is labelled in the page language', async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: /^Search/ }).click();
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
    await page.goto('zh-cn/');
    await page.getByRole('button', { name: /^搜索/ }).click();
    await expect(page.getByRole('dialog', { name: '搜索' })).toBeVisible();
  });
});
