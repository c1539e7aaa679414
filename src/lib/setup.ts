/**
 * The install selector of /setup/: from a selection (OS, accelerator, CUDA build, package manager,
 * extras) to the exact commands, or to the reason the combination is refused. Pure and free of
 * runtime imports, so the same function renders the build-time table and runs in the browser.
 * Data: content/data/setup.yaml (platform facts) and content/data/tools/*.yaml (tool commands).
 */

export const SETUP_OS = ['linux', 'wsl', 'windows', 'macos'] as const;
export const SETUP_ACCELERATORS = ['cuda', 'rocm', 'mps', 'xpu', 'cpu'] as const;
export const SETUP_MANAGERS = ['uv', 'pip', 'conda'] as const;
export const SETUP_SHELLS = ['bash', 'powershell'] as const;
export type SetupOs = (typeof SETUP_OS)[number];
export type SetupAccelerator = (typeof SETUP_ACCELERATORS)[number];
export type SetupManager = (typeof SETUP_MANAGERS)[number];
export type SetupShell = (typeof SETUP_SHELLS)[number];

export interface Localized {
  en: string;
  'zh-cn': string;
}
export interface ToolRef {
  tool: string;
  installer?: string | undefined;
}
export type Source = string | ToolRef;
type PerManager = Partial<Record<SetupManager, Source | undefined>>;
type OneOrMany<T> = T | T[];

/** The parsed content of content/data/setup.yaml (see src/lib/schemas/setup.ts). */
export interface SetupFacts {
  os: { id: SetupOs; label: Localized; shell: SetupShell }[];
  accelerators: {
    id: SetupAccelerator;
    label: Localized;
    /** Per shell: a literal, or `{ tool }` for that tool's verify snippet. */
    check?: Partial<Record<SetupShell, Source | undefined>> | undefined;
    verify: ToolRef;
    install?: PerManager | undefined;
    builds?: { id: string; label: Localized; install: PerManager }[] | undefined;
  }[];
  managers: {
    id: SetupManager;
    label: Localized;
    bootstrap?: Partial<Record<SetupShell, Source | undefined>> | undefined;
    create: Partial<Record<SetupShell, string | undefined>>;
    fallback?: SetupManager | undefined;
  }[];
  extras: { id: string; label: Localized; tools: string[] }[];
  refusals: {
    when: { os?: OneOrMany<SetupOs> | undefined; acc?: OneOrMany<SetupAccelerator> | undefined; cuda?: OneOrMany<string> | undefined; pm?: OneOrMany<SetupManager> | undefined };
    reason: Localized;
  }[];
}

/** The facts of a tool the selector reuses (a subset of content/data/tools/<id>.yaml). */
export interface SetupTool {
  package?: string | undefined;
  install?: Partial<Record<string, string | undefined>> | undefined;
  verify?: { lang: 'python' | 'bash'; code: string } | undefined;
}
export type SetupTools = Record<string, SetupTool>;

export interface Selection {
  os: SetupOs;
  acc: SetupAccelerator;
  /** The CUDA build; kept while another accelerator is chosen so that switching back restores it. */
  cuda: string;
  pm: SetupManager;
  extras: string[];
}

export type StepId = 'check' | 'env' | 'torch' | 'extras' | 'verify' | 'run';
export interface Block {
  step: StepId;
  lang: SetupShell | 'python';
  code: string;
  /** File name for a file the reader saves (the verify script). */
  file?: string;
}
export type NoteId = 'conda-pip' | 'conda-cuda';
export type Outcome = { ok: true; blocks: Block[]; notes: NoteId[]; shell: SetupShell } | { ok: false; reason: Localized };

export const VERIFY_FILE = 'verify_setup.py';

const matches = <T extends string>(rule: OneOrMany<T> | undefined, value: T) => rule === undefined || [rule].flat().includes(value);

/** The default selection: the first entry of each list in setup.yaml, no extras. */
export function defaultSelection(facts: SetupFacts): Selection {
  const cuda = facts.accelerators.find((acc) => acc.builds)?.builds?.[0]?.id ?? '';
  return { os: facts.os[0]!.id, acc: facts.accelerators[0]!.id, cuda, pm: facts.managers[0]!.id, extras: [] };
}

/**
 * Reads a selection from a query string (`?os=linux&acc=cuda&cuda=cu132&pm=uv&extras=transformers,wandb`).
 * Unknown or missing values fall back to the defaults; unknown extras are dropped.
 */
export function parseSelection(facts: SetupFacts, query: string | URLSearchParams): Selection {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const fallback = defaultSelection(facts);
  const pick = <T extends string>(key: string, allowed: readonly T[], otherwise: T): T => {
    const value = params.get(key);
    return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : otherwise;
  };
  const builds = facts.accelerators.flatMap((acc) => (acc.builds ?? []).map((build) => build.id));
  const wanted = new Set((params.get('extras') ?? '').split(',').map((extra) => extra.trim()));
  return {
    os: pick('os', facts.os.map((os) => os.id), fallback.os),
    acc: pick('acc', facts.accelerators.map((acc) => acc.id), fallback.acc),
    cuda: pick('cuda', builds, fallback.cuda),
    pm: pick('pm', facts.managers.map((pm) => pm.id), fallback.pm),
    extras: facts.extras.filter((extra) => wanted.has(extra.id)).map((extra) => extra.id),
  };
}

/** The query string of a selection, without `?`; the CUDA build only when CUDA is chosen. */
export function selectionQuery(selection: Selection): string {
  const parts = [`os=${selection.os}`, `acc=${selection.acc}`];
  if (selection.acc === 'cuda') parts.push(`cuda=${selection.cuda}`);
  parts.push(`pm=${selection.pm}`);
  if (selection.extras.length > 0) parts.push(`extras=${selection.extras.join(',')}`);
  return parts.join('&');
}

/** The reason a combination is refused, or undefined when it is possible. */
export function refusal(facts: SetupFacts, selection: Selection): Localized | undefined {
  return facts.refusals.find(
    ({ when }) =>
      matches(when.os, selection.os) &&
      matches(when.acc, selection.acc) &&
      (when.cuda === undefined || (selection.acc === 'cuda' && matches(when.cuda, selection.cuda))) &&
      matches(when.pm, selection.pm),
  )?.reason;
}

function toolCommand(tools: SetupTools, ref: ToolRef, installer: string, where: string): string {
  const tool = tools[ref.tool];
  if (!tool) throw new Error(`${where}: no tool "${ref.tool}" in content/data/tools/.`);
  const key = ref.installer ?? installer;
  const command = tool.install?.[key];
  if (!command) throw new Error(`${where}: content/data/tools/${ref.tool}.yaml has no install.${key} command.`);
  return command.trim();
}

function resolve(tools: SetupTools, source: Source | undefined, installer: string, where: string): string {
  if (source === undefined) throw new Error(`${where}: no command for ${installer} in content/data/setup.yaml.`);
  return typeof source === 'string' ? source.trim() : toolCommand(tools, source, installer, where);
}

function verifyCode(tools: SetupTools, ref: ToolRef, where: string): { lang: 'python' | 'bash'; code: string } {
  const verify = tools[ref.tool]?.verify;
  if (!verify) throw new Error(`${where}: content/data/tools/${ref.tool}.yaml has no verify snippet.`);
  return { lang: verify.lang, code: verify.code.trimEnd() };
}

/**
 * The commands for a selection: check the driver (CUDA), create the environment, install PyTorch,
 * install the extras, then the verify script and how to run it. Throws only when the data is
 * incomplete for a combination that is not refused (the unit tests run every combination).
 */
export function generateSetup(facts: SetupFacts, tools: SetupTools, selection: Selection): Outcome {
  const reason = refusal(facts, selection);
  if (reason) return { ok: false, reason };

  const os = facts.os.find((entry) => entry.id === selection.os)!;
  const acc = facts.accelerators.find((entry) => entry.id === selection.acc)!;
  const pm = facts.managers.find((entry) => entry.id === selection.pm)!;
  const where = `setup ${selectionQuery(selection)}`;
  const shell = os.shell;
  const blocks: Block[] = [];
  const notes: NoteId[] = [];

  const check = acc.check?.[shell];
  if (check !== undefined) blocks.push({ step: 'check', lang: shell, code: typeof check === 'string' ? check.trim() : verifyCode(tools, check, where).code });

  const create = pm.create[shell];
  if (!create) throw new Error(`${where}: manager ${pm.id} has no create.${shell} in content/data/setup.yaml.`);
  const bootstrap = pm.bootstrap?.[shell];
  const env = [bootstrap === undefined ? undefined : resolve(tools, bootstrap, 'shell', where), create.trim()].filter(Boolean);
  blocks.push({ step: 'env', lang: shell, code: env.join('\n') });

  const install = acc.builds ? acc.builds.find((build) => build.id === selection.cuda)?.install : acc.install;
  if (!install) throw new Error(`${where}: unknown CUDA build "${selection.cuda}".`);
  blocks.push({ step: 'torch', lang: shell, code: resolve(tools, install[pm.id], pm.id, where) });
  if (pm.id === 'conda' && acc.builds) notes.push('conda-cuda');

  const extraTools = facts.extras.filter((extra) => selection.extras.includes(extra.id)).flatMap((extra) => extra.tools);
  if (extraTools.length > 0) {
    const commands: string[] = [];
    for (const id of extraTools) {
      const own = tools[id]?.install?.[pm.id];
      const command = own ?? (pm.fallback ? toolCommand(tools, { tool: id }, pm.fallback, where) : toolCommand(tools, { tool: id }, pm.id, where));
      if (!own && !notes.includes('conda-pip')) notes.push('conda-pip');
      if (!commands.includes(command.trim())) commands.push(command.trim());
    }
    blocks.push({ step: 'extras', lang: shell, code: commands.join('\n') });
  }

  const verify = verifyCode(tools, acc.verify, where);
  blocks.push({ step: 'verify', lang: verify.lang === 'python' ? 'python' : shell, code: verify.code, file: VERIFY_FILE });
  const run = [`python ${VERIFY_FILE}`];
  const packages = [...new Set(extraTools.map((id) => tools[id]?.package ?? id))];
  if (packages.length > 0) {
    const list = packages.map((name) => `'${name}'`).join(', ');
    run.push(`python -c "from importlib.metadata import version; print({p: version(p) for p in [${list}]})"`);
  }
  blocks.push({ step: 'run', lang: shell, code: run.join('\n') });
  return { ok: true, blocks, notes, shell };
}

/** Every selection of the product of all options (extras: none, each alone, and all together). */
export function allSelections(facts: SetupFacts): Selection[] {
  const extraSets = [[], ...facts.extras.map((extra) => [extra.id]), facts.extras.map((extra) => extra.id)];
  const out: Selection[] = [];
  for (const os of facts.os)
    for (const acc of facts.accelerators)
      for (const cuda of acc.builds ? acc.builds.map((build) => build.id) : [defaultSelection(facts).cuda])
        for (const pm of facts.managers) for (const extras of extraSets) out.push({ os: os.id, acc: acc.id, cuda, pm: pm.id, extras });
  return out;
}

/**
 * Every step as one script to paste into the terminal ("copy all"): the verify script is written
 * to its file with a here-document (bash) or a here-string (PowerShell) before it runs.
 */
export function scriptText(blocks: Block[], shell: SetupShell): string {
  return blocks
    .map((block) => {
      if (!block.file) return block.code;
      return shell === 'bash' ? `cat > ${block.file} <<'EOF'\n${block.code}\nEOF` : `@'\n${block.code}\n'@ | Set-Content -Encoding utf8 ${block.file}`;
    })
    .join('\n\n');
}

/** The subset of tool facts the selector needs, to ship to the browser. */
export function referencedTools(facts: SetupFacts): string[] {
  const ids = new Set<string>();
  const add = (source: Source | undefined) => {
    if (source && typeof source !== 'string') ids.add(source.tool);
  };
  for (const acc of facts.accelerators) {
    for (const source of Object.values(acc.check ?? {})) add(source);
    add(acc.verify);
    for (const source of Object.values(acc.install ?? {})) add(source);
    for (const build of acc.builds ?? []) for (const source of Object.values(build.install)) add(source);
  }
  for (const pm of facts.managers) for (const source of Object.values(pm.bootstrap ?? {})) add(source);
  for (const extra of facts.extras) for (const tool of extra.tools) ids.add(tool);
  return [...ids].sort();
}
