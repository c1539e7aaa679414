import { describe, expect, it } from 'vitest';
import { toolName } from '../tools.ts';
import { toolSchema } from './tools.ts';

const good = {
  name: 'vLLM',
  layer: 'deployment',
  pick: 'alternative',
  order: 3,
  role: { en: 'Serves large language models.', 'zh-cn': '大语言模型推理服务。' },
  docs: 'https://docs.vllm.ai/',
  version: '0.33.0',
  checked: new Date('2026-11-22'),
  install: { uv: 'uv pip install vllm --torch-backend=auto', pip: 'pip install vllm' },
  verify: { lang: 'bash', code: 'vllm --version' },
};
const messages = (value: unknown) => {
  const result = toolSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('tool schema', () => {
  it('accepts a complete tool and keeps the check date as YYYY-MM-DD', () => {
    const result = toolSchema.parse(good);
    expect(result.checked).toBe('2026-11-22');
    expect(result.status).toBe('active');
  });

  it('names an unknown field and where the schema lives', () => {
    expect(messages({ ...good, instal: {} })).toEqual([
      ': Unknown field(s) in a tool: instal. Check the spelling or add the field to the schema in src/lib/schemas/tools.ts.',
    ]);
  });

  it('rejects an unknown package manager and lists the valid ones', () => {
    expect(messages({ ...good, install: { brew: 'brew install x' } })[0]).toMatch(/install keys are: uv, pip, conda, apt, docker, shell/);
  });

  it('rejects a placeholder in a command', () => {
    expect(messages({ ...good, verify: { lang: 'bash', code: 'vllm serve ...' } })).toEqual([
      'verify.code: Commands run as written: replace the `...` placeholder with a real value.',
    ]);
  });

  it('requires a status note for an archived tool, and never lets it be the default', () => {
    const archived = { ...good, status: 'archived', pick: 'default', install: undefined, verify: undefined };
    expect(messages(archived)).toEqual([
      'statusNote: A archived tool needs statusNote (both locales) saying what to use instead.',
      'pick: A archived tool cannot be the default pick.',
    ]);
  });

  it('requires a verify snippet for an active tool and an https docs URL', () => {
    expect(messages({ ...good, verify: undefined, docs: 'http://docs.vllm.ai/' })).toEqual([
      'docs: docs must start with https://.',
      'verify: Add a verify snippet (lang + code) that prints what was installed or detected.',
    ]);
  });
});

describe('tool names', () => {
  it('takes one name for every language, or one per locale', () => {
    expect(toolName(toolSchema.parse(good), 'zh-cn')).toBe('vLLM');
    const described = toolSchema.parse({ ...good, name: { en: 'NVIDIA GPU driver', 'zh-cn': 'NVIDIA GPU 驱动' } });
    expect(toolName(described, 'en')).toBe('NVIDIA GPU driver');
    expect(toolName(described, 'zh-cn')).toBe('NVIDIA GPU 驱动');
  });
});
