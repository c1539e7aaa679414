import { z } from 'astro/zod';
import { localizedText, stableId, unknownFields } from './localized.ts';

/** The stages of the learning path, in reading order. Their ids are the URLs `/learn/<id>/`. */
export const STAGE_IDS = ['math', 'ml-fundamentals', 'deep-learning', 'pytorch', 'engineering', 'projects', 'interview'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/**
 * The topics of each stage: the h2 ids of the topic pages, in page order. They are anchors and
 * progress keys (`math/linear-algebra`), so they never change; the data must list exactly these.
 */
export const TOPIC_IDS: Record<StageId, readonly string[]> = {
  math: ['linear-algebra', 'probability-statistics', 'calculus'],
  'ml-fundamentals': ['linear-models', 'svm', 'gbdt', 'xgboost', 'feature-engineering', 'statistical-learning'],
  'deep-learning': ['cnn-resnet', 'rnn-lstm-gru', 'transformer', 'gradients', 'activations', 'regularization', 'normalization'],
  pytorch: ['tensors-autograd', 'data-modules-training', 'save-amp-compile-export'],
  engineering: ['deployment', 'model-compression', 'cpu-acceleration', 'engineering-practices'],
  projects: ['project-loop', 'metrics', 'starter-projects', 'business-scenarios', 'evaluation-set'],
  interview: ['deep-learning-questions', 'classic-ml-questions', 'engineering-questions', 'scenario-questions'],
};

/** What a resource is; also the groups of /learn/resources/, in display order. */
export const RESOURCE_KINDS = ['course', 'book', 'docs', 'study'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

const unknownField = (where: string, file: string) => unknownFields(`${where} (${file})`, 'src/lib/schemas/learning.ts');

const PATH_FILE = 'content/data/learning-path.yaml';
const RESOURCES_FILE = 'content/data/learning-resources.yaml';

const stageId = z.enum(STAGE_IDS, { error: `Stage ids are: ${STAGE_IDS.join(', ')}.` });

export const topicSchema = z.strictObject(
  {
    id: stableId,
    title: localizedText,
    /** Estimated study hours for a reader new to the topic. */
    hours: z.number({ error: 'hours is the estimated number of study hours, e.g. 12.' }).positive('hours must be more than 0.').max(200, 'Split a topic estimated at more than 200 hours.'),
    /** Other topics to study first, written `stage/topic`. */
    prerequisites: z
      .array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'Write a prerequisite as `stage/topic`, e.g. `math/linear-algebra`.'))
      .default([]),
    /** Ids from content/data/learning-resources.yaml. */
    resources: z.array(stableId).min(1, 'Give each topic at least one resource id from content/data/learning-resources.yaml.'),
    /** Tool ids (file names in content/data/tools/) this topic puts to use. */
    tools: z.array(stableId).default([]),
  },
  unknownField('a topic', PATH_FILE),
);

export const stageSchema = z.strictObject(
  {
    id: stageId,
    order: z.number().int().min(1).max(STAGE_IDS.length),
    title: localizedText,
    summary: localizedText,
    /** The page the stage lives on: `learn/<id>`. */
    page: z.string().regex(/^learn\/[a-z0-9-]+$/, 'page is the slug of the stage page, `learn/<stage id>`.'),
    /** Stages to finish first. */
    prerequisites: z.array(stageId).default([]),
    topics: z.array(topicSchema).min(1, 'A stage needs at least one topic.'),
  },
  unknownField('a stage', PATH_FILE),
);
export type Stage = z.infer<typeof stageSchema>;
export type Topic = z.infer<typeof topicSchema>;

export const resourceSchema = z.strictObject(
  {
    id: stableId,
    /** Position in the suggested order, from 1. */
    order: z.number().int().min(1),
    kind: z.enum(RESOURCE_KINDS, { error: `kind is one of: ${RESOURCE_KINDS.join(', ')}.` }),
    /** The same in every language (`CS229: Machine Learning`), or per locale. */
    title: z.union([z.string().min(1), localizedText]),
    /** Who teaches, wrote or publishes it. */
    by: z.union([z.string().min(1), localizedText]),
    /** The language the material is written or taught in. */
    lang: z.enum(['en', 'zh'], { error: 'lang is the language of the material: `en` or `zh`.' }),
    url: z
      .url({ error: 'url must be the full address of the official page.' })
      .startsWith('https://', 'url must start with https://.'),
    goodFor: localizedText,
    stages: z.array(stageId).min(1, 'List the stage ids this resource serves.'),
  },
  unknownField('a learning resource', RESOURCES_FILE),
);
export type Resource = z.infer<typeof resourceSchema>;
