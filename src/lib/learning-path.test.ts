import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allTopicKeys, checkLearningData, findCycle, stageHours, type LearningData } from './learning-path.ts';
import { resourceSchema, stageSchema, STAGE_IDS, TOPIC_IDS } from './schemas/learning.ts';

/** A minimal valid path: every fixed stage and topic, one resource, no prerequisites. */
function validData(): LearningData {
  return {
    stages: STAGE_IDS.map((id, i) => ({
      id,
      order: i + 1,
      page: `learn/${id}`,
      prerequisites: i === 0 ? [] : [STAGE_IDS[i - 1]!],
      topics: TOPIC_IDS[id].map((topic) => ({ id: topic, title: { en: topic, 'zh-cn': topic }, hours: 2, prerequisites: [], resources: ['cs229'], tools: [] })),
    })),
    resources: [{ id: 'cs229', order: 1, stages: ['math'] }],
    toolIds: ['pytorch', 'openvino'],
  };
}

const topic = (data: LearningData, stage: string, id: string) => data.stages.find((s) => s.id === stage)!.topics.find((t) => t.id === id)!;

describe('checkLearningData', () => {
  it('accepts a complete, consistent path', () => {
    expect(checkLearningData(validData())).toEqual([]);
  });

  it('names the file and entry of an unknown resource id', () => {
    const data = validData();
    topic(data, 'math', 'calculus').resources = ['cs9999'];
    expect(checkLearningData(data)).toEqual([
      'content/data/learning-path.yaml: stage `math`, topic `calculus`: resource `cs9999` is not an id in content/data/learning-resources.yaml.',
    ]);
  });

  it('reports an unknown prerequisite and a malformed one', () => {
    const data = validData();
    topic(data, 'pytorch', 'tensors-autograd').prerequisites = ['math/linear-algebr', 'math/calculus'];
    expect(checkLearningData(data)).toEqual([
      'content/data/learning-path.yaml: stage `pytorch`, topic `tensors-autograd`: prerequisite `math/linear-algebr` is not a topic; write `stage/topic` with ids from this file.',
    ]);
  });

  it('reports a duplicate topic id within a stage and across stages', () => {
    const data = validData();
    const math = data.stages[0]!;
    math.topics.push({ ...math.topics[0]! });
    const problems = checkLearningData(data);
    expect(problems).toContain('content/data/learning-path.yaml: stage `math`, topic `linear-algebra`: duplicate topic id in this stage; keep one entry per topic.');

    const other = validData();
    other.stages[1]!.topics.push({ ...other.stages[0]!.topics[2]! });
    expect(checkLearningData(other)).toContain(
      'content/data/learning-path.yaml: stage `ml-fundamentals`, topic `calculus`: the topic id is also used in stage `math`; topic ids are unique across the path.',
    );
  });

  it('reports a topic that is not a section of its page, and a missing one', () => {
    const data = validData();
    topic(data, 'math', 'calculus').id = 'calculus-basics';
    expect(checkLearningData(data)).toEqual([
      'content/data/learning-path.yaml: stage `math`: topic(s) `calculus-basics` are not sections of /learn/math/; its topic ids are: linear-algebra, probability-statistics, calculus.',
      'content/data/learning-path.yaml: stage `math`: topic(s) `calculus` are missing; every section of /learn/math/ needs an entry.',
    ]);
  });

  it('reports a prerequisite cycle between topics once, with its path', () => {
    const data = validData();
    topic(data, 'math', 'linear-algebra').prerequisites = ['math/calculus'];
    topic(data, 'math', 'calculus').prerequisites = ['math/probability-statistics'];
    topic(data, 'math', 'probability-statistics').prerequisites = ['math/linear-algebra'];
    expect(checkLearningData(data)).toEqual([
      'content/data/learning-path.yaml: stage `math`, topic `linear-algebra`: topic prerequisites form a cycle: math/linear-algebra → math/calculus → math/probability-statistics → math/linear-algebra. Remove one of them.',
    ]);
  });

  it('reports a topic that requires itself, and a stage cycle', () => {
    const data = validData();
    topic(data, 'math', 'calculus').prerequisites = ['math/calculus'];
    data.stages[0]!.prerequisites = ['interview'];
    expect(checkLearningData(data)).toEqual([
      'content/data/learning-path.yaml: stage `math`, topic `calculus`: a topic cannot be its own prerequisite.',
      'content/data/learning-path.yaml: stage `math`: stage prerequisites form a cycle: math → interview → projects → engineering → pytorch → deep-learning → ml-fundamentals → math. Remove one of them.',
    ]);
  });

  it('reports an unknown tool id', () => {
    const data = validData();
    topic(data, 'engineering', 'model-compression').tools = ['bitsandbytes', 'openvino'];
    expect(checkLearningData(data)).toEqual([
      'content/data/learning-path.yaml: stage `engineering`, topic `model-compression`: tool `bitsandbytes` is not a tool id (a file name in content/data/tools/).',
    ]);
  });

  it('reports stage problems: wrong page, missing stage, duplicate order', () => {
    const data = validData();
    data.stages[1]!.page = 'learn/ml';
    data.stages[2]!.order = 2;
    data.stages = data.stages.filter((stage) => stage.id !== 'interview');
    expect(checkLearningData(data)).toEqual([
      'content/data/learning-path.yaml: stage `ml-fundamentals`: page is `learn/ml`; a stage lives on `learn/ml-fundamentals`.',
      'content/data/learning-path.yaml: stage `deep-learning`: order 2 is also used by stage `ml-fundamentals`; give each stage its own position.',
      'content/data/learning-path.yaml: stage `interview`: missing; the learning path needs every stage of /learn/.',
    ]);
  });

  it('reports resource problems in the resources file', () => {
    const data = validData();
    data.resources.push({ id: 'cs229', order: 1, stages: ['maths' as 'math'] });
    expect(checkLearningData(data)).toEqual([
      'content/data/learning-resources.yaml: resource `cs229`: this id appears more than once; keep one entry per resource.',
      'content/data/learning-resources.yaml: resource `cs229`: order 1 is also used by `cs229`; give each resource its own place in the suggested order.',
      'content/data/learning-resources.yaml: resource `cs229`: stage `maths` is not a stage in content/data/learning-path.yaml.',
    ]);
  });
});

describe('helpers', () => {
  it('finds no cycle in a DAG and the first cycle otherwise', () => {
    const dag: Record<string, string[]> = { a: ['b'], b: ['c'], c: [] };
    expect(findCycle(Object.keys(dag), (n) => dag[n]!)).toBeUndefined();
    const loop: Record<string, string[]> = { a: ['b'], b: ['a'] };
    expect(findCycle(Object.keys(loop), (n) => loop[n]!)).toEqual(['a', 'b', 'a']);
  });

  it('sums hours and lists topic keys in stage order', () => {
    const data = validData();
    expect(stageHours(data.stages[0]!)).toBe(6);
    const keys = allTopicKeys([...data.stages].reverse());
    expect(keys[0]).toBe('math/linear-algebra');
    expect(keys.at(-1)).toBe('interview/scenario-questions');
    expect(keys).toHaveLength(32);
  });
});

describe('the committed learning data', () => {
  const root = new URL('../../', import.meta.url);
  const stages = parse(readFileSync(new URL('content/data/learning-path.yaml', root), 'utf8')) as unknown[];
  const resources = parse(readFileSync(new URL('content/data/learning-resources.yaml', root), 'utf8')) as unknown[];
  const toolIds = readdirSync(new URL('content/data/tools/', root)).map((file) => file.replace(/\.yaml$/, ''));

  it('passes the schemas and the cross-reference check', () => {
    const parsedStages = stages.map((stage) => stageSchema.parse(stage));
    const parsedResources = resources.map((resource) => resourceSchema.parse(resource));
    expect(checkLearningData({ stages: parsedStages, resources: parsedResources, toolIds })).toEqual([]);
  });

  it('has every resource used by at least one topic', () => {
    const used = new Set(stages.map((stage) => stageSchema.parse(stage)).flatMap((stage) => stage.topics.flatMap((t) => t.resources)));
    const unused = resources.map((resource) => resourceSchema.parse(resource).id).filter((id) => !used.has(id));
    // Study aids are recommended for the whole path rather than for one topic.
    expect(unused.filter((id) => id !== 'spaced-repetition-history' && id !== 'bertsekas-rl-optimal-control')).toEqual([]);
  });
});

describe('learning schemas', () => {
  it('rejects an unknown field with the file to fix', () => {
    const result = resourceSchema.safeParse({ id: 'x', order: 1, kind: 'course', title: 'X', by: 'Y', lang: 'en', url: 'https://example.org/', goodFor: { en: 'a', 'zh-cn': 'b' }, stages: ['math'], link: 'z' });
    expect(result.error?.issues[0]?.message).toBe(
      'Unknown field(s) in a learning resource (content/data/learning-resources.yaml): link. Check the spelling or add the field to the schema in src/lib/schemas/learning.ts.',
    );
  });

  it('rejects a prerequisite that is not stage/topic', () => {
    const result = stageSchema.safeParse({
      id: 'math', order: 1, title: { en: 'a', 'zh-cn': 'b' }, summary: { en: 'a', 'zh-cn': 'b' }, page: 'learn/math',
      topics: [{ id: 'calculus', title: { en: 'a', 'zh-cn': 'b' }, hours: 1, prerequisites: ['linear-algebra'], resources: ['cs229'] }],
    });
    expect(result.error?.issues[0]?.message).toBe('Write a prerequisite as `stage/topic`, e.g. `math/linear-algebra`.');
  });
});
