import { describe, expect, it } from 'vitest';
import { chainStepSchema, stackLayerSchema } from './stack.ts';

const goodLayer = {
  id: 'deployment',
  order: 7,
  title: { en: 'Deployment and inference', 'zh-cn': '部署与推理优化' },
  role: { en: 'Export models and serve an API', 'zh-cn': '导出模型并上线 API' },
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('stack layer schema', () => {
  it('accepts a complete layer', () => {
    expect(stackLayerSchema.safeParse(goodLayer).success).toBe(true);
  });

  it('names an unknown field and says where to add it', () => {
    expect(messages(stackLayerSchema.safeParse({ ...goodLayer, defualt: 'x' }))).toEqual([
      ': Unknown field(s) in a stack layer (its tools, defaults and alternatives live in content/data/tools/): defualt. Check the spelling or add the field to the schema in src/lib/schemas/stack.ts.',
    ]);
  });

  it('requires both locales of every text', () => {
    expect(messages(stackLayerSchema.safeParse({ ...goodLayer, role: { en: 'Serve' } }))).toEqual([
      'role.zh-cn: Write the Chinese text under `zh-cn:` (both locales are required).',
    ]);
  });

  it('rejects a locale key other than en and zh-cn', () => {
    expect(messages(stackLayerSchema.safeParse({ ...goodLayer, role: { en: 'a', 'zh-cn': 'b', ja: 'c' } }))).toEqual([
      'role: Only `en` and `zh-cn` are allowed here, found: ja.',
    ]);
  });

  it('lists the valid layer ids when the id is wrong', () => {
    expect(messages(stackLayerSchema.safeParse({ ...goodLayer, id: 'serving' }))[0]).toMatch(/^id: Layer id must be one of: hardware, numerics, .*environment\.$/);
  });
});

describe('core-chain step schema', () => {
  it('accepts a step and rejects an id that is not lower-case ASCII', () => {
    const step = { id: 'deployment', order: 6, layer: 'deployment', label: { en: 'Deployment', 'zh-cn': '推理部署' } };
    expect(chainStepSchema.safeParse(step).success).toBe(true);
    expect(messages(chainStepSchema.safeParse({ ...step, id: 'Deploy Step' }))).toEqual([
      'id: Ids are lower-case ASCII words joined by hyphens, e.g. `onnx-runtime`.',
    ]);
  });
});
