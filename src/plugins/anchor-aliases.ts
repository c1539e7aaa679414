import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Renaming a heading id breaks every link to it. Frontmatter `anchorAliases: { old-id: new-id }`
 * keeps the old links working: an empty element with the old id is placed just before the heading
 * that now has the new id, so `#old-id` still scrolls to the same section.
 */
export function anchorAliases(): HastPluginEntry {
  return ({ fileURL, data }) => {
    const frontmatter = (data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const aliases = frontmatter?.['anchorAliases'];
    if (!aliases || typeof aliases !== 'object') return;
    const byTarget = new Map<string, string[]>();
    for (const [oldId, newId] of Object.entries(aliases as Record<string, string>)) {
      byTarget.set(newId, [...(byTarget.get(newId) ?? []), oldId]);
    }
    const found = new Set<string>();
    return defineHastPlugin({
      name: 'anchor-aliases',
      element: {
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const id = node.properties?.['id'];
          const oldIds = typeof id === 'string' ? byTarget.get(id) : undefined;
          if (!oldIds) return;
          found.add(id as string);
          ctx.insertBefore(
            node,
            oldIds.map((oldId) => ({ type: 'element' as const, tagName: 'span', properties: { id: oldId, dataAnchorAlias: id }, children: [] })),
          );
        },
      },
      after() {
        const missing = [...byTarget.keys()].filter((target) => !found.has(target));
        if (missing.length > 0) {
          const file = fileURLToPath(fileURL!);
          throw new Error(`anchorAliases in ${file} point to ${missing.map((id) => `#${id}`).join(', ')}, which no h2/h3 on the page has. Point each alias at an existing heading id.`);
        }
      },
    });
  };
}
