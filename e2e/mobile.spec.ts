import { builtPages, expect, test } from './fixtures';

/**
 * On a phone, nothing may widen the page: a wide element makes mobile browsers zoom out or scroll
 * sideways. Wide tables and code scroll inside their own regions instead.
 */
test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

for (const path of builtPages()) {
  test(`/${path} does not scroll sideways at 375 px`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const culprits = [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('pre, table, [role="region"], .table-scroll, .data-table'))
        .slice(0, 3)
        .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">${(el.textContent ?? '').trim().slice(0, 60)}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
    });
    expect(overflow.scrollWidth, `wider than the screen because of: ${overflow.culprits.join(' | ')}`).toBeLessThanOrEqual(overflow.width);
  });
}
