import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSyntax, extractCodeBlocks, findPlaceholders, findRuleHits, isLabelledOutdated, snippetRuleSchema, type CodeBlock } from './snippet-checks.ts';

const RULES = (parseYaml(readFileSync('content/data/snippet-rules.yaml', 'utf8')) as unknown[]).map((rule) => snippetRuleSchema.parse(rule));
const block = (code: string, lang = 'python', title = ''): CodeBlock => ({ page: '/p/', index: 1, lang, title, code });

describe('extractCodeBlocks', () => {
  it("reads language, title and source from Expressive Code's markup, restoring newlines", () => {
    const html = `<div class="expressive-code"><figure class="frame"><figcaption class="header"><span class="title">train.py</span></figcaption><pre data-language="python"><code>x</code></pre><div class="copy"><button data-code="import torch\u007fprint(torch.__version__)"></button></div></figure></div>`;
    expect(extractCodeBlocks('/p/', html)).toEqual([{ page: '/p/', index: 1, lang: 'python', title: 'train.py', code: 'import torch\nprint(torch.__version__)' }]);
  });
});

describe('deprecated API rules', () => {
  it('every rule in the data is valid and has a unique id', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    expect(RULES.length).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ['sudo apt-key adv --fetch-keys https://example.invalid/key.pub', 'apt-key'],
    ['docker run --runtime=nvidia image', 'nvidia-docker'],
    ['pip install torch --index-url https://download.pytorch.org/whl/cu121', 'old-pytorch-cuda-wheel'],
    ['conda create -n dl python=3.10 -y', 'eol-python'],
    ['with torch.cuda.amp.autocast():\n    pass', 'torch-cuda-amp'],
    ['torch.eig(a)', 'torch-removed-linalg'],
    ['lightning run train train.py', 'lightning-run'],
    ['model = M.from_pretrained("x/y", load_in_4bit=True)', 'bnb-kwargs'],
    ['torch.onnx.export(m, args, "m.onnx", dynamic_axes={"x": {0: "b"}})', 'onnx-dynamic-axes'],
    ['from openvino.runtime import Core', 'openvino-runtime'],
    ['huggingface-cli login', 'huggingface-cli'],
  ])('flags %j (rule %s) with why and fix', (code, id) => {
    const hits = findRuleHits([block(code)], RULES);
    expect(hits.some((hit) => hit.endsWith(`[rule ${id}]`) && hit.includes('Use instead:'))).toBe(true);
  });

  it.each([
    'pip install torch --index-url https://download.pytorch.org/whl/cu130',
    'with torch.amp.autocast("cuda", dtype=torch.bfloat16):\n    pass',
    'uv venv --python 3.12',
    'sudo apt install nvidia-driver-580-open',
    'quantization_config=BitsAndBytesConfig(load_in_4bit=True)',
    'docker run --rm --gpus all ubuntu nvidia-smi',
  ])('accepts current usage: %j', (code) => {
    expect(findRuleHits([block(code)], RULES)).toEqual([]);
  });

  it('reports every hit at once, naming page, block and title', () => {
    const hits = findRuleHits([block('torch.eig(a)\nhuggingface-cli login', 'bash', 'Terminal')], RULES);
    expect(hits).toHaveLength(2);
    expect(hits[0]).toMatch(/^\/p\/ block 1 "Terminal" \(bash\): /);
  });

  it('exempts a block labelled as the outdated way, in either language', () => {
    expect(isLabelledOutdated('Outdated: what the old notes said')).toBe(true);
    expect(isLabelledOutdated('过时写法：不要照抄')).toBe(true);
    expect(findRuleHits([block('sudo apt-key adv --fetch-keys x', 'bash', 'Outdated: do not copy')], RULES)).toEqual([]);
  });
});

describe('placeholders', () => {
  it('ignores an ellipsis inside a comment, where it is prose', () => {
    expect(findPlaceholders([block('fully_shard(model)  # ... then the root module'), block('echo ok # wait...', 'bash')])).toEqual([]);
  });

  it('flags "..." and "…" with the line', () => {
    expect(findPlaceholders([block('model = load(...)\nok = 1\nx = "…"')])).toEqual([
      '/p/ block 1 (python) line 1: "model = load(...)" has a "..." placeholder; write the real value.',
      '/p/ block 1 (python) line 3: "x = "…"" has a "..." placeholder; write the real value.',
    ]);
  });
});

describe('checkSyntax', () => {
  it('reports Python that does not parse and shell that bash -n rejects, skipping other languages', () => {
    const blocks = [block('print(1'), block('print(1)'), block('if then fi', 'bash'), block('key: [', 'yaml')];
    const problems = checkSyntax(blocks, {
      python: (sources) => sources.map((source) => (source.endsWith('(1') ? "line 1: '(' was never closed" : null)),
      shell: (source) => (source.startsWith('if then') ? "syntax error near unexpected token `then'" : null),
    });
    expect(problems).toEqual([
      "/p/ block 1 (python): Python does not parse: line 1: '(' was never closed",
      "/p/ block 1 (bash): bash -n rejects it: syntax error near unexpected token `then'",
    ]);
  });
});
