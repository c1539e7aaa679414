import { describe, expect, it } from 'vitest';
import { addInlineHashes, cspHash, inlineBlocks } from './csp-hashes.ts';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('CSP hashes for inline blocks', () => {
  it('computes the hash the browser expects', () => {
    // echo -n 'doSomething();' | openssl sha256 -binary | openssl base64
    expect(cspHash('doSomething();')).toBe("'sha256-RFWPLDbv2BY+rCkDzsE+0fr8ylGr2R2faWMhq4lfEQc='");
  });

  it('finds inline scripts and styles but not external or JSON scripts', () => {
    const html = '<script>a()</script><script src="/x.js"></script><script type="module">b()</script><script type="application/ld+json">{}</script><style>p{}</style>';
    expect(inlineBlocks(html, 'script')).toEqual(['a()', 'b()']);
    expect(inlineBlocks(html, 'style')).toEqual(['p{}']);
  });

  it("adds each inline block's hash to the page's own policy, once, keeping existing sources", () => {
    const html = page("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; style-src-attr 'unsafe-inline';", '<script>a()</script><script>a()</script><style>p{}</style>');
    const policy = /content="([^"]*)"/.exec(addInlineHashes(html))![1];
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' 'sha256-abc=' ${cspHash('a()')}; style-src 'self' ${cspHash('p{}')}; style-src-attr 'unsafe-inline';`,
    );
  });

  it('leaves a page without a policy unchanged', () => {
    expect(addInlineHashes('<html><script>a()</script></html>')).toBe('<html><script>a()</script></html>');
  });
});
