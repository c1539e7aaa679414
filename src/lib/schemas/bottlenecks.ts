import { z } from 'astro/zod';
import { localizedText, stableId, unknownFields } from './localized.ts';

/** The five bottlenecks of the roadmap; their ids are the h2 ids of `/roadmap/` and never change. */
export const BOTTLENECK_IDS = ['out-of-memory', 'slow-training', 'experiment-management', 'serving-latency', 'team-collaboration'] as const;

const unknownField = (where: string) => unknownFields(where, 'src/lib/schemas/bottlenecks.ts');

/** A site path without locale prefix: `/stack/training/#amp-training-loop`. The locale and deploy base are added when rendering. */
const sitePath = z
  .string()
  .regex(
    /^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/,
    'link is a site path without the locale prefix, ending in `/` before any `#fragment`, e.g. `/roadmap/#gradient-accumulation`.',
  );

/**
 * One remedy: a tool (its link `/stack/<layer>/#<tool>` is derived from content/data/tools/<tool>.yaml)
 * or, for a technique with no tool section, an explicit internal `link`.
 */
export const remedySchema = z
  .strictObject(
    {
      /** The remedy's h3 id on `/roadmap/`, unique on the page. */
      id: stableId,
      label: localizedText,
      tool: stableId.optional(),
      link: sitePath.optional(),
      /** One line: why this remedy helps with this bottleneck. */
      why: localizedText,
    },
    unknownField('a remedy'),
  )
  .superRefine((remedy, ctx) => {
    if (!remedy.tool === !remedy.link) {
      ctx.addIssue({
        code: 'custom',
        path: ['tool'],
        message: `Remedy ${remedy.id}: give exactly one of \`tool:\` (a tool id from content/data/tools/) or \`link:\` (a site path, for a technique without a tool section).`,
      });
    }
  });
export type Remedy = z.infer<typeof remedySchema>;

export const bottleneckSchema = z.strictObject(
  {
    id: z.enum(BOTTLENECK_IDS, { error: `Bottleneck id must be one of: ${BOTTLENECK_IDS.join(', ')} (they are the h2 ids of /roadmap/).` }),
    order: z.number().int().min(1).max(BOTTLENECK_IDS.length),
    title: localizedText,
    /** How you know you have this problem, in one or two sentences. */
    symptoms: localizedText,
    /** In the order to try them. */
    remedies: z.array(remedySchema).min(1, 'List at least one remedy, in the order to try them.'),
  },
  unknownField('a bottleneck'),
);
export type Bottleneck = z.infer<typeof bottleneckSchema>;
