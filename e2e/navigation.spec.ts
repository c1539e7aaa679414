import { BASE, expect, test } from './fixtures';

test.describe('navigation', () => {
  test('the English home page leads to the stack overview', async ({ page }) => {
    await page.goto('');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('DL Stack Atlas');
    await page.getByRole('link', { name: 'Read the stack overview' }).click();
    await expect(page).toHaveURL(new RegExp(`${BASE}stack/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The stack at a glance');
    await expect(page.getByRole('table', { name: 'The eight layers of the stack' })).toContainText('PyTorch');
  });

  test('the Chinese home page is declared zh-CN and leads to the Chinese overview', async ({ page }) => {
    await page.goto('zh-cn/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('深度学习技术栈图谱');
    await page.getByRole('link', { name: '阅读技术栈总览' }).click();
    await expect(page).toHaveURL(new RegExp(`${BASE}zh-cn/stack/$`));
    await expect(page.getByRole('table', { name: '技术栈的八个层次（按流水线顺序）' })).toContainText('默认首选');
  });

  test('the sidebar lists the stack overview in both locales', async ({ page }) => {
    await page.goto('stack/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'The stack at a glance' })).toHaveAttribute('aria-current', 'page');
    await page.goto('zh-cn/stack/');
    await expect(page.getByRole('navigation', { name: '主要' }).getByRole('link', { name: '技术栈总览' })).toHaveAttribute('aria-current', 'page');
  });

  test('switching language keeps the page and the #section, both ways', async ({ page }) => {
    await page.goto('stack/#what-changed');
    await page.getByRole('link', { name: '简体中文' }).first().click();
    await expect(page).toHaveURL(new RegExp(`${BASE}zh-cn/stack/#what-changed$`));
    await expect(page.locator('#what-changed')).toBeInViewport();
    await expect(page.locator('#what-changed')).toHaveText('与常见旧建议的区别');

    await page.getByRole('link', { name: 'English' }).first().click();
    await expect(page).toHaveURL(new RegExp(`${BASE}stack/#what-changed$`));
    await expect(page.locator('#what-changed')).toBeInViewport();
  });

  test('a section reached from the table of contents is kept when switching language', async ({ page }) => {
    await page.goto('zh-cn/stack/');
    await page.getByRole('navigation', { name: '本页内容' }).getByRole('link', { name: '核心链路' }).click();
    await expect(page).toHaveURL(/#core-chain$/);
    await page.getByRole('link', { name: 'English' }).first().click();
    await expect(page).toHaveURL(new RegExp(`${BASE}stack/#core-chain$`));
  });

  test('an unknown address gets the 404 page of its locale with status 404', async ({ page }) => {
    const en = await page.goto('no-such-page/');
    expect(en?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const zh = await page.goto('zh-cn/no-such-page/');
    expect(zh?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  });

  test('the favicon is served, so no page view logs a 404 for it', async ({ page }) => {
    const response = await page.request.get('favicon.svg');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every install command is readable without switching tabs', async ({ page }) => {
    await page.goto('stack/numerics/#numpy');
    const numpy = page.locator('[data-tool="numpy"]');
    for (const command of ['uv pip install numpy', 'pip install numpy', 'conda install -c conda-forge numpy']) {
      await expect(numpy.getByText(command, { exact: true }).filter({ visible: true }).first()).toBeVisible();
    }
  });

  test('content, sidebar and language links still work', async ({ page }) => {
    await page.goto('stack/');
    await expect(page.getByRole('table', { name: 'The eight layers of the stack' })).toContainText('ONNX Runtime');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The stack at a glance' })).toBeVisible();
    await page.getByRole('link', { name: '简体中文' }).first().click();
    await expect(page).toHaveURL(new RegExp(`${BASE}zh-cn/stack/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('技术栈总览');
  });
});
