import { builtPages, expect, test } from './fixtures';

test('no page requests anything from a host other than the local server', async ({ page, outsideRequests }) => {
  test.setTimeout(120_000);
  const seen = new Set<string>();
  page.on('request', (request) => seen.add(new URL(request.url()).host));
  for (const path of builtPages()) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  // Opening search loads Pagefind and its index: these must come from the site too.
  await page.goto('zh-cn/stack/');
  await page.getByRole('button', { name: '搜索' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('显存');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  expect(outsideRequests).toEqual([]);
  expect([...seen]).toEqual([new URL(page.url()).host]);
});
