/**
 * `npm run bench`: what the atlas costs, measured on this machine. Prints a table and writes
 * bench/latest.json. Not a test: numbers vary between runs and machines; compare runs on one machine.
 *
 *   build      clean build time (median of 3), page count, size of dist/
 *   pages      bytes per type before any interaction, for three pages per locale, as transferred by
 *              the shipped nginx configuration (gzip) to Chromium
 *   search     bytes and milliseconds from opening search to the first result, English and Chinese
 *   queries    hit rate of the search query set, if content/data/search-queries.yaml exists
 *   lighthouse mobile scores for the home page and a long page per locale
 *   scale      seconds per 100 extra pages, from a temporary copy with 1,000 generated pages
 *
 * Options: --skip-build --skip-lighthouse --skip-scale
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { provisionChromium } from './provision-browser.ts';
import { provisionNginx } from './provision-nginx.ts';
import { loadQuerySet, runQueries } from '../e2e/search-query-runner.ts';
import { describeMisses, hitRate } from '../src/lib/search-queries.ts';

const args = new Set(process.argv.slice(2));
const ROOT = resolve(import.meta.dirname, '..');
const PORT = 4395;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SAMPLE_PAGES = ['/', '/stack/', '/stack/training/', '/setup/', '/learn/'].flatMap((path) => [path, `/zh-cn${path === '/' ? '/' : path}`]);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const results: Record<string, unknown> = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, Node ${process.versions.node}` };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timeBuild(cwd: string): number {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(cwd, dir), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('astro', ['build'], { cwd, env, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`astro build failed in ${cwd}`);
  return (performance.now() - started) / 1000;
}

function dirSize(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    bytes += statSync(file).size;
    if (name.endsWith('index.html')) pages += 1;
  }
  return { bytes, pages };
}

/**
 * Bytes per resource type as they arrive on the wire (compressed bodies; HTTP headers are left out,
 * so the figures compare with the gzip sizes of the files), read from the DevTools protocol.
 */
async function recordTransfers(page: Page): Promise<{ stop: () => Record<string, number> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<string, { type: string; headerBytes: number }>();
  const totals: Record<string, number> = {};
  // At responseReceived, encodedDataLength counts what has arrived so far: the headers.
  session.on('Network.responseReceived', (event) =>
    responses.set(event.requestId, { type: event.type.toLowerCase(), headerBytes: event.response.encodedDataLength }),
  );
  session.on('Network.loadingFinished', (event) => {
    const response = responses.get(event.requestId);
    if (!response) return;
    totals[response.type] = (totals[response.type] ?? 0) + Math.max(0, event.encodedDataLength - response.headerBytes);
  });
  return { stop: () => ({ ...totals }) };
}

function startNginx(): ChildProcess {
  return spawn('node', ['scripts/nginx.ts', '--port', String(PORT), '--dir', 'dist'], { cwd: ROOT, env: { ...env, ATLAS_NGINX: provisionNginx() }, stdio: 'ignore' });
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`nginx did not start on ${ORIGIN}`);
}

async function measurePages(executablePath: string) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const pages: Record<string, Record<string, number>> = {};
  const search: Record<string, { bytes: number; ms: number }> = {};
  try {
    for (const path of SAMPLE_PAGES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const recorder = await recordTransfers(page);
      await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1500); // anything loaded on idle would show up here
      const t = recorder.stop();
      const html = t['document'] ?? 0;
      const css = t['stylesheet'] ?? 0;
      const js = t['script'] ?? 0;
      pages[path] = { html, css, js, total: html + css + js };
      await context.close();
    }
    for (const [label, path, query] of [
      ['English: "PyTorch"', '/stack/', 'PyTorch'],
      ['Chinese: "显存"', '/zh-cn/stack/', '显存'],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
      const recorder = await recordTransfers(page);
      const started = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: /^(Search|搜索)/ }).click();
      await page.getByRole('dialog').getByRole('textbox').fill(query);
      await page.locator('.pagefind-ui__result').first().waitFor();
      const ended = await page.evaluate(() => performance.now());
      await page.waitForLoadState('networkidle');
      const transferred = Object.values(recorder.stop()).reduce((sum, bytes) => sum + bytes, 0);
      search[label] = { bytes: transferred, ms: Math.round(ended - started) };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { pages, search };
}

/** The committed query set through the real search dialog: share of queries that find their page. */
async function measureQuerySet(executablePath: string) {
  const queries = loadQuerySet(new URL('../', import.meta.url), 'dist');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const outcomes = await runQueries(page, `${ORIGIN}/`, queries);
    return { queries: outcomes.length, hits: outcomes.filter((o) => o.hit).length, rate: hitRate(outcomes), misses: describeMisses(outcomes) };
  } finally {
    await browser.close();
  }
}

async function lighthouseScores(executablePath: string) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const scores: Record<string, Record<string, number>> = {};
  for (const path of ['/', '/stack/training/', '/zh-cn/', '/zh-cn/stack/training/']) {
    const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    try {
      const result = await lighthouse(`${ORIGIN}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const categories = result?.lhr.categories ?? {};
      scores[path] = Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]));
    } finally {
      chrome.kill();
    }
  }
  return scores;
}

/** Builds a temporary copy of the project with 1,000 generated pages (500 per locale) and without. */
function scaleRun(): { baseSeconds: number; withPagesSeconds: number; perHundred: number } {
  const parent = join(ROOT, '.cache', 'bench');
  mkdirSync(parent, { recursive: true });
  const copy = mkdtempSync(join(parent, 'scale-'));
  try {
    for (const entry of ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
      cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    const baseSeconds = timeBuild(copy);
    for (const [locale, dir] of [
      ['en', 'content/docs/generated'],
      ['zh-cn', 'content/docs/zh-cn/generated'],
    ] as const) {
      mkdirSync(join(copy, dir), { recursive: true });
      for (let i = 1; i <= 500; i++) {
        const title = locale === 'en' ? `Generated page ${i}` : `生成的页面 ${i}`;
        const body =
          locale === 'en'
            ? 'Mixed precision trains faster on modern GPUs. Keep the model and its inputs on the same device.'
            : '混合精度在新一代 GPU 上训练更快。模型和输入要放在同一个设备上。';
        writeFileSync(
          join(copy, dir, `page-${i}.mdx`),
          `---\ntitle: ${title}\ndescription: ${locale === 'en' ? 'A generated page for the scale benchmark of the build.' : '用于构建规模基准测试的生成页面，内容无实际意义。'}\n---\n\n${body}\n\n## ${locale === 'en' ? 'Section one' : '第一节'} {#section-one}\n\n${body.repeat(4)}\n\n## ${locale === 'en' ? 'Section two' : '第二节'} {#section-two}\n\n\`\`\`python title="example.py"\nimport torch\n\nprint(torch.__version__)\n\`\`\`\n`,
        );
      }
    }
    const withPagesSeconds = timeBuild(copy);
    return { baseSeconds, withPagesSeconds, perHundred: ((withPagesSeconds - baseSeconds) / 1000) * 100 };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// 1. Build.
if (!args.has('--skip-build')) {
  const times = [timeBuild(ROOT), timeBuild(ROOT), timeBuild(ROOT)];
  results['build'] = { seconds: times.map((t) => Number(t.toFixed(2))), median: Number(median(times).toFixed(2)) };
}
if (!existsSync(join(ROOT, 'dist'))) throw new Error('No dist/: run without --skip-build, or npm run build first.');
results['dist'] = dirSize(join(ROOT, 'dist'));

// 2–3. Page weight and search, over the shipped nginx configuration.
const executablePath = provisionChromium();
const nginx = startNginx();
try {
  await waitForServer();
  Object.assign(results, await measurePages(executablePath));
  results['queries'] = await measureQuerySet(executablePath);
  // 4. Lighthouse.
  if (!args.has('--skip-lighthouse')) results['lighthouse'] = await lighthouseScores(executablePath);
} finally {
  nginx.kill('SIGTERM');
}

// 5. Scale.
if (!args.has('--skip-scale')) results['scale'] = scaleRun();

// Report.
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
const lines: string[] = [];
const build = results['build'] as { median: number } | undefined;
const dist = results['dist'] as { bytes: number; pages: number };
lines.push(`| measure | value |`, `| --- | --- |`);
if (build) lines.push(`| clean build, median of 3 | ${build.median} s |`);
lines.push(`| pages | ${dist.pages} |`, `| dist/ size | ${(dist.bytes / 1024 / 1024).toFixed(1)} MB |`);
for (const [path, w] of Object.entries(results['pages'] as Record<string, Record<string, number>>)) {
  lines.push(`| ${path} before interaction | ${kb(w['total']!)} KB (HTML ${kb(w['html']!)}, CSS ${kb(w['css']!)}, JS ${kb(w['js']!)}) |`);
}
for (const [label, s] of Object.entries(results['search'] as Record<string, { bytes: number; ms: number }>)) {
  lines.push(`| search ${label}, open → first result | ${kb(s.bytes)} KB, ${s.ms} ms |`);
}
const querySet = results['queries'] as { queries: number; hits: number; rate: number; misses: string[] };
lines.push(`| search query set (top 3, both languages) | ${querySet.hits}/${querySet.queries} = ${(querySet.rate * 100).toFixed(1)} % |`);
for (const miss of querySet.misses) lines.push(`| query miss | ${miss.replace(/\|/g, '\\|')} |`);
for (const [path, scores] of Object.entries((results['lighthouse'] ?? {}) as Record<string, Record<string, number>>)) {
  lines.push(`| Lighthouse mobile ${path} | ${Object.entries(scores).map(([id, score]) => `${id} ${score}`).join(', ')} |`);
}
const scale = results['scale'] as { perHundred: number; baseSeconds: number; withPagesSeconds: number } | undefined;
if (scale) lines.push(`| scale: +1,000 pages | ${scale.baseSeconds.toFixed(1)} s → ${scale.withPagesSeconds.toFixed(1)} s, ${scale.perHundred.toFixed(2)} s per 100 pages |`);
console.log(lines.join('\n'));
console.log('\nWritten to bench/latest.json');
