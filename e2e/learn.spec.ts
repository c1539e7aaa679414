import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, freshPage, test, useTheme } from './fixtures';

/** The learning path's progress checklist on /learn/, in both locales. */
const LOCALES = {
  en: {
    path: 'learn/',
    done: (topic: string) => `Done: ${topic}`,
    linearAlgebra: 'Linear algebra',
    calculus: 'Calculus and gradients',
    svm: 'Support vector machines',
    oneOfMath: '1 of 3 done',
    twoOfMath: '2 of 3 done',
    oneOfAll: '1 of 32 topics done (3%)',
    reset: 'Reset progress',
    resetDone: 'Progress reset: no topic is ticked.',
    exportFile: 'Download progress file',
    importFile: 'Import a progress file',
    link: /^Link to your progress/,
    importButton: 'Import',
    ignoreButton: 'Ignore',
    ignored: 'Link ignored; your progress is unchanged.',
    imported: (count: number) => `Imported: ${count} topics done.`,
    offer: (count: number, current: number) => `This link carries progress with ${count} topics done. Import it? It replaces the progress saved in this browser (${current} topics done).`,
    corrupt: 'The progress saved in this browser could not be read and was ignored.',
    unknown: 'topic(s) no longer on the path were left out.',
    noScript: /Ticking topics off needs JavaScript/,
  },
  'zh-cn': {
    path: 'zh-cn/learn/',
    done: (topic: string) => `已完成：${topic}`,
    linearAlgebra: '线性代数',
    calculus: '微积分与梯度',
    svm: '支持向量机',
    oneOfMath: '已完成 1/3',
    twoOfMath: '已完成 2/3',
    oneOfAll: '已完成 1/32 个主题（3%）',
    reset: '重置进度',
    resetDone: '进度已重置：没有已勾选的主题。',
    exportFile: '下载进度文件',
    importFile: '导入进度文件',
    link: /^进度链接/,
    importButton: '导入',
    ignoreButton: '忽略',
    ignored: '已忽略该链接，你的进度没有变化。',
    imported: (count: number) => `已导入：${count} 个已完成主题。`,
    offer: (count: number, current: number) => `此链接带有学习进度：已完成 ${count} 个主题。要导入吗？导入会替换本浏览器中保存的进度（当前已完成 ${current} 个）。`,
    corrupt: '本浏览器保存的进度无法读取，已忽略。',
    unknown: '个主题已不在路线中，已略过。',
    noScript: /勾选进度需要启用 JavaScript/,
  },
} as const;

const status = (page: Page) => page.locator('[data-progress-status]');
const stageProgress = (page: Page, stage: string) => page.locator(`[data-stage-progress="${stage}"]`);

for (const [locale, s] of Object.entries(LOCALES)) {
  test.describe(`/${s.path} progress (${locale})`, () => {
    test('a tick survives a reload and updates stage and total completion', async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(s.path);
      const box = page.getByRole('checkbox', { name: s.done(s.linearAlgebra) });
      await expect(box).not.toBeChecked();
      await box.check();
      await expect(stageProgress(page, 'math')).toHaveText(s.oneOfMath);
      await expect(page.locator('.path-total [data-total-progress]')).toHaveText(s.oneOfAll);
      await page.reload();
      await expect(page.getByRole('checkbox', { name: s.done(s.linearAlgebra) })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: s.done(s.calculus) })).not.toBeChecked();
      await expect(stageProgress(page, 'math')).toHaveText(s.oneOfMath);
      await expect(page.locator('.progress-panel [data-total-progress]')).toHaveText(s.oneOfAll);
      expect(await page.evaluate(() => localStorage.getItem('atlas-learn-progress'))).toBe('{"version":1,"done":["math/linear-algebra"]}');
      expect(errors, 'console errors (a CSP violation shows here)').toEqual([]);
    });

    test('reset clears every tick after confirmation and announces it', async ({ page }) => {
      await page.goto(s.path);
      await page.getByRole('checkbox', { name: s.done(s.linearAlgebra) }).check();
      await page.getByRole('checkbox', { name: s.done(s.svm) }).check();
      page.once('dialog', (dialog) => void dialog.dismiss());
      await page.getByRole('button', { name: s.reset }).click();
      await expect(page.getByRole('checkbox', { name: s.done(s.svm) })).toBeChecked();
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: s.reset }).click();
      await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
      await expect(status(page)).toHaveText(s.resetDone);
      await expect(status(page)).toHaveAttribute('role', 'status');
      await page.reload();
      await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    });

    test('an exported file imports on another machine', async ({ page, browser, baseURL }) => {
      await page.goto(s.path);
      await page.getByRole('checkbox', { name: s.done(s.linearAlgebra) }).check();
      await page.getByRole('checkbox', { name: s.done(s.svm) }).check();
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: s.exportFile }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('dl-stack-atlas-progress.json');
      const file = await download.path();
      const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; done: string[] };
      expect(exported).toMatchObject({ format: 'dl-stack-atlas-progress', version: 1, done: ['math/linear-algebra', 'ml-fundamentals/svm'] });

      const other = await freshPage(browser, baseURL);
      await other.page.goto(s.path);
      await expect(other.page.getByRole('checkbox', { checked: true })).toHaveCount(0);
      await other.page.getByLabel(s.importFile).setInputFiles(file);
      await expect(status(other.page)).toHaveText(s.imported(2));
      await expect(other.page.getByRole('checkbox', { name: s.done(s.linearAlgebra) })).toBeChecked();
      await expect(other.page.getByRole('checkbox', { name: s.done(s.svm) })).toBeChecked();
      await other.page.reload();
      await expect(other.page.getByRole('checkbox', { checked: true })).toHaveCount(2);
      expect(other.outside).toEqual([]);
      await other.close();
    });

    test('a progress link offers to import on another machine', async ({ page, browser, baseURL }) => {
      await page.goto(s.path);
      await page.getByRole('checkbox', { name: s.done(s.linearAlgebra) }).check();
      await page.getByRole('checkbox', { name: s.done(s.calculus) }).check();
      const link = await page.getByLabel(s.link).inputValue();
      expect(link).toMatch(/\/learn\/#progress=1:linear-algebra\.calculus$/);

      const other = await freshPage(browser, baseURL);
      // Some progress of its own, to see that the offer says what importing replaces.
      await other.page.goto(s.path);
      await other.page.getByRole('checkbox', { name: s.done(s.svm) }).check();
      await other.page.goto(link);
      const offer = other.page.locator('[data-import-offer]');
      await expect(offer).toBeVisible();
      await expect(offer).toContainText(s.offer(2, 1));
      await expect(other.page.getByRole('checkbox', { name: s.done(s.svm) })).toBeChecked();
      await other.page.getByRole('button', { name: s.importButton, exact: true }).click();
      await expect(offer).toBeHidden();
      await expect(status(other.page)).toHaveText(s.imported(2));
      await expect(other.page.getByRole('checkbox', { name: s.done(s.calculus) })).toBeChecked();
      await expect(other.page.getByRole('checkbox', { name: s.done(s.svm) })).not.toBeChecked();
      expect(new URL(other.page.url()).hash).toBe('#progress');
      await other.page.reload();
      await expect(other.page.locator('[data-import-offer]')).toBeHidden();
      await expect(other.page.getByRole('checkbox', { checked: true })).toHaveCount(2);
      expect(other.outside).toEqual([]);
      await other.close();

      // Opened as the first page of a fresh profile, and declined.
      const third = await freshPage(browser, baseURL);
      await third.page.goto(link);
      await expect(third.page.locator('[data-import-offer]')).toContainText(s.offer(2, 0));
      await expect(third.page.locator('[data-import-offer]')).toBeFocused();
      await third.page.getByRole('button', { name: s.ignoreButton, exact: true }).click();
      await expect(status(third.page)).toHaveText(s.ignored);
      await expect(third.page.getByRole('checkbox', { checked: true })).toHaveCount(0);
      expect(third.outside).toEqual([]);
      await third.close();
    });

    test('corrupt or outdated saved progress shows a notice and the page keeps working', async ({ page }) => {
      await page.goto(s.path);
      await page.evaluate(() => localStorage.setItem('atlas-learn-progress', '{"version":1,"done":['));
      await page.reload();
      await expect(status(page)).toHaveText(s.corrupt);
      const box = page.getByRole('checkbox', { name: s.done(s.linearAlgebra) });
      await expect(box).not.toBeChecked();
      await box.check();
      await expect(stageProgress(page, 'math')).toHaveText(s.oneOfMath);

      await page.evaluate(() => localStorage.setItem('atlas-learn-progress', '{"version":1,"done":["math/linear-algebra","math/calculus","math/topology"]}'));
      await page.reload();
      await expect(status(page)).toContainText(s.unknown);
      await expect(stageProgress(page, 'math')).toHaveText(s.twoOfMath);
    });

    test('checkboxes are labelled, show keyboard focus and pass axe in both themes', async ({ page }) => {
      test.setTimeout(90_000);
      for (const theme of ['light', 'dark'] as const) {
        await useTheme(page, theme);
        await page.goto(s.path);
        await page.getByRole('checkbox', { name: s.done(s.linearAlgebra) }).check();
        await page.locator('#topic-math-calculus .topic-body > a').first().focus();
        await page.keyboard.press('Shift+Tab');
        const focused = page.getByRole('checkbox', { name: s.done(s.calculus) });
        await expect(focused).toBeFocused();
        expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((violation) => `${theme}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  });

  test.describe(`/${s.path} without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });

    test('renders the checklists as plain lists of topic links, with no dead controls', async ({ page }) => {
      await page.goto(s.path);
      await expect(page.getByRole('checkbox')).toHaveCount(0);
      await expect(page.getByRole('button', { name: s.reset })).toHaveCount(0);
      await expect(page.getByRole('button', { name: s.exportFile })).toHaveCount(0);
      await expect(page.getByText(s.noScript)).toBeVisible();
      const topic = page.locator('#topic-math-linear-algebra .topic-body > a').first();
      await expect(topic).toHaveText(s.linearAlgebra);
      await expect(topic).toBeVisible();
      await expect(topic).toHaveAttribute('href', `/${s.path}math/#linear-algebra`);
      expect(await page.locator('.path-stages > li').count()).toBe(7);
      expect(await page.locator('.stage-topics > li').count()).toBe(32);
    });
  });
}
