/**
 * Finds a Chromium for the end-to-end tests, in this order: a browser installed by Playwright,
 * the system's /usr/bin/chromium, else (as root) Debian's `chromium` package installed with apt.
 * Prints which one it uses; stops with a one-line instruction when none can be had.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function systemChromium(): string | undefined {
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

export function provisionChromium(): string {
  const fromEnv = process.env['ATLAS_CHROMIUM'];
  if (fromEnv && existsSync(fromEnv)) {
    console.log(`browser: ${fromEnv} (from ATLAS_CHROMIUM)`);
    return fromEnv;
  }
  const playwrights = chromium.executablePath();
  if (playwrights && existsSync(playwrights)) {
    console.log(`browser: Playwright's Chromium at ${playwrights}`);
    return playwrights;
  }
  const system = systemChromium();
  if (system) {
    console.log(`browser: system Chromium at ${system}`);
    return system;
  }
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('browser: no Chromium found; installing Debian\'s "chromium" package with apt-get (running as root)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = systemChromium();
    if (installed) {
      console.log(`browser: installed system Chromium at ${installed}`);
      return installed;
    }
  }
  console.error(
    'browser: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`, or `npx playwright install chromium`) or set ATLAS_CHROMIUM=/path/to/chromium, then run npm test again.',
  );
  process.exit(1);
}
