import { expect, test } from './fixtures';

/**
 * The Content Security Policy holds while a reader uses the site: browsing pages in both locales,
 * searching, switching install tabs, theme and language, opening the mobile menu and copying code.
 * Any violation the browser reports fails the test, with the blocked resource and directive.
 */
test('no CSP violation while navigating, searching and using every interactive component', async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });

  // Every page carries the policy.
  await page.goto('stack/numerics/');
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);

  // Install tabs and copy buttons.
  const numpy = page.locator('[data-tool="numpy"]');
  await numpy.getByRole('tab', { name: 'pip' }).click();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await numpy.locator('[role="tabpanel"]:not([hidden]) .copy button').click();

  // Theme select.
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Search in English, then switch language and search in Chinese.
  for (const [path, query] of [
    ['stack/', 'PyTorch'],
    ['zh-cn/stack/', '显存'],
  ] as const) {
    await page.goto(path);
    await page.getByRole('button', { name: /^(Search|搜索)/ }).click();
    await page.getByRole('dialog').getByRole('textbox').fill(query);
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
    await page.keyboard.press('Escape');
  }
  await page.getByRole('link', { name: 'English' }).first().click();
  await expect(page).toHaveURL(/\/stack\/$/);

  // Mobile menu and table of contents.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('zh-cn/stack/deployment/');
  await page.getByRole('button', { name: '菜单' }).click();
  await page.getByRole('navigation', { name: '主要' }).getByRole('link', { name: '技术栈总览' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/stack\/$/);

  expect(violations, violations.join('\n')).toEqual([]);
});
