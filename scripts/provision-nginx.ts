/**
 * Finds nginx for the serving tests: on the PATH or in /usr/sbin, else (as root on Debian/Ubuntu)
 * installs Debian's `nginx` package. Stops with a one-line instruction when none can be had.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES = [process.env['ATLAS_NGINX'], ...(process.env['PATH'] ?? '').split(':').map((dir) => join(dir, 'nginx')), '/usr/sbin/nginx'];

function locate(): string | undefined {
  return CANDIDATES.find((path): path is string => Boolean(path) && existsSync(path!));
}

export function findNginx(): string {
  const binary = locate();
  if (!binary) throw new Error('nginx not found: run `npm test` (it provisions nginx) or install Debian\'s nginx package.');
  return binary;
}

export function provisionNginx(): string {
  const found = locate();
  if (found) {
    console.log(`nginx: ${found}`);
    return found;
  }
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('nginx: not found; installing Debian\'s "nginx" package with apt-get (running as root)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env });
    const installed = locate();
    if (installed) {
      console.log(`nginx: installed ${installed}`);
      return installed;
    }
  }
  console.error('nginx: not found. Install it (Debian/Ubuntu: `sudo apt-get install nginx`) or set ATLAS_NGINX=/path/to/nginx, then run npm test again.');
  process.exit(1);
}
