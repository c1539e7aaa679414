/**
 * Build-output checks over dist/: internal links and fragments, heading ids, locale parity, <html lang>,
 * no third-party resources, tool sections and install commands on the layer pages, versions typed by
 * hand, and the code blocks (syntax, deprecated APIs, placeholders). Prints every problem, then exits 1
 * if there was any.
 * Usage: node scripts/check-dist.ts [distDir]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import {
  checkHeadingIds,
  checkInternalLinks,
  checkLang,
  checkLocaleParity,
  checkNoExternalResources,
  checkLinkPreviews,
  parsePage,
  SECOND_LOCALE,
} from '../src/lib/dist-checks.ts';
import { toolSchema } from '../src/lib/schemas/tools.ts';
import { checkLinkPermanence, parseRecord } from '../src/lib/link-permanence.ts';
import { checkLlmsFiles } from '../src/lib/llms-text.ts';
import { ogImagePath } from '../src/lib/og-image.ts';
import { checkBudgets, pageWeight, withoutArticle } from '../src/lib/page-weight.ts';
import { publishedPages, readBuiltPages, RECORD_FILE } from './published-pages.ts';
import { readDeployTarget } from '../src/lib/site-config.ts';
import { checkSyntax, extractCodeBlocks, findPlaceholders, findRuleHits, snippetRuleSchema, type CodeBlock } from '../src/lib/snippet-checks.ts';
import { checkOverviewLinks, checkToolSections, findTypedVersions, layerPagePath, type LayerPage, type ToolRecord } from '../src/lib/tool-coverage.ts';

const distDir = process.argv[2] ?? 'dist';
const { site, base } = readDeployTarget(process.env);

function* files(dir: string, match: (name: string) => boolean): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full, match);
    else if (match(name)) yield full;
  }
}

/** The file an author edits for a page, mirroring the other locale's layout when it exists. */
function sourceHint(locale: 'en' | 'zh-cn', key: string): string {
  const slug = key.replace(/^\/|\/$/g, '') || 'index';
  const prefix = locale === 'en' ? 'content/docs' : `content/docs/${SECOND_LOCALE}`;
  const otherPrefix = locale === 'en' ? `content/docs/${SECOND_LOCALE}` : 'content/docs';
  for (const form of [`${slug}.mdx`, `${slug}/index.mdx`, `${slug}.md`, `${slug}/index.md`]) {
    if (existsSync(join(otherPrefix, form)) || existsSync(join(prefix, form))) return `${prefix}/${form}`;
  }
  return `${prefix}/${slug}.mdx`;
}

/** Parses a YAML data file entry by entry, naming the file and entry of anything the schema rejects. */
function readEntries<T>(file: string, schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, problems: string[]): T[] {
  const raw = parseYaml(readFileSync(file, 'utf8'));
  const entries: unknown[] = Array.isArray(raw) ? raw : [raw];
  return entries.flatMap((entry, i) => {
    const result = schema.safeParse(entry);
    if (result.success) return [result.data];
    for (const issue of result.error.issues) problems.push(`${file} entry ${i + 1}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    return [];
  });
}

const built = readBuiltPages(distDir);
const pages = built.map(parsePage);

// Tools: every tool has its section on its layer page in both locales, with its install commands.
const dataProblems: string[] = [];
const toolsDir = 'content/data/tools';
const tools: ToolRecord[] = [...files(toolsDir, (name) => name.endsWith('.yaml'))].flatMap((file) =>
  readEntries(file, toolSchema, dataProblems).map((tool) => ({ ...tool, id: relative(toolsDir, file).replace(/\.yaml$/, '') })),
);
const layerPaths = new Set(tools.flatMap((tool) => [layerPagePath(tool.layer, 'en'), layerPagePath(tool.layer, 'zh-cn')]));
const layerPages = new Map<string, LayerPage>();
for (const page of built.filter((p) => layerPaths.has(p.path))) {
  const root = parseHtml(page.html);
  layerPages.set(page.path, {
    headingIds: new Set(root.querySelectorAll('.sl-markdown-content h2[id], .sl-markdown-content h3[id]').map((el) => el.getAttribute('id')!)),
    toolFacts: new Set(root.querySelectorAll('[data-tool]').map((el) => el.getAttribute('data-tool')!)),
    code: new Set(extractCodeBlocks(page.path, page.html).map((block) => block.code)),
  });
}
const overviews = new Map(
  pages.filter((page) => page.path === '/stack/' || page.path === `/${SECOND_LOCALE}/stack/`).map((page) => [page.path, new Set(page.links)]),
);
const mdx = [...files('content/docs', (name) => /\.mdx?$/.test(name))].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

// Code blocks: syntax, deprecated APIs, placeholders.
const rules = readEntries('content/data/snippet-rules.yaml', snippetRuleSchema, dataProblems);
const blocks: CodeBlock[] = built.flatMap((page) => extractCodeBlocks(page.path, page.html));
const PYTHON_PARSER = `
import ast, json, sys
errors = []
for source in json.load(sys.stdin):
    try:
        ast.parse(source)
        errors.append(None)
    except SyntaxError as error:
        errors.append(f"line {error.lineno}: {error.msg}")
print(json.dumps(errors))
`;
const syntax = {
  python: (sources: string[]) => {
    const result = spawnSync('python3', ['-c', PYTHON_PARSER], { input: JSON.stringify(sources), encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`python3 could not check the Python blocks: ${result.stderr || result.error}`);
    return JSON.parse(result.stdout) as (string | null)[];
  },
  shell: (source: string) => {
    const result = spawnSync('bash', ['-n'], { input: source, encoding: 'utf8' });
    return result.status === 0 ? null : result.stderr.trim().replace(/^bash: /, '');
  },
};

// Bytes before interaction. The typical pages are the home and overview pages of each locale.
const TYPICAL = new Set(['/', '/stack/'].flatMap((path) => [path, `/${SECOND_LOCALE}${path}`]));
const readAsset = (url: string) => {
  const file = join(distDir, decodeURIComponent(url.slice(base.length - 1)));
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
};
const weights = built.map((page) => ({
  path: page.path,
  weight: pageWeight(base.replace(/\/$/, '') + page.path, page.html, readAsset),
  frame: pageWeight(base.replace(/\/$/, '') + page.path, withoutArticle(page.html), readAsset),
  typical: TYPICAL.has(page.path),
}));

const indexedUrls = built
  .filter((page) => page.html.includes('data-pagefind-body'))
  .map((page) => new URL(base.replace(/\/$/, '') + page.path, site).href);
const readText = (file: string) => (existsSync(join(distDir, file)) ? readFileSync(join(distDir, file), 'utf8') : '');
const recorded = existsSync(RECORD_FILE) ? parseRecord(readFileSync(RECORD_FILE, 'utf8')) : [];

const checks: [string, string[]][] = [
  ['data files', dataProblems],
  ['heading ids', checkHeadingIds(pages)],
  ['locale parity', checkLocaleParity(pages, sourceHint)],
  ['html lang', checkLang(pages)],
  ['internal links and fragments', checkInternalLinks(pages, { base, site, fileExists: (path) => existsSync(join(distDir, path)) })],
  ['third-party resources', checkNoExternalResources(pages, site)],
  ['tool sections and install commands', checkToolSections(tools, layerPages)],
  ['stack overview links every tool', checkOverviewLinks(tools, overviews, base)],
  ['versions typed by hand', findTypedVersions(tools, mdx)],
  ['code syntax (python, bash -n)', checkSyntax(blocks, syntax)],
  ['deprecated or removed APIs in code', findRuleHits(blocks, rules)],
  ['placeholders in code', findPlaceholders(blocks)],
  ['byte budgets (gzip, before interaction)', checkBudgets(weights)],
  ['llms.txt and llms-full.txt', checkLlmsFiles(readText('llms.txt'), readText('llms-full.txt'), indexedUrls)],
  ['link previews (canonical, hreflang, og:image)', checkLinkPreviews(pages, { site, base, imagePath: ogImagePath, readFile: (path) => readAsset(base.replace(/\/$/, '') + path) })],
  ['published links still work', checkLinkPermanence(recorded, publishedPages(built, base))],
];

let failed = 0;
for (const [name, problems] of checks) {
  if (problems.length === 0) {
    console.log(`  ✓ ${name}`);
    continue;
  }
  failed += problems.length;
  console.error(`  ✗ ${name}: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`      ${problem}`);
}
console.log(`checked ${pages.length} pages, ${tools.length} tools and ${blocks.length} code blocks in ${distDir}/`);
if (failed > 0) {
  console.error(`dist checks: ${failed} problem(s) found.`);
  process.exit(1);
}
