/**
 * Loads the selector's data from the content collections for a page: setup.yaml and the facts of
 * the tools it reuses. Build time only.
 */
import { getEntry } from 'astro:content';
import { referencedTools, type SetupFacts, type SetupTools } from './setup';

export async function loadSetup(): Promise<{ facts: SetupFacts; tools: SetupTools }> {
  const entry = await getEntry('setup', 'setup');
  if (!entry) throw new Error('content/data/setup.yaml is missing or empty: the /setup/ page needs it.');
  const { os, accelerators, managers, extras, refusals } = entry.data;
  const facts: SetupFacts = { os, accelerators, managers, extras, refusals };
  const tools: SetupTools = {};
  for (const id of referencedTools(facts)) {
    const tool = await getEntry('tools', id);
    if (!tool) throw new Error(`content/data/setup.yaml names the tool "${id}", but content/data/tools/${id}.yaml does not exist.`);
    tools[id] = { package: tool.data.package, install: tool.data.install, verify: tool.data.verify };
  }
  return { facts, tools };
}
