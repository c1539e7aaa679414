import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** The chain-link icon Starlight puts after headings, so that both kinds of anchor look alike. */
export const LINK_ICON_PATH =
  'm12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88a1 1 0 1 0-1.42-1.42l-3.88 3.89a4.48 4.48 0 0 0 6.33 6.33l3.89-3.88a1 1 0 0 0-1.42-1.42m8.58-12.08a4.49 4.49 0 0 0-6.33 0l-3.89 3.88a1 1 0 1 0 1.42 1.42l3.88-3.88a2.52 2.52 0 0 1 3.5 0 2.47 2.47 0 0 1 0 3.5l-3.88 3.88a1 1 0 0 0 0 1.42 1 1 0 0 0 1.42 0l3.88-3.89a4.49 4.49 0 0 0 0-6.33M8.83 15.17a1 1 0 0 0 .71.29 1 1 0 0 0 .71-.29l4.92-4.92a1 1 0 1 0-1.42-1.42l-4.92 4.92a1 1 0 0 0 0 1.42';

/** Titles that name the kind of block rather than a file; the same block is titled differently per locale. */
const GENERIC_TITLES: [RegExp, string][] = [
  [/^(?:terminal\b|终端)/i, 'terminal'],
  [/^(?:outdated\b|过时写法)/i, 'outdated'],
];

/**
 * The anchor id of a titled code block: the section it sits in, then its title as ASCII words
 * (`train.py` under `#fine-tune` → `fine-tune-train-py`). Titles that differ only by language map to
 * one word, so both locales get the same ids; a repeat on the page gets `-2`, `-3`, ….
 */
export function codeBlockId(sectionId: string | undefined, title: string, taken: Set<string>): string {
  const generic = GENERIC_TITLES.find(([pattern]) => pattern.test(title.trim()))?.[1];
  const slug =
    generic ??
    (title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') ||
      'code');
  const stem = sectionId ? `${sectionId}-${slug}` : slug;
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

/** `title="train.py"` or `title='train.py'` in a code fence's meta string. */
export function codeBlockTitle(meta: string | undefined): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const title = (match?.[1] ?? match?.[2])?.trim();
  return title || undefined;
}

/** The accessible name of a code block's anchor link. */
export function codeLinkLabel(locale: 'en' | 'zh-cn', title: string): string {
  return locale === 'zh-cn' ? `代码块「${title}」的链接` : `Link to the code block “${title}”`;
}

/**
 * Sätteri hast plugin: every titled code block in the docs gets a stable id and a link to itself,
 * like a heading, so a teammate can be sent to `/quickstart/#fine-tune-train-py`. The block is
 * wrapped in `<div class="atlas-code-block" id>`; Expressive Code still renders the `<pre>` inside.
 */
export function codeAnchors(options: { include: (filePath: string) => boolean }): HastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL) return;
    const filePath = fileURLToPath(fileURL);
    if (!options.include(filePath)) return;
    const locale = filePath.includes('/zh-cn/') ? 'zh-cn' : 'en';
    const taken = new Set<string>();
    let sectionId: string | undefined;
    return defineHastPlugin({
      name: 'code-anchors',
      element: {
        filter: ['h2', 'h3', 'pre'],
        visit(node, ctx) {
          if (node.tagName !== 'pre') {
            const id = node.properties?.['id'];
            if (typeof id === 'string') {
              sectionId = id;
              taken.add(id);
            }
            return;
          }
          const code = node.children[0];
          if (node.children.length !== 1 || code?.type !== 'element' || code.tagName !== 'code') return;
          const title = codeBlockTitle((code.data as { meta?: string } | undefined)?.meta);
          if (!title) return;
          const id = codeBlockId(sectionId, title, taken);
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['atlas-code-block'], id },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['sl-anchor-link', 'atlas-code-link'], href: `#${id}` },
                children: [
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { ariaHidden: 'true', className: ['sl-anchor-icon'] },
                    children: [
                      {
                        type: 'element',
                        tagName: 'svg',
                        properties: { width: '16', height: '16', viewBox: '0 0 24 24', fill: 'currentColor' },
                        children: [{ type: 'element', tagName: 'path', properties: { d: LINK_ICON_PATH }, children: [] }],
                      },
                    ],
                  },
                  { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: codeLinkLabel(locale, title) }] },
                ],
              },
            ],
          });
        },
      },
    });
  };
}
