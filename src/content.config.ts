import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { parse as parseYaml } from 'yaml';
import { setupSchema } from './lib/schemas/setup';
import { bottleneckSchema } from './lib/schemas/bottlenecks';
import { chainStepSchema, stackLayerSchema } from './lib/schemas/stack';
import { toolSchema } from './lib/schemas/tools';
import { resourceSchema, stageSchema } from './lib/schemas/learning';

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
      'atlas.copyLink.copied': z.string().optional(),
      'atlas.copyLink.failed': z.string().optional(),
      'atlas.setup.legend': z.string().optional(),
      'atlas.setup.os': z.string().optional(),
      'atlas.setup.acc': z.string().optional(),
      'atlas.setup.cuda': z.string().optional(),
      'atlas.setup.pm': z.string().optional(),
      'atlas.setup.extras': z.string().optional(),
      'atlas.setup.result': z.string().optional(),
      'atlas.setup.copy': z.string().optional(),
      'atlas.setup.copyAll': z.string().optional(),
      'atlas.setup.copied': z.string().optional(),
      'atlas.setup.copyFailed': z.string().optional(),
      'atlas.setup.refused': z.string().optional(),
      'atlas.setup.announce': z.string().optional(),
      'atlas.setup.announceRefused': z.string().optional(),
      'atlas.setup.noscript': z.string().optional(),
      'atlas.setup.step.check': z.string().optional(),
      'atlas.setup.step.env': z.string().optional(),
      'atlas.setup.step.torch': z.string().optional(),
      'atlas.setup.step.extras': z.string().optional(),
      'atlas.setup.step.verify': z.string().optional(),
      'atlas.setup.step.run': z.string().optional(),
      'atlas.setup.note.conda-pip': z.string().optional(),
      'atlas.setup.note.conda-cuda': z.string().optional(),
      'atlas.setup.common.caption': z.string().optional(),
      'atlas.setup.common.combination': z.string().optional(),
      'atlas.setup.common.env': z.string().optional(),
      'atlas.setup.common.torch': z.string().optional(),
      'atlas.setup.common.open': z.string().optional(),
      'atlas.learn.hours': z.string().optional(),
      'atlas.learn.after': z.string().optional(),
      'atlas.learn.afterStages': z.string().optional(),
      'atlas.learn.startHere': z.string().optional(),
      'atlas.learn.total': z.string().optional(),
      'atlas.learn.totalLabel': z.string().optional(),
      'atlas.learn.stageSize': z.string().optional(),
      'atlas.learn.stageLabel': z.string().optional(),
      'atlas.learn.resources': z.string().optional(),
      'atlas.learn.tools': z.string().optional(),
      'atlas.learn.checklist': z.string().optional(),
      'atlas.learn.allProgress': z.string().optional(),
      'atlas.progress.doneLabel': z.string().optional(),
      'atlas.progress.noScript': z.string().optional(),
      'atlas.progress.stageProgress': z.string().optional(),
      'atlas.progress.totalProgress': z.string().optional(),
      'atlas.progress.storedSource': z.string().optional(),
      'atlas.progress.fileSource': z.string().optional(),
      'atlas.progress.linkSource': z.string().optional(),
      'atlas.progress.noticeCorrupt': z.string().optional(),
      'atlas.progress.noticeVersion': z.string().optional(),
      'atlas.progress.noticeUnknown': z.string().optional(),
      'atlas.progress.storageBlocked': z.string().optional(),
      'atlas.progress.reset': z.string().optional(),
      'atlas.progress.resetConfirm': z.string().optional(),
      'atlas.progress.resetDone': z.string().optional(),
      'atlas.progress.exportFile': z.string().optional(),
      'atlas.progress.exported': z.string().optional(),
      'atlas.progress.importFile': z.string().optional(),
      'atlas.progress.imported': z.string().optional(),
      'atlas.progress.link': z.string().optional(),
      'atlas.progress.copyLink': z.string().optional(),
      'atlas.progress.linkCopied': z.string().optional(),
      'atlas.progress.linkCopyFailed': z.string().optional(),
      'atlas.progress.importOffer': z.string().optional(),
      'atlas.progress.importAccept': z.string().optional(),
      'atlas.progress.importDismiss': z.string().optional(),
      'atlas.progress.importDismissed': z.string().optional(),
      'atlas.resources.kind.course': z.string().optional(),
      'atlas.resources.kind.book': z.string().optional(),
      'atlas.resources.kind.docs': z.string().optional(),
      'atlas.resources.kind.study': z.string().optional(),
      'atlas.resources.inChinese': z.string().optional(),
      'atlas.resources.inEnglish': z.string().optional(),
      'atlas.resources.step': z.string().optional(),
      'atlas.resources.stages': z.string().optional(),
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

/**
 * Platform facts of the install selector on /setup/ (one entry, id `setup`): accelerators, CUDA
 * builds, environment commands and refusals. Tool commands stay in content/data/tools/.
 */
const setup = defineCollection({
  loader: file('content/data/setup.yaml', { parser: (text) => [{ id: 'setup', ...(parseYaml(text) as object) }] }),
  schema: setupSchema,
});

/** The learning path: stages in order, each with its topics (cross-checked by src/lib/learning-path.ts). */
const learningPath = defineCollection({
  loader: file('content/data/learning-path.yaml'),
  schema: stageSchema,
});

/** Courses, books and docs the learning path recommends, in the suggested order. */
const learningResources = defineCollection({
  loader: file('content/data/learning-resources.yaml'),
  schema: resourceSchema,
});

/** The roadmap: bottlenecks and their remedies in the order to try them (see src/lib/bottleneck-remedies.ts). */
const bottlenecks = defineCollection({
  loader: file('content/data/bottlenecks.yaml'),
  schema: bottleneckSchema,
});

export const collections = { docs, i18n, stackLayers, stackChain, tools, setup, learningPath, learningResources, bottlenecks };
