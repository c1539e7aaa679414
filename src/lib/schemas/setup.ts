import { z } from 'astro/zod';
import { localizedText, unknownFields } from './localized.ts';
import { INSTALLERS } from './tools.ts';

// The choices of the install selector on /setup/; their ids are URL query values and never change.
import { SETUP_ACCELERATORS, SETUP_MANAGERS, SETUP_OS, SETUP_SHELLS } from '../setup.ts';

const unknownField = (where: string) => unknownFields(where, 'src/lib/schemas/setup.ts');

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Ids are lower-case ASCII words joined by hyphens; they appear in the /setup/ URL.');

const literal = z
  .string()
  .trim()
  .min(1)
  .refine((text) => !/\.\.\.|…|<[a-z][a-z -]*>/i.test(text), 'Commands run as written: no `...` and no `<placeholder>`.');

/** Reuse a tool's fact instead of restating it: `{ tool: pytorch }`, optionally naming another installer key. */
const toolRef = z.strictObject(
  {
    tool: id,
    installer: z.enum(INSTALLERS, { error: `installer must be one of: ${INSTALLERS.join(', ')}.` }).optional(),
  },
  unknownField('a tool reference ({ tool: <id>, installer?: <key> })'),
);
export const commandSource = z.union([literal, toolRef], {
  error: 'Give a complete command, or `{ tool: <id> }` to reuse the command of content/data/tools/<id>.yaml.',
});
export type CommandSource = z.infer<typeof commandSource>;

const perManager = z.strictObject(
  { uv: commandSource.optional(), pip: commandSource.optional(), conda: commandSource.optional() },
  unknownField(`an install map (keys: ${SETUP_MANAGERS.join(', ')})`),
);
const perShell = z.strictObject(
  { bash: commandSource.optional(), powershell: commandSource.optional() },
  unknownField(`a per-shell map (keys: ${SETUP_SHELLS.join(', ')})`),
);

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

export const setupSchema = z
  .strictObject(
    {
      id: z.literal('setup'),
      checked: z.preprocess(
        (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
        z.iso.date({ error: 'checked is the date the facts were verified, written YYYY-MM-DD.' }),
      ),
      os: z
        .array(
          z.strictObject(
            {
              id: z.enum(SETUP_OS, { error: `os id must be one of: ${SETUP_OS.join(', ')}.` }),
              label: localizedText,
              shell: z.enum(SETUP_SHELLS, { error: `shell is one of: ${SETUP_SHELLS.join(', ')}.` }),
            },
            unknownField('an os entry'),
          ),
        )
        .min(1),
      accelerators: z
        .array(
          z
            .strictObject(
              {
                id: z.enum(SETUP_ACCELERATORS, { error: `accelerator id must be one of: ${SETUP_ACCELERATORS.join(', ')}.` }),
                label: localizedText,
                check: perShell.optional(),
                verify: toolRef,
                install: perManager.optional(),
                builds: z
                  .array(z.strictObject({ id, label: localizedText, install: perManager }, unknownField('a CUDA build')))
                  .min(1)
                  .optional(),
              },
              unknownField('an accelerator'),
            )
            .refine((acc) => Boolean(acc.install) !== Boolean(acc.builds), {
              message: 'An accelerator has either `install` (one build) or `builds` (a choice of builds), not both and not neither.',
            }),
        )
        .min(1),
      managers: z
        .array(
          z.strictObject(
            {
              id: z.enum(SETUP_MANAGERS, { error: `manager id must be one of: ${SETUP_MANAGERS.join(', ')}.` }),
              label: localizedText,
              bootstrap: perShell.optional(),
              create: z.strictObject({ bash: literal.optional(), powershell: literal.optional() }, unknownField('create')),
              fallback: z.enum(SETUP_MANAGERS).optional(),
            },
            unknownField('a package manager'),
          ),
        )
        .min(1),
      extras: z
        .array(z.strictObject({ id, label: localizedText, tools: z.array(id).min(1) }, unknownField('an extra')))
        .min(1),
      refusals: z.array(
        z.strictObject(
          {
            when: z.strictObject(
              {
                os: oneOrMany(z.enum(SETUP_OS)).optional(),
                acc: oneOrMany(z.enum(SETUP_ACCELERATORS)).optional(),
                cuda: oneOrMany(id).optional(),
                pm: oneOrMany(z.enum(SETUP_MANAGERS)).optional(),
              },
              unknownField('refusals[].when (keys: os, acc, cuda, pm)'),
            ),
            reason: localizedText,
          },
          unknownField('a refusal'),
        ),
      ),
      common: z.array(
        z.strictObject(
          { os: z.enum(SETUP_OS), acc: z.enum(SETUP_ACCELERATORS), cuda: id.optional(), pm: z.enum(SETUP_MANAGERS) },
          unknownField('a common combination'),
        ),
      ),
    },
    unknownField('content/data/setup.yaml'),
  )
  .superRefine((data, ctx) => {
    const unique = (list: { id: string }[], path: string) => {
      const seen = new Set<string>();
      for (const item of list) {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [path], message: `Duplicate id "${item.id}" in ${path}.` });
        seen.add(item.id);
      }
    };
    unique(data.os, 'os');
    unique(data.accelerators, 'accelerators');
    unique(data.managers, 'managers');
    unique(data.extras, 'extras');
    const cudaBuilds = new Set(data.accelerators.flatMap((acc) => (acc.builds ?? []).map((build) => build.id)));
    data.refusals.forEach((rule, i) => {
      for (const build of [rule.when.cuda ?? []].flat()) {
        if (!cudaBuilds.has(build)) ctx.addIssue({ code: 'custom', path: ['refusals', i, 'when', 'cuda'], message: `Unknown CUDA build "${build}".` });
      }
    });
  });
export type SetupData = z.infer<typeof setupSchema>;
