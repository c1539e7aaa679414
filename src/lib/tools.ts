import type { Locale } from './schemas/localized.ts';
import { INSTALLERS, type Installer, type Tool } from './schemas/tools.ts';

/** Tab labels, the same in every language so that Starlight's synced tabs keep one choice across pages. */
export const INSTALLER_LABELS: Record<Installer, string> = {
  uv: 'uv',
  pip: 'pip',
  conda: 'conda-forge',
  apt: 'apt',
  docker: 'Docker',
  shell: 'script',
};

/** The install commands of a tool in display order, with their tab labels. */
export function installTabs(tool: Pick<Tool, 'install'>): { installer: Installer; label: string; command: string }[] {
  return INSTALLERS.flatMap((installer) => {
    const command = tool.install?.[installer];
    return command ? [{ installer, label: INSTALLER_LABELS[installer], command }] : [];
  });
}

/** Tools of one layer: default picks first, then by their `order`. */
export function layerTools<T extends { id: string; data: Pick<Tool, 'layer' | 'pick' | 'order'> }>(tools: T[], layer: string): T[] {
  return tools
    .filter((tool) => tool.data.layer === layer)
    .sort((a, b) => (a.data.pick === b.data.pick ? a.data.order - b.data.order : a.data.pick === 'default' ? -1 : 1));
}

/** File name shown on a verify snippet, e.g. `verify_onnx_runtime.py`. */
export function verifyFileName(id: string, lang: 'python' | 'bash'): string {
  return `verify_${id.replace(/-/g, '_')}.${lang === 'python' ? 'py' : 'sh'}`;
}

/** A tool's display name in a locale. */
export function toolName(tool: Pick<Tool, 'name'>, locale: Locale): string {
  return typeof tool.name === 'string' ? tool.name : tool.name[locale];
}
