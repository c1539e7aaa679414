import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { anchorAliases } from './anchor-aliases.ts';

const compile = (source: string, aliases: Record<string, string>) =>
  mdxToJs(source, {
    features: { headingAttributes: true },
    hastPlugins: [anchorAliases()],
    fileURL: pathToFileURL('/site/content/docs/stack/deployment.mdx'),
    data: { astro: { frontmatter: { anchorAliases: aliases }, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } },
  });

describe('anchor-aliases plugin', () => {
  it('keeps an old id alive just before the renamed heading', async () => {
    const { code } = await compile('## Triton {#triton-inference-server}\n', { triton: 'triton-inference-server' });
    expect(code).toMatch(/id: "triton"[\s\S]*"data-anchor-alias": "triton-inference-server"[\s\S]*id: "triton-inference-server"/);
  });

  it('fails with the file when an alias points to no heading', async () => {
    await expect(Promise.resolve().then(() => compile('## Triton {#triton-inference-server}\n', { old: 'nowhere' }))).rejects.toThrow(
      /anchorAliases in \/site\/content\/docs\/stack\/deployment\.mdx point to #nowhere/,
    );
  });
});
