/**
 * The tool data and the layer pages agree: every tool has its own section (an h2/h3 whose id is the
 * tool id) with its facts on its layer page in both locales, every install command of the data is
 * shown there, and no page types a tool's version by hand (versions are rendered from the data).
 */
import { SECOND_LOCALE } from './dist-checks.ts';
import type { Installer } from './schemas/tools.ts';

export interface ToolRecord {
  id: string;
  layer: string;
  version: string;
  install?: Partial<Record<Installer, string | undefined>> | undefined;
}

export interface LayerPage {
  headingIds: Set<string>;
  /** Ids of the tools whose facts (ToolFacts) are rendered on the page. */
  toolFacts: Set<string>;
  /** The source of every code block on the page. */
  code: Set<string>;
}

export function layerPagePath(layer: string, locale: 'en' | 'zh-cn'): string {
  return `${locale === 'en' ? '' : `/${SECOND_LOCALE}`}/stack/${layer}/`;
}

export function checkToolSections(tools: ToolRecord[], pages: Map<string, LayerPage>): string[] {
  const problems: string[] = [];
  for (const tool of tools) {
    for (const locale of ['en', 'zh-cn'] as const) {
      const path = layerPagePath(tool.layer, locale);
      const page = pages.get(path);
      const file = `content/docs/${locale === 'en' ? '' : `${SECOND_LOCALE}/`}stack/${tool.layer}.mdx`;
      if (!page) {
        problems.push(`${tool.id}: its layer page ${path} does not exist. Add ${file}.`);
        continue;
      }
      if (!page.headingIds.has(tool.id)) {
        problems.push(`${path}: no section for ${tool.id}. Add a heading \`### Name {#${tool.id}}\` in ${file}.`);
      }
      if (!page.toolFacts.has(tool.id)) {
        problems.push(`${path}: the ${tool.id} section does not render its facts. Add <ToolFacts id="${tool.id}" /> under its heading in ${file}.`);
      }
      for (const [installer, command] of Object.entries(tool.install ?? {})) {
        if (command && !page.code.has(command)) problems.push(`${path}: the ${installer} command of ${tool.id} is not shown: "${command}".`);
      }
    }
  }
  return problems;
}

/** Versions with at least three parts (2.5.5, 0.12.0.1) typed into a page instead of rendered from data. */
export function findTypedVersions(tools: ToolRecord[], files: { path: string; text: string }[]): string[] {
  const versions = [...new Set(tools.map((tool) => tool.version).filter((version) => version.split('.').length >= 3))];
  const problems: string[] = [];
  for (const file of files) {
    file.text.split('\n').forEach((line, i) => {
      for (const version of versions) {
        const escaped = version.replace(/\./g, '\\.');
        if (new RegExp(`(?<![\\w.])${escaped}(?![\\w.]*\\d)`).test(line)) {
          const owners = tools.filter((tool) => tool.version === version).map((tool) => tool.id);
          problems.push(`${file.path}:${i + 1}: version ${version} (${owners.join(', ')}) is typed by hand; it is rendered from content/data/tools/ — remove it from the prose.`);
        }
      }
    });
  }
  return problems;
}

/** The stack overview in each locale links every tool to its section on its layer page. */
export function checkOverviewLinks(tools: ToolRecord[], overviews: Map<string, Set<string>>, base: string): string[] {
  const problems: string[] = [];
  for (const [path, links] of overviews) {
    const prefix = path.startsWith(`/${SECOND_LOCALE}/`) ? `${SECOND_LOCALE}/` : '';
    for (const tool of tools) {
      const href = `${base}${prefix}stack/${tool.layer}/#${tool.id}`;
      if (!links.has(href)) problems.push(`${path}: the stack table does not link ${tool.id} to ${href}.`);
    }
  }
  return problems;
}
