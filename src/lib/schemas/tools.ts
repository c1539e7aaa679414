import { z } from 'astro/zod';
import { localizedText, unknownFields } from './localized.ts';
import { LAYER_IDS } from './stack.ts';

/** Package managers an install command can be given for; also the tab labels, in display order. */
export const INSTALLERS = ['uv', 'pip', 'conda', 'apt', 'docker', 'shell'] as const;
export type Installer = (typeof INSTALLERS)[number];

const unknownField = (where: string) => unknownFields(where, 'src/lib/schemas/tools.ts');

const command = z
  .string()
  .trim()
  .min(1)
  .refine((text) => !/\.\.\.|…/.test(text), 'Commands run as written: replace the `...` placeholder with a real value.');

export const toolSchema = z.strictObject(
  {
    /** The same in every language (`vLLM`), or per locale where the name is a description (`NVIDIA GPU driver`). */
    name: z.union([z.string().min(1), localizedText]),
    layer: z.enum(LAYER_IDS, { error: `layer must be one of: ${LAYER_IDS.join(', ')}.` }),
    /** `default` is the layer's recommended pick; everything else is an alternative. */
    pick: z.enum(['default', 'alternative'], { error: 'pick is `default` or `alternative`.' }),
    /** Position within its layer page, starting at 1. */
    order: z.number().int().min(1),
    /** Only where it matters: `archived` and `maintenance` tools are shown with a warning, never recommended. */
    status: z.enum(['active', 'maintenance', 'archived', 'deprecated']).default('active'),
    statusNote: localizedText.optional(),
    /** One line: what this tool does in the pipeline. */
    role: localizedText,
    docs: z
      .url({ error: 'docs must be the full URL of the official documentation.' })
      .startsWith('https://', 'docs must start with https://.'),
    /** The package whose version is given (e.g. `torch` for torch.compile); defaults to the tool's own package. */
    package: z.string().min(1).optional(),
    version: z.string().regex(/^\d+(\.\d+)*([a-z0-9.+-]*)?$/, 'version is a plain version number such as 2.15.0.'),
    /** The day the version and commands were checked against the official source (YYYY-MM-DD). */
    // YAML reads an unquoted 2026-11-22 as a date; keep it as the plain YYYY-MM-DD string.
    checked: z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
      z.iso.date({ error: 'checked is the date the facts were verified, written YYYY-MM-DD.' }),
    ),
    install: z
      .strictObject(Object.fromEntries(INSTALLERS.map((installer) => [installer, command.optional()])) as Record<Installer, z.ZodOptional<typeof command>>, {
        error: (issue) =>
          issue.code === 'unrecognized_keys' ? `Unknown package manager(s): ${issue.keys.join(', ')}. install keys are: ${INSTALLERS.join(', ')}.` : undefined,
      })
      .optional(),
    verify: z
      .strictObject(
        {
          lang: z.enum(['python', 'bash'], { error: 'verify.lang is `python` or `bash`.' }),
          code: command,
        },
        unknownField('verify'),
      )
      .optional(),
  },
  unknownField('a tool'),
).superRefine((tool, ctx) => {
  if (tool.status !== 'active' && !tool.statusNote) {
    ctx.addIssue({ code: 'custom', path: ['statusNote'], message: `A ${tool.status} tool needs statusNote (both locales) saying what to use instead.` });
  }
  if (tool.status !== 'archived' && !tool.verify) {
    ctx.addIssue({ code: 'custom', path: ['verify'], message: 'Add a verify snippet (lang + code) that prints what was installed or detected.' });
  }
  if (tool.status !== 'active' && tool.pick === 'default') {
    ctx.addIssue({ code: 'custom', path: ['pick'], message: `A ${tool.status} tool cannot be the default pick.` });
  }
});
export type Tool = z.infer<typeof toolSchema>;
