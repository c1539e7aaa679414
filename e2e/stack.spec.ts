import { BASE, expect, test } from './fixtures';

test.describe('stack layer pages', () => {
  for (const prefix of ['', 'zh-cn/']) {
    test(`/${prefix}stack/deployment/#vllm lands on the vLLM section with its facts`, async ({ page }) => {
      await page.goto(`${prefix}stack/deployment/#vllm`);
      const heading = page.locator('h3#vllm, h2#vllm');
      await expect(heading).toBeInViewport();
      await expect(heading).toHaveText('vLLM');
      await expect(page.locator('[data-tool="vllm"]')).toContainText(prefix ? '官方文档' : 'Official documentation');
    });
  }

  test('the overview links every tool to its section, and the link lands there', async ({ page }) => {
    await page.goto('stack/');
    const table = page.getByRole('table', { name: 'The eight layers of the stack, in pipeline order' });
    const link = table.getByRole('link', { name: 'ONNX Runtime' });
    await expect(link).toHaveAttribute('href', `${BASE}stack/deployment/#onnx-runtime`);
    await link.click();
    await expect(page.locator('#onnx-runtime')).toBeInViewport();
  });

  test('an install choice follows the reader across pages and languages', async ({ page }) => {
    await page.goto('stack/numerics/#numpy');
    const numpy = page.locator('[data-tool="numpy"]');
    await numpy.getByRole('tab', { name: 'pip' }).click();
    await expect(numpy.getByRole('tab', { name: 'pip' })).toHaveAttribute('aria-selected', 'true');
    await expect(numpy.locator('[role="tabpanel"]:not([hidden])')).toContainText('pip install numpy');

    await page.goto('zh-cn/stack/numerics/#scipy');
    const scipy = page.locator('[data-tool="scipy"]');
    await expect(scipy.getByRole('tab', { name: 'pip' })).toHaveAttribute('aria-selected', 'true');
    await expect(scipy.locator('[role="tabpanel"]:not([hidden])')).toContainText('pip install scipy');
  });

  test('the install tabs work with the keyboard', async ({ page }) => {
    await page.goto('stack/numerics/#cupy');
    const cupy = page.locator('[data-tool="cupy"]');
    await cupy.getByRole('tab', { name: 'uv' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(cupy.getByRole('tab', { name: 'pip' })).toBeFocused();
    await expect(cupy.getByRole('tab', { name: 'pip' })).toHaveAttribute('aria-selected', 'true');
  });

  test('an archived tool is marked as such, not recommended', async ({ page }) => {
    await page.goto('stack/deployment/#torchserve');
    const facts = page.locator('[data-tool="torchserve"]');
    await expect(facts).toContainText('Archived');
    await expect(facts.getByRole('tab')).toHaveCount(0);
  });
});
