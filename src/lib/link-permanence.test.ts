import { describe, expect, it } from 'vitest';
import { checkLinkPermanence, parseRecord, publishedLinks, type PublishedPage } from './link-permanence.ts';

const pages: PublishedPage[] = [
  { path: '/stack/deployment/', anchors: new Set(['vllm', 'onnx-runtime']) },
  { path: '/old-stack/', anchors: new Set(), redirectTo: '/stack/deployment/' },
];

describe('link permanence', () => {
  it('publishes each page and each of its anchors, but not redirect pages', () => {
    expect(publishedLinks(pages)).toEqual(['/stack/deployment/', '/stack/deployment/#onnx-runtime', '/stack/deployment/#vllm']);
  });

  it('reads the record, ignoring comments and blank lines', () => {
    expect(parseRecord('# comment\n\n/stack/\n /stack/#layers \n')).toEqual(['/stack/', '/stack/#layers']);
  });

  it('accepts a recorded link kept alive by a redirect to a page with the same anchor', () => {
    expect(checkLinkPermanence(['/old-stack/#vllm', ...publishedLinks(pages)], pages)).toEqual([]);
  });

  it('names a lost page and a lost anchor, with the fix for each', () => {
    const problems = checkLinkPermanence(['/gone/', '/stack/deployment/#triton', ...publishedLinks(pages)], pages);
    expect(problems).toEqual([
      "/gone/ was published but /gone/ no longer exists. Restore the page, or add a redirect in astro.config.mjs (redirects: { '/gone/': '/new/path/' }).",
      '/stack/deployment/#triton was published but /stack/deployment/ has no #triton any more. Keep the heading id, or add `anchorAliases: { triton: new-id }` to the page\'s frontmatter.',
    ]);
  });

  it('asks for new links to be recorded', () => {
    expect(checkLinkPermanence(['/stack/deployment/'], pages)).toEqual([
      '2 new link(s) are not in content/published-links.txt (e.g. /stack/deployment/#onnx-runtime, /stack/deployment/#vllm). Run `npm run links:record` and commit the file.',
    ]);
  });
});
