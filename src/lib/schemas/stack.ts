import { z } from 'astro/zod';
import { localizedText, stableId, unknownFields } from './localized.ts';

/** The eight layers, in pipeline order. Their ids are the URLs `/stack/<id>/`. */
export const LAYER_IDS = [
  'hardware',
  'numerics',
  'frameworks',
  'models-data',
  'training',
  'tracking',
  'deployment',
  'environment',
] as const;

const unknownField = (where: string) => unknownFields(where, 'src/lib/schemas/stack.ts');

export const stackLayerSchema = z.strictObject(
  {
    id: z.enum(LAYER_IDS, { error: `Layer id must be one of: ${LAYER_IDS.join(', ')}.` }),
    order: z.number().int().min(1).max(LAYER_IDS.length),
    title: localizedText,
    role: localizedText,
  },
  unknownField('a stack layer (its tools, defaults and alternatives live in content/data/tools/)'),
);
export type StackLayer = z.infer<typeof stackLayerSchema>;

/** One step of the core chain hardware → … → CI; `layer` links the step to its layer. */
export const chainStepSchema = z.strictObject(
  {
    id: stableId,
    order: z.number().int().min(1),
    label: localizedText,
    layer: z.enum(LAYER_IDS, { error: `layer must be one of: ${LAYER_IDS.join(', ')}.` }),
  },
  unknownField('a core-chain step'),
);
export type ChainStep = z.infer<typeof chainStepSchema>;
