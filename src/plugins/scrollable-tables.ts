import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Wide Markdown tables scroll sideways on narrow screens. A scrolling region must be reachable by
 * keyboard (axe: `scrollable-region-focusable`), so each table is wrapped in a focusable region
 * named after the section it belongs to.
 */
export function scrollableTables(): HastPluginEntry {
  return () => {
    let sectionId: string | undefined;
    return defineHastPlugin({
      name: 'scrollable-tables',
      element: {
        filter: ['h2', 'h3', 'table'],
        visit(node, ctx) {
          if (node.tagName !== 'table') {
            const id = node.properties?.['id'];
            sectionId = typeof id === 'string' ? id : sectionId;
            return;
          }
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: {
              className: ['table-scroll'],
              tabIndex: 0,
              role: 'region',
              ...(sectionId ? { ariaLabelledBy: [sectionId] } : { ariaLabel: 'Table' }),
            },
            children: [],
          });
        },
      },
    });
  };
}
