/**
 * Build-output checks over dist/: internal links and fragments, heading ids, locale parity, <html lang>,
 * and no third-party resources. Prints every problem, then exits 1 if there was any.
 * Usage: node scripts/check-dist.ts [distDir]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  checkHeadingIds,
  checkInternalLinks,
  checkLang,
  checkLocaleParity,
  checkNoExternalResources,
  parsePage,
  SECOND_LOCALE,
} from '../src/lib/dist-checks.ts';
import { readDeployTarget } from '../src/lib/site-config.ts';

const distDir = process.argv[2] ?? 'dist';
const { site, base } = readDeployTarget(process.env);

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (name === 'index.html') yield full;
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

const pages = [...htmlFiles(distDir)].map((file) => {
  const rel = relative(distDir, file).split(sep).join('/');
  return parsePage({ path: `/${rel.replace(/index\.html$/, '')}`, html: readFileSync(file, 'utf8') });
});

const checks: [string, string[]][] = [
  ['heading ids', checkHeadingIds(pages)],
  ['locale parity', checkLocaleParity(pages, sourceHint)],
  ['html lang', checkLang(pages)],
  ['internal links and fragments', checkInternalLinks(pages, { base, site, fileExists: (path) => existsSync(join(distDir, path)) })],
  ['third-party resources', checkNoExternalResources(pages, site)],
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
console.log(`checked ${pages.length} pages in ${distDir}/`);
if (failed > 0) {
  console.error(`dist checks: ${failed} problem(s) found.`);
  process.exit(1);
}
