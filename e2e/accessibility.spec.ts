import AxeBuilder from '@axe-core/playwright';
import { builtPages, expect, test, useTheme, type Theme } from './fixtures';

/** WCAG 2.2 A and AA plus axe's best practices; no rule is disabled. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 375, height: 740 } } as const;
const THEMES: Theme[] = ['light', 'dark'];

function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}

// One test per page, theme and width: a long page takes axe a while, and each audit gets its own time.
for (const path of builtPages()) {
  for (const theme of THEMES) {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      test(`/${path} has zero axe violations (${theme}, ${viewportName})`, async ({ page }) => {
        test.setTimeout(120_000);
        await useTheme(page, theme);
        await page.setViewportSize(viewport);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const problems = describeViolations(results);
        expect(problems, problems.join('\n')).toEqual([]);
      });
    }
  }
}

for (const theme of THEMES) {
  test(`the open search dialog with results has zero axe violations in the ${theme} theme`, async ({ page }) => {
    await useTheme(page, theme);
    for (const [path, query] of [
      ['', 'PyTorch'],
      ['zh-cn/', '显存'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('button', { name: /^(Search|搜索)/ }).click();
      await page.getByRole('dialog').getByRole('textbox').fill(query);
      await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
      // Pagefind draws grey placeholder bars while excerpts load; audit the settled results.
      await expect(page.locator('.pagefind-ui__loading')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(describeViolations(results), `/${path} with search open`).toEqual([]);
    }
  });
}

test('the mobile menu opens with the keyboard and has zero axe violations', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.mobile);
  await page.goto('zh-cn/stack/');
  const toggle = page.getByRole('button', { name: '菜单' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const sidebar = page.getByRole('navigation', { name: '主要' });
  await expect(sidebar.getByRole('link', { name: '技术栈总览' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'English' }).last()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(describeViolations(results)).toEqual([]);
});
