/**
 * Checks of the code blocks on the built pages: Python parses, shell passes `bash -n`, no block uses
 * a deprecated or removed API (rules in content/data/snippet-rules.yaml), and runnable code has no
 * `...` placeholders. Pure functions; the syntax checkers are passed in so tests need no interpreter.
 */
import { parse } from 'node-html-parser';
import { z } from 'astro/zod';

export interface CodeBlock {
  /** Site path of the page, e.g. `/stack/deployment/`. */
  page: string;
  /** 1-based position among the page's code blocks. */
  index: number;
  lang: string;
  title: string;
  code: string;
}

export const snippetRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  pattern: z.string().refine((source) => {
    try {
      new RegExp(source, 'm');
      return true;
    } catch {
      return false;
    }
  }, 'pattern must be a valid JavaScript regular expression.'),
  why: z.string().min(1),
  fix: z.string().min(1),
});
export type SnippetRule = z.infer<typeof snippetRuleSchema>;

const PYTHON = new Set(['python', 'py']);
const SHELL = new Set(['bash', 'sh', 'shell', 'zsh']);

/** Blocks that deliberately show the old way carry a title saying so, and are exempt from the rules. */
export function isLabelledOutdated(title: string): boolean {
  return /^(outdated|过时写法)/i.test(title.trim());
}

/** Expressive Code keeps each block's source on its copy button; newlines are stored as U+007F. */
export function extractCodeBlocks(page: string, html: string): CodeBlock[] {
  const root = parse(html);
  return root.querySelectorAll('.expressive-code figure.frame').map((figure, i) => ({
    page,
    index: i + 1,
    lang: figure.querySelector('pre')?.getAttribute('data-language') ?? '',
    title: figure.querySelector('figcaption .title')?.textContent.trim() ?? '',
    code: (figure.querySelector('button[data-code]')?.getAttribute('data-code') ?? '').replace(/\u007f/g, '\n'),
  }));
}

function where(block: CodeBlock): string {
  return `${block.page} block ${block.index}${block.title ? ` "${block.title}"` : ''} (${block.lang || 'plain'})`;
}

/** Every block matching a rule, each with why and what to write instead. */
export function findRuleHits(blocks: CodeBlock[], rules: SnippetRule[]): string[] {
  const compiled = rules.map((rule) => ({ rule, regex: new RegExp(rule.pattern, 'm') }));
  const hits: string[] = [];
  for (const block of blocks) {
    if (isLabelledOutdated(block.title)) continue;
    for (const { rule, regex } of compiled) {
      const match = regex.exec(block.code);
      if (match) hits.push(`${where(block)}: "${match[0]}" — ${rule.why} Use instead: ${rule.fix} [rule ${rule.id}]`);
    }
  }
  return hits;
}

const HASH_COMMENTS = new Set([...PYTHON, ...SHELL, 'yaml', 'yml', 'toml', 'dockerfile', 'ini']);

/** Code on the site runs as written: an ellipsis standing in for a value is a bug (in a comment it is prose). */
export function findPlaceholders(blocks: CodeBlock[]): string[] {
  return blocks
    .filter((block) => !isLabelledOutdated(block.title))
    .flatMap((block) =>
      block.code
        .split('\n')
        .map((line, i) => ({ line, number: i + 1 }))
        .filter(({ line }) => /\.\.\.|…/.test(HASH_COMMENTS.has(block.lang) ? line.replace(/(^|\s)#.*$/, '') : line))
        .map(({ line, number }) => `${where(block)} line ${number}: "${line.trim()}" has a "..." placeholder; write the real value.`),
    );
}

export interface SyntaxCheckers {
  /** Returns, for each Python source, an error message or null. */
  python: (sources: string[]) => (string | null)[];
  /** Returns an error message for a shell script that `bash -n` rejects, or null. */
  shell: (source: string) => string | null;
}

/** Python blocks parse and shell blocks pass `bash -n`. */
export function checkSyntax(blocks: CodeBlock[], checkers: SyntaxCheckers): string[] {
  const problems: string[] = [];
  const python = blocks.filter((block) => PYTHON.has(block.lang));
  checkers.python(python.map((block) => block.code)).forEach((error, i) => {
    if (error) problems.push(`${where(python[i]!)}: Python does not parse: ${error}`);
  });
  for (const block of blocks.filter((b) => SHELL.has(b.lang))) {
    const error = checkers.shell(block.code);
    if (error) problems.push(`${where(block)}: bash -n rejects it: ${error}`);
  }
  return problems;
}
