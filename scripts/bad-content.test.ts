/**
 * Bad content must fail loudly, naming the file and what to fix. Each case copies the project to a
 * temporary folder, breaks one thing there (never in content/), builds, and checks the message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const PROJECT = process.cwd();
const COPIED = ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts', 'content'];
let workdir: string | undefined;

/**
 * The copy lives inside the project (in the ignored .cache/) so that it resolves the project's
 * node_modules by walking up; a symlinked node_modules confuses Astro's module ids.
 */
function copyProject(): string {
  const parent = join(PROJECT, '.cache', 'bad-content');
  mkdirSync(parent, { recursive: true });
  workdir = mkdtempSync(join(parent, 'case-'));
  for (const entry of COPIED) cpSync(join(PROJECT, entry), join(workdir, entry), { recursive: true });
  return workdir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function run(dir: string, command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(join(PROJECT, 'node_modules/.bin', command), args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  // Strip colour codes some tools print regardless, so messages can be matched as plain text.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

const build = (dir: string) => run(dir, 'astro', ['build']);

afterEach(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
  workdir = undefined;
});

describe('bad content fails the build with a message naming the file and the fix', () => {
  it('an unknown frontmatter field', () => {
    const dir = copyProject();
    edit(dir, 'content/docs/stack/index.mdx', (text) => text.replace('title: The stack at a glance', 'title: The stack at a glance\nsidebarr: true'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('stack/index.mdx');
    expect(output).toContain('Unknown frontmatter field(s): sidebarr. Remove them, fix their spelling, or add them to the docs schema');
  });

  it('a missing frontmatter field', () => {
    const dir = copyProject();
    edit(dir, 'content/docs/zh-cn/stack/index.mdx', (text) => text.replace(/^description: .*\n/m, ''));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('zh-cn/stack/index.mdx');
    expect(output).toContain('description: Every page needs a `description:`');
  });

  it('a data entry with an unknown field', () => {
    const dir = copyProject();
    edit(dir, 'content/data/stack-layers.yaml', (text) => text.replace('  order: 7\n', '  order: 7\n  defualt: typo\n'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('stackLayers → deployment data does not match collection schema');
    expect(output).toContain('Unknown field(s) in a stack layer (its tools, defaults and alternatives live in content/data/tools/): defualt');
    expect(output).toContain('content/data/stack-layers.yaml');
  });

  it('a data entry that fails its schema', () => {
    const dir = copyProject();
    edit(dir, 'content/data/stack-chain.yaml', (text) => text.replace('label: { en: Hardware, zh-cn: 硬件 }', 'label: { en: Hardware }'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/data/stack-chain.yaml');
    expect(output).toContain('Write the Chinese text under `zh-cn:` (both locales are required).');
  });

  it('a learning-path entry that names a resource that does not exist', () => {
    const dir = copyProject();
    edit(dir, 'content/data/learning-path.yaml', (text) => text.replace('resources: [mit-18-06, nndl]', 'resources: [mit-18-06, nndl-book]'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/data/learning-path.yaml: stage `math`, topic `linear-algebra`: resource `nndl-book` is not an id in content/data/learning-resources.yaml.',
    );
  });

  it('a heading without an id, and a duplicate id on one page', () => {
    const dir = copyProject();
    edit(dir, 'content/docs/zh-cn/stack/index.mdx', (text) => `${text}\n## 没有锚点的标题\n\n## 重复 {#layers}\n`);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/zh-cn/stack/index.mdx');
    expect(output).toMatch(/h2 "没有锚点的标题" has no id\. Add an explicit lower-case ASCII id/);
    expect(output).toMatch(/h2 "重复" repeats the id "layers" already used on line \d+/);
  });

  it('a link to a page or an anchor that does not exist', () => {
    const dir = copyProject();
    edit(dir, 'content/docs/stack/index.mdx', (text) => `${text}\nSee [the missing page](/stack/nope/) and [a missing section](/stack/#nope).\n`);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('stack/index.mdx');
    expect(output).toMatch(/\/stack\/nope\/[\s\S]*invalid link/);
    expect(output).toMatch(/\/stack\/#nope[\s\S]*invalid (link|hash)/);
  });

  it('a renamed heading breaks a published link until an anchor alias keeps it working', () => {
    const dir = copyProject();
    const rename = (text: string) => text.replace('{#by-bottleneck}', '{#bottlenecks}');
    edit(dir, 'content/docs/stack/index.mdx', rename);
    edit(dir, 'content/docs/zh-cn/stack/index.mdx', rename);
    expect(build(dir).status).toBe(0);
    const broken = run(dir, 'node', ['scripts/check-dist.ts']);
    expect(broken.status).toBe(1);
    expect(broken.output).toContain('/stack/#by-bottleneck was published but /stack/ has no #by-bottleneck any more.');
    expect(broken.output).toContain('add `anchorAliases: { by-bottleneck: new-id }`');

    const alias = (text: string) => text.replace(/^description: (.*)$/m, 'description: $1\nanchorAliases:\n  by-bottleneck: bottlenecks');
    edit(dir, 'content/docs/stack/index.mdx', alias);
    edit(dir, 'content/docs/zh-cn/stack/index.mdx', alias);
    expect(build(dir).status).toBe(0);
    const kept = run(dir, 'node', ['scripts/check-dist.ts']);
    expect(kept.output).not.toContain('#by-bottleneck was published');
    expect(kept.output).toContain('new link(s) are not in content/published-links.txt');
  });

  it('a page present in one locale only', () => {
    const dir = copyProject();
    writeFileSync(
      join(dir, 'content/docs/stack/extra.mdx'),
      '---\ntitle: Extra\ndescription: A page that exists only in English, to prove the parity check.\n---\n\n## Section {#section}\n\nText.\n',
    );
    expect(build(dir).status).toBe(0);
    const { status, output } = run(dir, 'node', ['scripts/check-dist.ts']);
    expect(status).toBe(1);
    expect(output).toContain('/stack/extra/ has no Chinese translation. Add content/docs/zh-cn/stack/extra.mdx with the same heading ids.');
  });
});
