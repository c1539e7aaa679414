/**
 * Astro's CSP hashes the scripts and styles it bundles, but not `is:inline` scripts (Starlight's theme
 * and sidebar scripts among them); its docs say to supply those hashes yourself. This adds the SHA-256
 * hash of every inline <script> and <style> element of a built page to that page's own policy, so each
 * inline block runs only because its exact content is allowed.
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** The contents of inline elements of one kind, as the browser hashes them (raw text between the tags). */
export function inlineBlocks(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(pattern)]
    .filter((match) => !/\ssrc=/i.test(match[1] ?? '') && !/type="application\/(ld\+)?json"/i.test(match[1] ?? ''))
    .map((match) => match[2]!);
}

function addToDirective(policy: string, directive: string, sources: string[]): string {
  const parts = policy.split(';').map((part) => part.trim());
  const index = parts.findIndex((part) => part === directive || part.startsWith(`${directive} `));
  if (index === -1) throw new Error(`The page's CSP has no ${directive} directive to add inline hashes to.`);
  const present = new Set(parts[index]!.split(/\s+/));
  parts[index] = [parts[index], ...sources.filter((source) => !present.has(source))].join(' ');
  return parts.filter(Boolean).join('; ') + ';';
}

/** Returns the page with its CSP <meta> extended; a page without the meta is returned unchanged. */
export function addInlineHashes(html: string): string {
  const match = META.exec(html);
  if (!match) return html;
  // Hash the page as served; the policy's own text is not inside any script or style.
  const scripts = [...new Set(inlineBlocks(html, 'script').map(cspHash))];
  const styles = [...new Set(inlineBlocks(html, 'style').map(cspHash))];
  let policy = match[2]!;
  if (scripts.length > 0) policy = addToDirective(policy, 'script-src', scripts);
  if (styles.length > 0) policy = addToDirective(policy, 'style-src', styles);
  return html.replace(META, `$1${policy}$3`);
}
