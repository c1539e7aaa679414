/**
 * Cross-references of the learning path: every id one data file names must exist in another.
 * Zod checks each entry on its own; this checks them together, and the build runs it
 * (src/lib/learning-data.ts) so that bad data fails the build with a message naming the entry.
 */
import { STAGE_IDS, TOPIC_IDS, type Resource, type Stage } from './schemas/learning.ts';

export const PATH_FILE = 'content/data/learning-path.yaml';
export const RESOURCES_FILE = 'content/data/learning-resources.yaml';

/** Progress key and prerequisite reference of a topic: `stage/topic`. */
export const topicKey = (stage: string, topic: string): string => `${stage}/${topic}`;

export interface LearningData {
  stages: Pick<Stage, 'id' | 'order' | 'page' | 'prerequisites' | 'topics'>[];
  resources: Pick<Resource, 'id' | 'order' | 'stages'>[];
  /** Ids of content/data/tools/*.yaml. */
  toolIds: readonly string[];
}

/** Names of a cycle through `edges`, e.g. ['a', 'b', 'a'], or undefined. Nodes are visited in the given order. */
export function findCycle(nodes: readonly string[], edges: (node: string) => readonly string[]): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of edges(node)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of nodes) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Every problem in the learning data, each naming the file and the entry to fix. Empty when all is well. */
export function checkLearningData({ stages, resources, toolIds }: LearningData): string[] {
  const problems: string[] = [];
  const inPath = (where: string, message: string) => problems.push(`${PATH_FILE}: ${where}: ${message}`);
  const resourceIds = new Set(resources.map((resource) => resource.id));
  const tools = new Set(toolIds);
  const stageIds = new Set(stages.map((stage) => stage.id));

  // Stages: each of the fixed stages exactly once, in order, on its own page.
  const seenStages = new Set<string>();
  const seenOrders = new Map<number, string>();
  for (const stage of stages) {
    if (seenStages.has(stage.id)) inPath(`stage \`${stage.id}\``, 'this stage id appears more than once; keep one entry per stage.');
    seenStages.add(stage.id);
    const other = seenOrders.get(stage.order);
    if (other) inPath(`stage \`${stage.id}\``, `order ${stage.order} is also used by stage \`${other}\`; give each stage its own position.`);
    seenOrders.set(stage.order, stage.id);
    if (stage.page !== `learn/${stage.id}`) inPath(`stage \`${stage.id}\``, `page is \`${stage.page}\`; a stage lives on \`learn/${stage.id}\`.`);
    for (const prerequisite of stage.prerequisites) {
      if (!stageIds.has(prerequisite)) inPath(`stage \`${stage.id}\``, `prerequisite stage \`${prerequisite}\` is not a stage in this file.`);
      if (prerequisite === stage.id) inPath(`stage \`${stage.id}\``, 'a stage cannot be its own prerequisite.');
    }
  }
  for (const id of STAGE_IDS) if (!seenStages.has(id)) inPath(`stage \`${id}\``, 'missing; the learning path needs every stage of /learn/.');

  // Topics: unique ids, exactly the section ids of the topic page.
  const topicKeys = new Set<string>();
  const topicOwner = new Map<string, string>();
  for (const stage of stages) {
    const ids = stage.topics.map((topic) => topic.id);
    for (const topic of stage.topics) {
      const where = `stage \`${stage.id}\`, topic \`${topic.id}\``;
      const owner = topicOwner.get(topic.id);
      if (owner !== undefined) {
        inPath(where, owner === stage.id ? 'duplicate topic id in this stage; keep one entry per topic.' : `the topic id is also used in stage \`${owner}\`; topic ids are unique across the path.`);
      }
      topicOwner.set(topic.id, stage.id);
      topicKeys.add(topicKey(stage.id, topic.id));
    }
    const expected = TOPIC_IDS[stage.id as keyof typeof TOPIC_IDS];
    if (expected) {
      const unexpected = ids.filter((id) => !expected.includes(id));
      const missing = expected.filter((id) => !ids.includes(id));
      if (unexpected.length > 0) inPath(`stage \`${stage.id}\``, `topic(s) ${unexpected.map((id) => `\`${id}\``).join(', ')} are not sections of /${stage.page}/; its topic ids are: ${expected.join(', ')}.`);
      if (missing.length > 0) inPath(`stage \`${stage.id}\``, `topic(s) ${missing.map((id) => `\`${id}\``).join(', ')} are missing; every section of /${stage.page}/ needs an entry.`);
    }
  }

  // Topic references: prerequisites, resources, tools.
  for (const stage of stages) {
    for (const topic of stage.topics) {
      const where = `stage \`${stage.id}\`, topic \`${topic.id}\``;
      for (const prerequisite of topic.prerequisites) {
        if (prerequisite === topicKey(stage.id, topic.id)) inPath(where, 'a topic cannot be its own prerequisite.');
        else if (!topicKeys.has(prerequisite)) inPath(where, `prerequisite \`${prerequisite}\` is not a topic; write \`stage/topic\` with ids from this file.`);
      }
      for (const resource of topic.resources) {
        if (!resourceIds.has(resource)) inPath(where, `resource \`${resource}\` is not an id in ${RESOURCES_FILE}.`);
      }
      for (const tool of topic.tools) {
        if (!tools.has(tool)) inPath(where, `tool \`${tool}\` is not a tool id (a file name in content/data/tools/).`);
      }
    }
  }

  // Cycles, reported once each.
  const stageCycle = findCycle(
    stages.map((stage) => stage.id),
    (id) => stages.find((stage) => stage.id === id)?.prerequisites.filter((p) => stageIds.has(p) && p !== id) ?? [],
  );
  if (stageCycle) inPath(`stage \`${stageCycle[0]}\``, `stage prerequisites form a cycle: ${stageCycle.join(' → ')}. Remove one of them.`);
  const topicPrerequisites = new Map<string, string[]>();
  for (const stage of stages) {
    for (const topic of stage.topics) {
      const key = topicKey(stage.id, topic.id);
      topicPrerequisites.set(key, topic.prerequisites.filter((p) => topicKeys.has(p) && p !== key));
    }
  }
  const topicCycle = findCycle([...topicPrerequisites.keys()], (key) => topicPrerequisites.get(key) ?? []);
  if (topicCycle) {
    const [first] = topicCycle as [string];
    const [stage, topic] = first.split('/');
    inPath(`stage \`${stage}\`, topic \`${topic}\``, `topic prerequisites form a cycle: ${topicCycle.join(' → ')}. Remove one of them.`);
  }

  // Resources: unique ids and positions, known stages.
  const seenResources = new Set<string>();
  const resourceOrders = new Map<number, string>();
  for (const resource of resources) {
    const where = `${RESOURCES_FILE}: resource \`${resource.id}\``;
    if (seenResources.has(resource.id)) problems.push(`${where}: this id appears more than once; keep one entry per resource.`);
    seenResources.add(resource.id);
    const other = resourceOrders.get(resource.order);
    if (other) problems.push(`${where}: order ${resource.order} is also used by \`${other}\`; give each resource its own place in the suggested order.`);
    resourceOrders.set(resource.order, resource.id);
    for (const stage of resource.stages) {
      if (!stageIds.has(stage)) problems.push(`${where}: stage \`${stage}\` is not a stage in ${PATH_FILE}.`);
    }
  }
  return problems;
}

/** Study hours of one stage. */
export const stageHours = (stage: Pick<Stage, 'topics'>): number => stage.topics.reduce((sum, topic) => sum + topic.hours, 0);

/** Every topic key of the path, in stage and page order. */
export function allTopicKeys(stages: Pick<Stage, 'id' | 'order' | 'topics'>[]): string[] {
  return [...stages].sort((a, b) => a.order - b.order).flatMap((stage) => stage.topics.map((topic) => topicKey(stage.id, topic.id)));
}
