/**
 * Turns content/data/bottlenecks.yaml into links: a remedy that names a tool links to the tool's
 * section on its layer page (`/stack/<layer>/#<tool>`), the layer read from the tool's data, so no
 * tool link is typed by hand. A technique without a tool section carries its own `link`.
 */
import type { Locale } from './schemas/localized.ts';
import type { Bottleneck } from './schemas/bottlenecks.ts';
import { pageHref } from './locale.ts';

export interface ResolvedRemedy {
  id: string;
  label: string;
  why: string;
  href: string;
  /** Set when the remedy is a tool; absent for a technique with an explicit link. */
  tool?: string;
}

export interface ResolvedBottleneck {
  id: string;
  title: string;
  symptoms: string;
  remedies: ResolvedRemedy[];
}

/** `/stack/training/#fsdp2` → slug `stack/training`, hash `fsdp2`. */
function splitSitePath(path: string): { slug: string; hash?: string } {
  const [pathname = '/', hash] = path.split('#');
  return { slug: pathname.replace(/^\/+|\/+$/g, ''), ...(hash ? { hash } : {}) };
}

/**
 * Resolves every remedy to a localized label and link, bottlenecks in their `order`.
 * Throws one error listing every unknown tool id (with its bottleneck) and every repeated remedy id.
 */
export function resolveBottlenecks(
  bottlenecks: readonly (Bottleneck & { order: number })[],
  toolLayers: ReadonlyMap<string, string>,
  locale: Locale,
  base = '/',
): ResolvedBottleneck[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const sorted = [...bottlenecks].sort((a, b) => a.order - b.order);
  const resolved = sorted.map((bottleneck) => ({
    id: bottleneck.id,
    title: bottleneck.title[locale],
    symptoms: bottleneck.symptoms[locale],
    remedies: bottleneck.remedies.map((remedy): ResolvedRemedy => {
      const owner = seen.get(remedy.id);
      if (owner) {
        problems.push(`Bottleneck ${bottleneck.id}: remedy id "${remedy.id}" is already used in ${owner}. Remedy ids are h3 ids on /roadmap/ and must be unique.`);
      } else {
        seen.set(remedy.id, bottleneck.id);
      }
      const common = { id: remedy.id, label: remedy.label[locale], why: remedy.why[locale] };
      if (remedy.tool) {
        const layer = toolLayers.get(remedy.tool);
        if (!layer) {
          problems.push(
            `Bottleneck ${bottleneck.id}: remedy "${remedy.id}" names unknown tool id "${remedy.tool}". Use the file name of a tool in content/data/tools/, or give a \`link:\` instead.`,
          );
          return { ...common, href: '', tool: remedy.tool };
        }
        return { ...common, href: pageHref(base, locale, `stack/${layer}`, remedy.tool), tool: remedy.tool };
      }
      const { slug, hash } = splitSitePath(remedy.link ?? '/');
      return { ...common, href: pageHref(base, locale, slug, hash) };
    }),
  }));
  if (problems.length > 0) throw new Error(`content/data/bottlenecks.yaml:\n- ${problems.join('\n- ')}`);
  return resolved;
}
