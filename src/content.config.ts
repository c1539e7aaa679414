import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { bottleneckSchema } from './lib/schemas/bottlenecks';
import { chainStepSchema, stackLayerSchema } from './lib/schemas/stack';
import { toolSchema } from './lib/schemas/tools';

/** Fields the atlas adds to Starlight's frontmatter. */
const atlasFrontmatter = z.object({
  /** Old heading ids that must keep working after a rename: `{ old-id: new-id }` (see README). */
  anchorAliases: z
    .record(
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'anchorAliases keys are old heading ids: lower-case ASCII words joined by hyphens.'),
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'anchorAliases values are current heading ids on this page.'),
    )
    .optional(),
  description: z
    .string({ error: 'Every page needs a `description:` (one sentence, shown in search results and link previews).' })
    .min(20, 'Make `description:` a full sentence of at least 20 characters.'),
});

const docs = defineCollection({
  loader: docsLoader(),
  // Starlight's frontmatter fields plus ours, with unknown fields rejected and a message that says what to do.
  schema: (context) =>
    z.strictObject(docsSchema({ extend: atlasFrontmatter })(context).shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `Unknown frontmatter field(s): ${issue.keys.join(', ')}. Remove them, fix their spelling, or add them to the docs schema in src/content.config.ts.`
          : undefined,
    }),
});

const i18n = defineCollection({
  loader: i18nLoader(),
  schema: i18nSchema({
    extend: z.object({
      'atlas.stackTable.caption': z.string().optional(),
      'atlas.stackTable.layer': z.string().optional(),
      'atlas.stackTable.role': z.string().optional(),
      'atlas.stackTable.default': z.string().optional(),
      'atlas.stackTable.alternatives': z.string().optional(),
      'atlas.chain.label': z.string().optional(),
      'atlas.terminal': z.string().optional(),
      'atlas.tool.default': z.string().optional(),
      'atlas.tool.alternative': z.string().optional(),
      'atlas.tool.version': z.string().optional(),
      'atlas.tool.checked': z.string().optional(),
      'atlas.tool.docs': z.string().optional(),
      'atlas.tool.install': z.string().optional(),
      'atlas.tool.verify': z.string().optional(),
      'atlas.tool.builtIn': z.string().optional(),
      'atlas.tool.status.maintenance': z.string().optional(),
      'atlas.tool.status.archived': z.string().optional(),
      'atlas.tool.status.deprecated': z.string().optional(),
      'atlas.layerTools.caption': z.string().optional(),
      'atlas.layerTools.tool': z.string().optional(),
      'atlas.layerTools.pick': z.string().optional(),
      'atlas.bottleneckMap.label': z.string().optional(),
      'atlas.bottleneckMap.tryInOrder': z.string().optional(),
      'atlas.remedy.why': z.string().optional(),
      'atlas.remedy.toolSection': z.string().optional(),
    }),
  }),
});

const stackLayers = defineCollection({
  loader: file('content/data/stack-layers.yaml'),
  schema: stackLayerSchema,
});

const stackChain = defineCollection({
  loader: file('content/data/stack-chain.yaml'),
  schema: chainStepSchema,
});

/** One file per tool; the file name is the tool's id and its anchor on the layer page. */
const tools = defineCollection({
  loader: glob({ pattern: '*.yaml', base: 'content/data/tools' }),
  schema: toolSchema,
});

/** The roadmap: bottlenecks and their remedies in the order to try them (see src/lib/bottleneck-remedies.ts). */
const bottlenecks = defineCollection({
  loader: file('content/data/bottlenecks.yaml'),
  schema: bottleneckSchema,
});

export const collections = { docs, i18n, stackLayers, stackChain, tools, bottlenecks };
