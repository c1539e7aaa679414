/**
 * `npm run links:record`: adds every page and `page#anchor` of the current build (dist/) to
 * content/published-links.txt. It never removes a line: a link, once published, stays in the record
 * and must keep working (see README, "Renaming a page or a heading").
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseRecord, publishedLinks } from '../src/lib/link-permanence.ts';
import { readDeployTarget } from '../src/lib/site-config.ts';
import { publishedPages, readBuiltPages, RECORD_FILE } from './published-pages.ts';

const dist = 'dist';
if (!existsSync(dist)) throw new Error('No dist/: run `npm run build` first.');
const { base } = readDeployTarget(process.env);
const built = readBuiltPages(dist);
const recorded = existsSync(RECORD_FILE) ? parseRecord(readFileSync(RECORD_FILE, 'utf8')) : [];
const links = [...new Set([...recorded, ...publishedLinks(publishedPages(built, base))])].sort();
const header = [
  '# Every page and section link the atlas has published. npm test fails if one stops working.',
  '# Add new links with `npm run links:record`; never delete a line to make a test pass: add a',
  '# redirect (astro.config.mjs) or an anchor alias (frontmatter `anchorAliases`) instead.',
];
writeFileSync(RECORD_FILE, [...header, ...links].join('\n') + '\n');
console.log(`${RECORD_FILE}: ${links.length} links (${links.length - recorded.length} added).`);
