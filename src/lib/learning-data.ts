/**
 * The learning path as the pages use it: both data files read through their collections and
 * cross-checked. Every component that renders the path calls this, so a broken reference fails the
 * build with the message of src/lib/learning-path.ts naming the file and the entry.
 */
import { getCollection } from 'astro:content';
import { byOrder } from './data-order.ts';
import { allTopicKeys, checkLearningData } from './learning-path.ts';
import type { Resource, Stage } from './schemas/learning.ts';

export interface LearningPathData {
  stages: Stage[];
  resources: Resource[];
  /** Every topic key `stage/topic`, in path order: the progress keys. */
  keys: string[];
  /** Tool id → its layer, for links to /stack/<layer>/#<tool>. */
  toolLayers: Map<string, string>;
}

export async function loadLearningPath(): Promise<LearningPathData> {
  const stages = byOrder(await getCollection('learningPath')).map((entry) => entry.data);
  const resources = byOrder(await getCollection('learningResources')).map((entry) => entry.data);
  const tools = await getCollection('tools');
  const problems = checkLearningData({ stages, resources, toolIds: tools.map((tool) => tool.id) });
  if (problems.length > 0) {
    throw new Error(`The learning-path data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  return { stages, resources, keys: allTopicKeys(stages), toolLayers: new Map(tools.map((tool) => [tool.id, tool.data.layer])) };
}
