import { BASE, expect, test } from './fixtures';

async function search(page: import('@playwright/test').Page, query: string) {
  await page.getByRole('button', { name: /^(Search|搜索)/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').fill(query);
  return dialog;
}

test.describe('search', () => {
  test('finds an English term on an English page and links to its section', async ({ page }) => {
    await page.goto('');
    const dialog = await search(page, 'nvidia-docker');
    const subResult = dialog.locator('.pagefind-ui__result-nested a', { hasText: 'What changed since the usual advice' });
    await expect(subResult).toHaveAttribute('href', `${BASE}stack/#what-changed`);
    await subResult.click();
    await expect(page).toHaveURL(new RegExp(`${BASE}stack/#what-changed$`));
    await expect(page.locator('#what-changed')).toBeInViewport();
  });

  test('finds 显存 on a Chinese page and links to its section', async ({ page }) => {
    await page.goto('zh-cn/');
    const dialog = await search(page, '显存');
    const subResult = dialog.locator('.pagefind-ui__result-nested a', { hasText: '按瓶颈加工具' });
    await expect(subResult).toHaveAttribute('href', `${BASE}zh-cn/stack/#by-bottleneck`);
    await subResult.click();
    await expect(page).toHaveURL(new RegExp(`${BASE}zh-cn/stack/#by-bottleneck$`));
    await expect(page.locator('#by-bottleneck')).toBeInViewport();
  });

  test('the search dialog speaks Chinese on Chinese pages', async ({ page }) => {
    await page.goto('zh-cn/stack/');
    const dialog = await search(page, 'zzqxjv');
    await expect(dialog).toContainText('没有找到与 zzqxjv 相关的结果');
    await expect(dialog.getByRole('textbox', { name: '搜索' })).toBeVisible();
    await expect(dialog.locator('button[data-close-modal]')).toHaveText('取消');
  });
});
