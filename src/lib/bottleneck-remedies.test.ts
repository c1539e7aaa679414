import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { resolveBottlenecks } from './bottleneck-remedies.ts';
import { bottleneckSchema, type Bottleneck } from './schemas/bottlenecks.ts';

const text = (en: string, zh: string) => ({ en, 'zh-cn': zh });

const outOfMemory: Bottleneck = {
  id: 'out-of-memory',
  order: 1,
  title: text('Out of GPU memory', '显存不够'),
  symptoms: text('`torch.OutOfMemoryError`', '`torch.OutOfMemoryError`'),
  remedies: [
    { id: 'bf16-autocast', label: text('bf16 autocast', 'bf16 自动混合精度'), tool: 'mixed-precision', why: text('Halves activations.', '激活减半。') },
    { id: 'gradient-accumulation', label: text('Gradient accumulation', '梯度累积'), link: '/roadmap/#gradient-accumulation', why: text('Smaller micro-batches.', '更小的微批次。') },
  ],
};

const slowTraining: Bottleneck = {
  id: 'slow-training',
  order: 2,
  title: text('Slow training', '训练太慢'),
  symptoms: text('Low GPU utilisation.', 'GPU 利用率低。'),
  remedies: [{ id: 'compile-the-model', label: text('torch.compile', 'torch.compile'), tool: 'torch-compile', why: text('Fuses kernels.', '融合算子。') }],
};

const layers = new Map([
  ['mixed-precision', 'training'],
  ['torch-compile', 'training'],
]);

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('bottleneck remedies', () => {
  it('links a tool remedy to its section on the layer page read from the tool data', () => {
    const [oom] = resolveBottlenecks([outOfMemory], layers, 'en');
    expect(oom?.remedies[0]).toEqual({ id: 'bf16-autocast', label: 'bf16 autocast', why: 'Halves activations.', href: '/stack/training/#mixed-precision', tool: 'mixed-precision' });
  });

  it('keeps the locale and the deploy base in every link', () => {
    const [oom] = resolveBottlenecks([outOfMemory], layers, 'zh-cn', '/atlas/');
    expect(oom?.title).toBe('显存不够');
    expect(oom?.remedies.map((remedy) => remedy.href)).toEqual(['/atlas/zh-cn/stack/training/#mixed-precision', '/atlas/zh-cn/roadmap/#gradient-accumulation']);
  });

  it('orders bottlenecks by their order field, not by file order', () => {
    expect(resolveBottlenecks([slowTraining, outOfMemory], layers, 'en').map((b) => b.id)).toEqual(['out-of-memory', 'slow-training']);
  });

  it('fails naming the bottleneck and the unknown tool id', () => {
    const typo = { ...slowTraining, remedies: [{ ...slowTraining.remedies[0]!, tool: 'torch-compiler' }] };
    expect(() => resolveBottlenecks([outOfMemory, typo], layers, 'en')).toThrow(
      'Bottleneck slow-training: remedy "compile-the-model" names unknown tool id "torch-compiler"',
    );
  });

  it('fails when two remedies share an h3 id', () => {
    const repeated = { ...slowTraining, remedies: [{ ...slowTraining.remedies[0]!, id: 'bf16-autocast' }] };
    expect(() => resolveBottlenecks([outOfMemory, repeated], layers, 'en')).toThrow('remedy id "bf16-autocast" is already used in out-of-memory');
  });
});

describe('bottleneck schema', () => {
  it('accepts a complete bottleneck', () => {
    expect(bottleneckSchema.safeParse(outOfMemory).success).toBe(true);
  });

  it('lists the fixed ids when the id is unknown', () => {
    expect(messages(bottleneckSchema.safeParse({ ...outOfMemory, id: 'oom' }))[0]).toMatch(/^id: Bottleneck id must be one of: out-of-memory, slow-training, /);
  });

  it('requires exactly one of tool and link on a remedy', () => {
    const both = { ...outOfMemory, remedies: [{ ...outOfMemory.remedies[0]!, link: '/roadmap/#bf16-autocast' }] };
    expect(messages(bottleneckSchema.safeParse(both))).toEqual([
      'remedies.0.tool: Remedy bf16-autocast: give exactly one of `tool:` (a tool id from content/data/tools/) or `link:` (a site path, for a technique without a tool section).',
    ]);
  });

  it('rejects a link without the trailing slash before its fragment', () => {
    const bad = { ...outOfMemory, remedies: [{ ...outOfMemory.remedies[1]!, link: '/roadmap#gradient-accumulation' }] };
    expect(messages(bottleneckSchema.safeParse(bad))[0]).toMatch(/^remedies\.0\.link: link is a site path without the locale prefix/);
  });

  it('names an unknown field and where to add it', () => {
    expect(messages(bottleneckSchema.safeParse({ ...outOfMemory, symptom: 'x' }))).toEqual([
      ': Unknown field(s) in a bottleneck: symptom. Check the spelling or add the field to the schema in src/lib/schemas/bottlenecks.ts.',
    ]);
  });
});

describe('the roadmap pages and the bottleneck data agree', () => {
  const data = parseYaml(readFileSync('content/data/bottlenecks.yaml', 'utf8')) as Bottleneck[];
  const pages = { en: 'content/docs/roadmap.mdx', 'zh-cn': 'content/docs/zh-cn/roadmap.mdx' } as const;

  it('every bottleneck is an h2 and every remedy an h3 with its RemedyNote, in both locales', () => {
    const problems: string[] = [];
    for (const [locale, file] of Object.entries(pages)) {
      const text = readFileSync(file, 'utf8');
      for (const bottleneck of data) {
        if (!new RegExp(`^## .+ \\{#${bottleneck.id}\\}$`, 'm').test(text)) problems.push(`${file} (${locale}): no \`## … {#${bottleneck.id}}\``);
        for (const remedy of bottleneck.remedies) {
          if (!new RegExp(`^### .+ \\{#${remedy.id}\\}$`, 'm').test(text)) problems.push(`${file}: no \`### … {#${remedy.id}}\``);
          if (!text.includes(`<RemedyNote id="${remedy.id}" />`)) problems.push(`${file}: no <RemedyNote id="${remedy.id}" />`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
