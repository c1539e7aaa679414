import { INSTALLERS, type Installer, type Tool } from './schemas/tools.ts';

/** A tool as the install-command lookup needs it: its id (file name) and its install commands. */
export interface InstallSource {
  id: string;
  install?: Tool['install'];
}

/** True when `via` is one of the install keys of the tool schema (uv, pip, conda, apt, docker, shell). */
export function isInstaller(via: string): via is Installer {
  return (INSTALLERS as readonly string[]).includes(via);
}

/**
 * The install command of each tool for one installer, joined into one terminal block (one tool per line
 * group, in the order given). Throws an error that names the page, the tool, the installer and the YAML
 * file to edit when a tool has no such command, so a page can never render an empty or made-up command.
 */
export function installCommand(tools: InstallSource[], via: string, page: string): string {
  const where = `${page}: <ToolCommand tool="${tools.map((tool) => tool.id).join(',')}" via="${via}" />`;
  if (!isInstaller(via)) {
    throw new Error(`${where}: "${via}" is not an installer. Use one of: ${INSTALLERS.join(', ')}.`);
  }
  if (tools.length === 0) throw new Error(`${where}: name at least one tool.`);
  return tools
    .map((tool) => {
      const command = tool.install?.[via];
      if (!command) {
        const available = Object.keys(tool.install ?? {});
        throw new Error(
          `${where}: content/data/tools/${tool.id}.yaml has no install.${via} command` +
            (available.length ? ` (it has: ${available.join(', ')}).` : ' (it has no install commands).') +
            ` Add install.${via} to the YAML or pick another installer.`,
        );
      }
      return command.trim();
    })
    .join('\n');
}

/** Tool ids from the `tool` prop: one id, or several separated by commas or spaces. */
export function toolIds(tool: string): string[] {
  return tool.split(/[\s,]+/).filter(Boolean);
}
