import { describe, expect, it } from 'vitest';
import { installCommand, toolIds } from './install-command.ts';

const pytorch = { id: 'pytorch', install: { uv: 'uv pip install torch torchvision --torch-backend=auto', pip: 'pip install torch' } };
const wandb = { id: 'wandb', install: { uv: 'uv pip install wandb\n' } };
const driver = { id: 'nvidia-driver', install: { apt: 'sudo apt-get update\nsudo apt-get install -y nvidia-driver-580-open\n' } };

describe('installCommand', () => {
  it('returns the command of one tool for the chosen installer, without a trailing newline', () => {
    expect(installCommand([driver], 'apt', '/quickstart/')).toBe('sudo apt-get update\nsudo apt-get install -y nvidia-driver-580-open');
  });

  it('joins several tools into one block, one command after the other, in the order given', () => {
    expect(installCommand([pytorch, wandb], 'uv', '/quickstart/')).toBe('uv pip install torch torchvision --torch-backend=auto\nuv pip install wandb');
  });

  it('names the page, tool, installer, YAML file and the installers that exist when a command is missing', () => {
    expect(() => installCommand([wandb], 'apt', '/zh-cn/quickstart/')).toThrow(
      '/zh-cn/quickstart/: <ToolCommand tool="wandb" via="apt" />: content/data/tools/wandb.yaml has no install.apt command (it has: uv). Add install.apt to the YAML or pick another installer.',
    );
  });

  it('says when a tool has no install commands at all', () => {
    expect(() => installCommand([{ id: 'torch-compile' }], 'pip', '/quickstart/')).toThrow('(it has no install commands)');
  });

  it('refuses an installer that is not an install key', () => {
    expect(() => installCommand([pytorch], 'brew', '/quickstart/')).toThrow('"brew" is not an installer. Use one of: uv, pip, conda, apt, docker, shell.');
  });
});

describe('toolIds', () => {
  it('reads one id or several separated by commas or spaces', () => {
    expect(toolIds('lightning')).toEqual(['lightning']);
    expect(toolIds('lightning, wandb datasets')).toEqual(['lightning', 'wandb', 'datasets']);
  });
});
