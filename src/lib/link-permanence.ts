/**
 * Links people have shared must keep working. `content/published-links.txt` records every published
 * page and `page#anchor`; a build that loses one fails, unless a redirect (Astro `redirects`) or an
 * anchor alias (frontmatter `anchorAliases`) keeps it working. New links must be recorded too, so the
 * record stays complete: `npm run links:record` adds them (it never removes any).
 */

export interface PublishedPage {
  /** Site path without base: `/stack/deployment/`. */
  path: string;
  /** Ids of the page's content headings and anchor aliases. */
  anchors: Set<string>;
  /** For a redirect page, the site path it sends readers to. */
  redirectTo?: string | undefined;
}

/** The links a build publishes: each page, and each content heading (or alias) on it. */
export function publishedLinks(pages: PublishedPage[]): string[] {
  return pages
    .filter((page) => !page.redirectTo)
    .flatMap((page) => [page.path, ...[...page.anchors].map((id) => `${page.path}#${id}`)])
    .sort();
}

export function parseRecord(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function checkLinkPermanence(recorded: string[], pages: PublishedPage[]): string[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const problems: string[] = [];
  for (const link of recorded) {
    const [path, anchor] = link.split('#') as [string, string | undefined];
    let page = byPath.get(path);
    for (let hops = 0; page?.redirectTo && hops < 5; hops++) page = byPath.get(page.redirectTo);
    if (!page) {
      problems.push(`${link} was published but ${path} no longer exists. Restore the page, or add a redirect in astro.config.mjs (redirects: { '${path}': '/new/path/' }).`);
    } else if (anchor && !page.anchors.has(anchor)) {
      problems.push(`${link} was published but ${page.path} has no #${anchor} any more. Keep the heading id, or add \`anchorAliases: { ${anchor}: new-id }\` to the page's frontmatter.`);
    }
  }
  const known = new Set(recorded);
  const unrecorded = publishedLinks(pages).filter((link) => !known.has(link));
  if (unrecorded.length > 0) {
    problems.push(`${unrecorded.length} new link(s) are not in content/published-links.txt (e.g. ${unrecorded.slice(0, 3).join(', ')}). Run \`npm run links:record\` and commit the file.`);
  }
  return problems;
}
