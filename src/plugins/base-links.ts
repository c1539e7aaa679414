import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { withBase } from '../lib/with-base.ts';

/**
 * Authors write site links from the root (`/stack/#layers`); when the site is deployed under a
 * sub-path (`base: '/atlas/'`), those links get the base in front, so the same content works at
 * https://example.org/ and at https://example.org/atlas/.
 */
export function baseLinks(base: string): HastPluginEntry {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '') return null;
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && withBase(base, href) !== href) ctx.setProperty(node, 'href', withBase(base, href));
      },
    },
  });
}
