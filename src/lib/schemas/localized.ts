import { z } from 'astro/zod';

/** Locale keys used in data files: the folder names of the locales. */
export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text that differs per locale. Both locales are required so that no page renders half-translated. */
export const localizedText = z.strictObject(
  {
    en: z.string({ error: 'Write the English text under `en:`.' }).min(1),
    'zh-cn': z.string({ error: 'Write the Chinese text under `zh-cn:` (both locales are required).' }).min(1),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Only \`en\` and \`zh-cn\` are allowed here, found: ${issue.keys.join(', ')}.` : undefined) },
);
export type LocalizedText = z.infer<typeof localizedText>;

/** Lower-case ASCII ids joined by hyphens: they become URL fragments and storage keys, so they never change. */
export const stableId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Ids are lower-case ASCII words joined by hyphens, e.g. `onnx-runtime`.');

/**
 * Options for `z.strictObject` that reject an unknown field with a message naming where it is and
 * the schema file to extend.
 */
export const unknownFields = (where: string, schemaFile: string) => ({
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `Unknown field(s) in ${where}: ${issue.keys?.join(', ')}. Check the spelling or add the field to the schema in ${schemaFile}.`
      : undefined,
});
