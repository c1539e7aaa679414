import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** Ids are URLs and never change: lower-case ASCII words joined by single hyphens. */
export const HEADING_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface HeadingRecord {
  level: number;
  text: string;
  id: string | undefined;
  line: number | undefined;
}

/**
 * Every h2 and h3 must carry an explicit id written by the author, identical in both locales,
 * so that `/stack/x/#id` and `/zh-cn/stack/x/#id` point to the same section.
 * Returns one readable problem per offending heading.
 */
export function findHeadingIdProblems(headings: HeadingRecord[]): string[] {
  const problems: string[] = [];
  const firstLineById = new Map<string, number | undefined>();
  for (const heading of headings) {
    if (heading.level !== 2 && heading.level !== 3) continue;
    const where = heading.line === undefined ? '' : `line ${heading.line}: `;
    const label = `h${heading.level} "${heading.text}"`;
    if (heading.id === undefined) {
      problems.push(
        `${where}${label} has no id. Add an explicit lower-case ASCII id, e.g. \`${'#'.repeat(heading.level)} ${heading.text} {#my-section}\`, and use the same id in the other locale.`,
      );
      continue;
    }
    if (!HEADING_ID_PATTERN.test(heading.id)) {
      problems.push(
        `${where}${label} has id "${heading.id}", which is not lower-case ASCII words joined by hyphens (pattern ${HEADING_ID_PATTERN.source}).`,
      );
    }
    if (firstLineById.has(heading.id)) {
      const first = firstLineById.get(heading.id);
      problems.push(
        `${where}${label} repeats the id "${heading.id}"${first === undefined ? '' : ` already used on line ${first}`}. Each id must be unique on its page.`,
      );
    } else {
      firstLineById.set(heading.id, heading.line);
    }
  }
  return problems;
}

/**
 * Sätteri hast plugin. It runs before Astro and Starlight generate slugs, so a heading without
 * an `id` here is one the author did not give an id; the build fails naming the file and line.
 */
export function headingIdsRequired(options: { include: (filePath: string) => boolean }): HastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL) return;
    const filePath = fileURLToPath(fileURL);
    if (!options.include(filePath)) return;
    const headings: HeadingRecord[] = [];
    return defineHastPlugin({
      name: 'heading-ids-required',
      options: { position: true },
      element: {
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const id = node.properties?.['id'];
          headings.push({
            level: Number(node.tagName.slice(1)),
            text: ctx.textContent(node).trim(),
            id: typeof id === 'string' && id !== '' ? id : undefined,
            line: node.position?.start.line,
          });
        },
      },
      after() {
        const problems = findHeadingIdProblems(headings);
        if (problems.length > 0) {
          throw new Error(`Heading ids in ${filePath}:\n  - ${problems.join('\n  - ')}`);
        }
      },
    });
  };
}
