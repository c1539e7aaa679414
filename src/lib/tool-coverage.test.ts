import { describe, expect, it } from 'vitest';
import { checkOverviewLinks, checkToolSections, findTypedVersions, type LayerPage } from './tool-coverage.ts';

const vllm = { id: 'vllm', layer: 'deployment', version: '0.33.0', install: { pip: 'pip install vllm' } };
const complete: LayerPage = { headingIds: new Set(['vllm']), toolFacts: new Set(['vllm']), code: new Set(['pip install vllm']) };

describe('checkToolSections', () => {
  it('passes when both locales have the section, the facts and the commands', () => {
    const pages = new Map([
      ['/stack/deployment/', complete],
      ['/zh-cn/stack/deployment/', complete],
    ]);
    expect(checkToolSections([vllm], pages)).toEqual([]);
  });

  it('names the missing page, heading, facts and command, with the file to edit', () => {
    const pages = new Map([['/stack/deployment/', { headingIds: new Set<string>(), toolFacts: new Set<string>(), code: new Set<string>() }]]);
    expect(checkToolSections([vllm], pages)).toEqual([
      '/stack/deployment/: no section for vllm. Add a heading `### Name {#vllm}` in content/docs/stack/deployment.mdx.',
      '/stack/deployment/: the vllm section does not render its facts. Add <ToolFacts id="vllm" /> under its heading in content/docs/stack/deployment.mdx.',
      '/stack/deployment/: the pip command of vllm is not shown: "pip install vllm".',
      'vllm: its layer page /zh-cn/stack/deployment/ does not exist. Add content/docs/zh-cn/stack/deployment.mdx.',
    ]);
  });
});

describe('findTypedVersions', () => {
  it('finds a full version typed into prose, with file and line', () => {
    expect(findTypedVersions([vllm], [{ path: 'a.mdx', text: 'intro\nvLLM 0.33.0 is fast.' }])).toEqual([
      'a.mdx:2: version 0.33.0 (vllm) is typed by hand; it is rendered from content/data/tools/ — remove it from the prose.',
    ]);
  });

  it('ignores longer versions that merely start the same and short versions such as 2.6', () => {
    const tools = [vllm, { id: 't', layer: 'x', version: '2.6' }];
    expect(findTypedVersions(tools, [{ path: 'a.mdx', text: 'PyTorch 2.6 stopped; 0.33.0.1 and 10.33.0 differ.' }])).toEqual([]);
  });
});

describe('checkOverviewLinks', () => {
  it('requires a link from each overview to every tool section, under the deploy base', () => {
    const overviews = new Map([
      ['/stack/', new Set(['/atlas/stack/deployment/#vllm'])],
      ['/zh-cn/stack/', new Set<string>()],
    ]);
    expect(checkOverviewLinks([vllm], overviews, '/atlas/')).toEqual(['/zh-cn/stack/: the stack table does not link vllm to /atlas/zh-cn/stack/deployment/#vllm.']);
  });
});
