import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const installed = (name: string) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version as string;
const atLeast = (version: string, minimum: number[]) => {
  const parts = version.split('.').map((part) => Number.parseInt(part, 10));
  for (let i = 0; i < minimum.length; i++) {
    if ((parts[i] ?? 0) !== minimum[i]) return (parts[i] ?? 0) > minimum[i]!;
  }
  return true;
};

describe('toolchain pins', () => {
  it('runs on the pinned Node, which Astro 7 needs (>= 22.12)', () => {
    expect(pkg.devDependencies.node).toMatch(/^24\./);
    expect(atLeast(process.versions.node, [22, 12])).toBe(true);
  });

  it('approves the install script of the node package so a stricter npm keeps installing it', () => {
    expect(pkg.allowScripts?.node).toBe(true);
  });

  it('keeps Pagefind at 1.6 or later everywhere: older versions miss Chinese words inside longer words', () => {
    expect(pkg.overrides?.pagefind).toBe('$pagefind');
    expect(atLeast(installed('pagefind'), [1, 6])).toBe(true);
  });
});
