import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { setupSchema } from './schemas/setup.ts';
import { toolSchema } from './schemas/tools.ts';
import {
  allSelections,
  defaultSelection,
  generateSetup,
  parseSelection,
  refusal,
  scriptText,
  selectionQuery,
  type Selection,
  type SetupFacts,
  type SetupTools,
} from './setup.ts';

const root = new URL('../../', import.meta.url);
const facts: SetupFacts = setupSchema.parse({ id: 'setup', ...parse(readFileSync(new URL('content/data/setup.yaml', root), 'utf8')) });
const tools: SetupTools = Object.fromEntries(
  readdirSync(new URL('content/data/tools/', root))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => [file.replace(/\.yaml$/, ''), toolSchema.parse(parse(readFileSync(new URL(`content/data/tools/${file}`, root), 'utf8')))]),
);
const setupText = readFileSync(new URL('content/data/setup.yaml', root), 'utf8');

/** Every command the data holds: the tools' install commands and verify snippets, and the literals of setup.yaml. */
const known = new Set<string>();
for (const tool of Object.values(tools)) {
  for (const command of Object.values(tool.install ?? {})) if (command) known.add(command.trim());
  if (tool.verify) known.add(tool.verify.code.trimEnd());
}
const inData = (line: string) => [...known].some((command) => command.split('\n').includes(line)) || setupText.includes(line);

const sel = (partial: Partial<Selection>): Selection => ({ ...defaultSelection(facts), ...partial });

/** The combinations that must be refused, whatever the CUDA build and extras. */
function mustRefuse(s: Selection): boolean {
  if (s.os === 'macos' && s.acc !== 'mps') return true; // CUDA, ROCm, XPU do not exist there; CPU is the MPS wheel
  if (s.os !== 'macos' && s.acc === 'mps') return true;
  if (s.acc === 'rocm' && s.os !== 'linux') return true;
  if (s.acc === 'xpu' && s.os === 'wsl') return true;
  if (s.os === 'windows' && s.pm === 'conda') return true;
  if (s.pm === 'conda' && (s.acc === 'rocm' || s.acc === 'xpu')) return true;
  if (s.pm === 'conda' && s.acc === 'cuda' && s.cuda === 'cu126') return true;
  return false;
}

describe('setup.yaml', () => {
  it('passes its schema and names only existing tools', () => {
    expect(facts.os.map((os) => os.id)).toEqual(['linux', 'wsl', 'windows', 'macos']);
    for (const extra of facts.extras) for (const id of extra.tools) expect(tools[id], `extra ${extra.id} → ${id}`).toBeDefined();
  });

  it('rejects an unknown field and a placeholder with a message that says what to do', () => {
    const raw = { id: 'setup', ...parse(setupText) };
    const unknown = setupSchema.safeParse({ ...raw, colour: 'red' });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.message).toMatch(/Unknown field\(s\) in content\/data\/setup.yaml: colour/);
    const placeholder = structuredClone(raw);
    placeholder.accelerators[4].install.pip = 'pip install <package>';
    expect(setupSchema.safeParse(placeholder).error?.issues.map((issue) => issue.message).join(' ')).toMatch(/no `\.\.\.` and no `<placeholder>`|complete command/);
  });
});

describe('generateSetup over every combination', () => {
  const selections = allSelections(facts);

  it('enumerates the whole product of OS × accelerator (× CUDA build) × manager × extras', () => {
    // 4 OS × (3 CUDA builds + 4 other accelerators) × 3 managers × (none + 7 single + all) extras
    expect(selections.length).toBe(4 * 7 * 3 * 9);
  });

  for (const selection of selections) {
    const query = selectionQuery(selection);
    it(query, () => {
      const outcome = generateSetup(facts, tools, selection);
      if (mustRefuse(selection)) {
        expect(outcome.ok, 'refused').toBe(false);
        if (!outcome.ok) {
          expect(outcome.reason.en.length).toBeGreaterThan(30);
          expect(outcome.reason['zh-cn'].length).toBeGreaterThan(10);
        }
        return;
      }
      expect(outcome.ok, 'has commands').toBe(true);
      if (!outcome.ok) return;
      const steps = outcome.blocks.map((block) => block.step);
      expect(steps).toEqual([
        ...(selection.acc === 'cuda' ? ['check'] : []),
        'env',
        'torch',
        ...(selection.extras.length ? ['extras'] : []),
        'verify',
        'run',
      ]);
      for (const block of outcome.blocks) {
        expect(block.code, `${block.step} has no placeholder`).not.toMatch(/\.\.\.|…|<[a-z][a-z -]*>|undefined/);
        if (block.step === 'run') continue; // generated from the extras' package names
        for (const line of block.code.split('\n')) expect(inData(line), `${block.step}: "${line}" comes from the data`).toBe(true);
      }
      const torch = outcome.blocks.find((block) => block.step === 'torch')!.code;
      if (selection.acc === 'cuda' && selection.pm !== 'conda') expect(torch).toContain(selection.cuda);
      if (selection.os === 'windows') expect(outcome.blocks.find((block) => block.step === 'env')!.code).toContain('.venv\\Scripts\\activate');
    });
  }
});

describe('refusals', () => {
  const cases: [Partial<Selection>, RegExp][] = [
    [{ os: 'macos', acc: 'cuda' }, /macOS has no CUDA/],
    [{ os: 'macos', acc: 'rocm' }, /Linux only/],
    [{ os: 'windows', acc: 'rocm' }, /no ROCm wheels for Windows/],
    [{ os: 'linux', acc: 'mps' }, /only on macOS/],
    [{ os: 'linux', acc: 'xpu', pm: 'conda' }, /no Intel GPU \(XPU\) build/],
    [{ os: 'linux', acc: 'cuda', cuda: 'cu126', pm: 'conda' }, /pinned CUDA 12\.6/],
  ];
  for (const [partial, reason] of cases) {
    it(`${selectionQuery(sel(partial))} is refused with its reason`, () => {
      expect(refusal(facts, sel(partial))?.en).toMatch(reason);
    });
  }

  it('does not apply a CUDA-build rule to another accelerator', () => {
    expect(refusal(facts, sel({ acc: 'cpu', cuda: 'cu126', pm: 'conda' }))).toBeUndefined();
  });
});

describe('the commands for the main routes', () => {
  const code = (partial: Partial<Selection>, step: string) => {
    const outcome = generateSetup(facts, tools, sel(partial));
    if (!outcome.ok) throw new Error(outcome.reason.en);
    return outcome.blocks.find((block) => block.step === step)?.code;
  };

  it('reuses the tool files: the cu130 pip command of pytorch.yaml and the ROCm command of amd-rocm.yaml', () => {
    expect(code({ acc: 'cuda', cuda: 'cu130', pm: 'pip' }, 'torch')).toBe(tools['pytorch']!.install!.pip);
    expect(code({ acc: 'rocm', pm: 'pip' }, 'torch')).toBe(tools['amd-rocm']!.install!.pip);
    expect(code({ os: 'macos', acc: 'mps', pm: 'uv' }, 'verify')).toBe(tools['apple-mps']!.verify!.code.trimEnd());
  });

  it('checks the driver with the tool snippet in bash, and with the comma list quoted in PowerShell', () => {
    expect(code({ os: 'linux' }, 'check')).toBe(tools['nvidia-driver']!.verify!.code.trimEnd());
    expect(code({ os: 'windows', pm: 'pip' }, 'check')).toContain('--query-gpu="name,driver_version,compute_cap,memory.total"');
  });

  it('pins torch below 2.15 on the CUDA 12.6 index for pre-Turing GPUs', () => {
    expect(code({ acc: 'cuda', cuda: 'cu126', pm: 'pip' }, 'torch')).toBe(
      'pip install "torch<2.15" "torchvision<0.30" --index-url https://download.pytorch.org/whl/cu126',
    );
    expect(code({ acc: 'cuda', cuda: 'cu126', pm: 'uv' }, 'torch')).toContain('--torch-backend=cu126');
  });

  it('installs extras with the manager, falling back to pip inside a conda environment', () => {
    expect(code({ extras: ['transformers', 'wandb'] }, 'extras')).toBe('uv pip install transformers\nuv pip install datasets\nuv pip install wandb');
    const outcome = generateSetup(facts, tools, sel({ pm: 'conda', extras: ['transformers', 'wandb'] }));
    expect(outcome.ok && outcome.blocks.find((block) => block.step === 'extras')?.code).toBe(
      'pip install transformers\npip install datasets\nconda install -c conda-forge wandb',
    );
    expect(outcome.ok && outcome.notes).toEqual(['conda-cuda', 'conda-pip']);
  });

  it('writes the verify script to its file when everything is copied at once', () => {
    const outcome = generateSetup(facts, tools, sel({ os: 'windows', acc: 'cpu', pm: 'pip' }));
    if (!outcome.ok) throw new Error('refused');
    expect(scriptText(outcome.blocks, outcome.shell)).toMatch(/^@'\nimport torch[\s\S]*\n'@ \| Set-Content -Encoding utf8 verify_setup\.py\n\npython verify_setup\.py$/m);
  });

  it('prints the installed versions of the extras after the verify script', () => {
    expect(code({ extras: ['onnx'] }, 'run')).toBe(
      `python verify_setup.py\npython -c "from importlib.metadata import version; print({p: version(p) for p in ['onnxruntime', 'fastapi']})"`,
    );
  });
});

describe('the query string', () => {
  it('round-trips a selection', () => {
    const selection = sel({ os: 'wsl', acc: 'cuda', cuda: 'cu126', pm: 'pip', extras: ['transformers', 'wandb'] });
    const query = selectionQuery(selection);
    expect(query).toBe('os=wsl&acc=cuda&cuda=cu126&pm=pip&extras=transformers,wandb');
    expect(parseSelection(facts, query)).toEqual(selection);
    // Extras come back in the order of setup.yaml, whatever order the URL lists them in.
    expect(parseSelection(facts, 'extras=wandb,transformers').extras).toEqual(['transformers', 'wandb']);
  });

  it('falls back to the defaults for unknown or invalid values', () => {
    expect(parseSelection(facts, '?os=beos&acc=tpu&cuda=cu999&pm=poetry&extras=nope,,wandb,wandb')).toEqual({ ...defaultSelection(facts), extras: ['wandb'] });
    expect(parseSelection(facts, '')).toEqual(defaultSelection(facts));
    expect(parseSelection(facts, 'extras=%2C%3Cscript%3E&os=macos')).toEqual({ ...defaultSelection(facts), os: 'macos' });
  });

  it('leaves the CUDA build out of the URL for other accelerators', () => {
    expect(selectionQuery(sel({ os: 'macos', acc: 'mps' }))).toBe('os=macos&acc=mps&pm=uv');
  });
});

describe('syntax of every generated block', () => {
  const bash = new Set<string>();
  const python = new Set<string>();
  for (const selection of allSelections(facts)) {
    const outcome = generateSetup(facts, tools, selection);
    if (!outcome.ok) continue;
    if (outcome.shell === 'bash') bash.add(scriptText(outcome.blocks, 'bash'));
    for (const block of outcome.blocks) (block.lang === 'python' ? python : block.lang === 'bash' ? bash : new Set()).add(block.code);
  }
  const has = (cmd: string) => spawnSync(cmd, ['--version']).status === 0;

  it.skipIf(!has('bash'))('shell blocks pass bash -n', () => {
    for (const code of bash) expect(spawnSync('bash', ['-n'], { input: code }).status, code).toBe(0);
  });
  it.skipIf(!has('python3'))('Python blocks parse', () => {
    for (const code of python) expect(spawnSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], { input: code }).status, code).toBe(0);
  });
});
