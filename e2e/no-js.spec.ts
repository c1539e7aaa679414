import { builtPages, expect, test } from './fixtures';

/** With JavaScript disabled every page still shows its content and the navigation. */
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

  for (const path of builtPages()) {
    test(`/${path} shows its content, sidebar and language link`, async ({ page }) => {
      const chinese = path.startsWith('zh-cn/');
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect((await page.getByRole('main').innerText()).trim().length, 'text in <main>').toBeGreaterThan(40);
      await expect(page.getByRole('link', { name: chinese ? 'English' : '简体中文' }).first()).toBeVisible();
      const sidebar = page.getByRole('navigation', { name: chinese ? '主要' : 'Main' });
      if (await sidebar.count()) await expect(sidebar.getByRole('link').first()).toBeVisible();
    });
  }
});
