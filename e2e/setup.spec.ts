import AxeBuilder from '@axe-core/playwright';
import { expect, test, useTheme } from './fixtures';

const LOCALES = [
  {
    prefix: '',
    os: 'Operating system',
    acc: 'Accelerator',
    pm: 'Package manager',
    extras: 'Extras',
    wsl: 'Windows + WSL 2',
    macos: 'macOS (Apple silicon)',
    linux: 'Linux',
    cuda: 'NVIDIA CUDA',
    rocm: 'AMD ROCm',
    pip: 'pip + venv',
    uv: 'uv',
    transformers: 'Transformers + Datasets',
    wandb: 'Weights & Biases',
    copyAll: 'Copy all commands',
    copied: 'Copied to the clipboard',
    refused: 'This combination does not work',
    macCuda: /macOS has no CUDA/,
    table: 'Common combinations',
  },
  {
    prefix: 'zh-cn/',
    os: '操作系统',
    acc: '加速器',
    pm: '包管理器',
    extras: '附加库',
    wsl: 'Windows + WSL 2',
    macos: 'macOS（Apple 芯片）',
    linux: 'Linux',
    cuda: 'NVIDIA CUDA',
    rocm: 'AMD ROCm',
    pip: 'pip + venv',
    uv: 'uv',
    transformers: 'Transformers + Datasets',
    wandb: 'Weights & Biases',
    copyAll: '复制全部命令',
    copied: '已复制到剪贴板',
    refused: '这个组合不可行',
    macCuda: /macOS 没有 CUDA/,
    table: '常见组合',
  },
] as const;

for (const l of LOCALES) {
  test.describe(`/${l.prefix}setup/`, () => {
    test('picks a combination, shows and copies its commands, and restores it from the shared URL', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') violations.push(message.text());
      });
      await page.goto(`${l.prefix}setup/`);
      const form = page.locator('form.setup-form');
      await form.getByRole('group', { name: l.os }).getByRole('radio', { name: l.wsl }).check();
      await form.getByRole('group', { name: l.pm }).getByRole('radio', { name: l.pip }).check();
      await form.getByRole('group', { name: l.extras }).getByRole('checkbox', { name: l.transformers }).check();
      await form.getByRole('group', { name: l.extras }).getByRole('checkbox', { name: l.wandb }).check();
      await expect(page).toHaveURL(/\?os=wsl&acc=cuda&cuda=cu132&pm=pip&extras=transformers,wandb$/);

      const result = page.locator('[data-result]');
      const torch = result.locator('figure[data-step="torch"] code');
      await expect(torch).toHaveText('pip install torch torchvision --index-url https://download.pytorch.org/whl/cu132');
      await expect(result.locator('figure[data-step="extras"] code')).toHaveText('pip install transformers\npip install datasets\npip install wandb');
      await expect(result.locator('figure[data-step="env"] code')).toContainText('python3.12 -m venv .venv');
      await expect(page.locator('[data-live]')).toContainText('Windows + WSL 2');

      await result.getByRole('button', { name: l.copyAll }).click();
      await expect(page.locator('[data-live]')).toHaveText(l.copied);
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      expect(clipboard).toContain('nvidia-smi');
      expect(clipboard).toContain('pip install torch torchvision --index-url https://download.pytorch.org/whl/cu132');
      expect(clipboard).toContain("cat > verify_setup.py <<'EOF'");
      expect(clipboard).toContain('python verify_setup.py');

      await result.locator('figure[data-step="torch"]').getByRole('button').click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('pip install torch torchvision --index-url https://download.pytorch.org/whl/cu132');

      const shared = page.url();
      await page.goto('about:blank');
      await page.goto(shared);
      await expect(form.getByRole('radio', { name: l.wsl })).toBeChecked();
      await expect(form.getByRole('radio', { name: l.pip })).toBeChecked();
      await expect(form.getByRole('checkbox', { name: l.transformers })).toBeChecked();
      await expect(form.getByRole('checkbox', { name: l.wandb })).toBeChecked();
      await expect(torch).toHaveText('pip install torch torchvision --index-url https://download.pytorch.org/whl/cu132');
      expect(violations, 'console errors (CSP violations included)').toEqual([]);
    });

    test('the back button restores the previous selection', async ({ page }) => {
      await page.goto(`${l.prefix}setup/?os=linux&acc=cuda&cuda=cu126&pm=uv`);
      const form = page.locator('form.setup-form');
      await expect(page.locator('figure[data-step="torch"] code')).toContainText('--torch-backend=cu126');
      await form.getByRole('radio', { name: l.rocm }).check();
      await expect(page).toHaveURL(/\?os=linux&acc=rocm&pm=uv$/);
      await expect(page.locator('figure[data-step="torch"] code')).toContainText('whl/rocm');
      await page.goBack();
      await expect(page).toHaveURL(/\?os=linux&acc=cuda&cuda=cu126&pm=uv$/);
      await expect(form.getByRole('radio', { name: l.cuda })).toBeChecked();
      await expect(page.locator('figure[data-step="torch"] code')).toContainText('--torch-backend=cu126');
      await page.goForward();
      await expect(form.getByRole('radio', { name: l.rocm })).toBeChecked();
    });

    test('an impossible combination shows its reason instead of commands', async ({ page }) => {
      await page.goto(`${l.prefix}setup/`);
      const form = page.locator('form.setup-form');
      await form.getByRole('radio', { name: l.macos }).check();
      const refused = page.locator('[data-refused]');
      await expect(refused).toContainText(l.refused);
      await expect(refused).toContainText(l.macCuda);
      await expect(page.locator('[data-result] figure')).toHaveCount(0);
      await expect(page.locator('[data-live]')).toContainText(l.macCuda);
    });

    test('unknown or invalid parameters fall back to the defaults without an error', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${l.prefix}setup/?os=beos&acc=tpu&pm=%3Cscript%3E&extras=nope,wandb`);
      await expect(page).toHaveURL(/\?os=linux&acc=cuda&cuda=cu132&pm=uv&extras=wandb$/);
      await expect(page.locator('form.setup-form').getByRole('radio', { name: l.linux })).toBeChecked();
      await expect(page.locator('figure[data-step="extras"] code')).toHaveText('uv pip install wandb');
      expect(errors).toEqual([]);
    });

    test('has zero axe violations with commands and with a refusal, in light and dark', async ({ page }) => {
      test.setTimeout(150_000);
      for (const theme of ['light', 'dark'] as const) {
        await useTheme(page, theme);
        for (const query of ['?os=linux&acc=cuda&cuda=cu132&pm=conda&extras=transformers,onnx', '?os=windows&acc=rocm&pm=pip']) {
          await page.goto(`${l.prefix}setup/${query}`);
          await expect(page.locator('[data-result] > *').first()).toBeVisible();
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
          expect(results.violations.map((v) => `${theme} ${query}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        }
      }
    });
  });

  test.describe(`/${l.prefix}setup/ without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test('hides the form and shows the table of common combinations', async ({ page }) => {
      await page.goto(`${l.prefix}setup/`);
      await expect(page.locator('form.setup-form')).toBeHidden();
      const table = page.getByRole('table', { name: l.table });
      await expect(table).toBeVisible();
      await expect(table.getByRole('row')).toHaveCount(11);
      await expect(table).toContainText('pip install torch torchvision --index-url https://download.pytorch.org/whl/cu132');
      await expect(table).toContainText('uv venv --python 3.12');
    });
  });
}
