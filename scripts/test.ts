/**
 * `npm test`: every check, in order, stopping at the first step that fails.
 *   1. typecheck (astro check)   2. unit tests (Vitest)   3. build
 *   4. build-output checks over dist/   5. bad-content fixtures (each must fail the build clearly)
 *   6. end-to-end tests (Playwright, Chromium) against the production build, and the serving tests
 *      against the shipped nginx configuration
 *   7. the same site built for a sub-path deploy (/atlas/): build, checks and a smoke suite
 * `--e2e-only` (npm run test:e2e) runs step 6 alone against an existing dist/; other arguments go to Playwright.
 * Ends with one summary line: "atlas: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { provisionChromium } from './provision-browser.ts';
import { provisionNginx } from './provision-nginx.ts';

interface Step {
  name: string;
  command: string;
  args: string[];
  /** JSON report with the step's test counts, if it runs tests. */
  report?: string;
}

const STEPS: Step[] = [
  { name: 'typecheck', command: 'astro', args: ['check'] },
  { name: 'unit tests', command: 'vitest', args: ['run', '--project', 'unit'], report: 'test-results/unit.json' },
  { name: 'build', command: 'astro', args: ['build'] },
  { name: 'build-output checks', command: 'node', args: ['scripts/check-dist.ts'] },
  { name: 'bad-content fixtures', command: 'vitest', args: ['run', '--project', 'fixtures'], report: 'test-results/fixtures.json' },
];
const E2E: Step = { name: 'end-to-end tests', command: 'playwright', args: ['test', '-c', 'e2e/playwright.config.ts'], report: 'test-results/e2e.json' };
/** The same content built for a sub-path deploy (/atlas/): links, assets, search and language switch. */
const SUBPATH = { ATLAS_BASE: '/atlas/', ATLAS_DIST: 'dist-atlas', ATLAS_E2E_REPORT: '../test-results/e2e-subpath.json' };
const SUBPATH_STEPS: Step[] = [
  { name: 'sub-path build', command: 'astro', args: ['build', '--outDir', SUBPATH.ATLAS_DIST] },
  { name: 'sub-path build-output checks', command: 'node', args: ['scripts/check-dist.ts', SUBPATH.ATLAS_DIST] },
  {
    name: 'sub-path smoke tests',
    command: 'playwright',
    args: ['test', '-c', 'e2e/playwright.config.ts', 'e2e/navigation.spec.ts', 'e2e/search.spec.ts', 'e2e/stack.spec.ts'],
    report: 'test-results/e2e-subpath.json',
  },
];

const e2eOnly = process.argv.includes('--e2e-only');
const playwrightArgs = process.argv.slice(2).filter((arg) => arg !== '--e2e-only');
const steps = e2eOnly ? [] : STEPS;
const reports = [...steps, E2E, ...(e2eOnly ? [] : SUBPATH_STEPS)].flatMap((step) => step.report ?? []);
const counts = { passed: 0, failed: 0 };

mkdirSync('test-results', { recursive: true });
for (const report of reports) rmSync(report, { force: true });

for (const step of steps) run(step);
const chromium = provisionChromium();
const nginx = provisionNginx();
run({ ...E2E, args: [...E2E.args, ...playwrightArgs] }, { ATLAS_CHROMIUM: chromium, ATLAS_NGINX: nginx });
if (!e2eOnly) for (const step of SUBPATH_STEPS) run(step, { ...SUBPATH, ATLAS_CHROMIUM: chromium });
summary();

function run(step: Step, extraEnv: Record<string, string> = {}): void {
  const reporterArgs = step.report && step.command === 'vitest' ? ['--reporter=default', '--reporter=json', `--outputFile=${step.report}`] : [];
  const args = [...step.args, ...reporterArgs];
  console.log(`\n▶ ${step.name}: ${step.command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    console.log(`✓ ${step.name} (${seconds}s)`);
    return;
  }
  // A step without a test report of its own (typecheck, build, dist checks) counts as one failure.
  if (!step.report || !existsSync(step.report)) counts.failed += 1;
  console.error(`\n✗ npm test stopped: "${step.name}" failed after ${seconds}s (exit ${result.status ?? result.signal}). Fix the problems listed above and run npm test again.`);
  summary();
  process.exit(1);
}

function summary(): void {
  for (const file of reports) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    if ('numPassedTests' in report) {
      counts.passed += report.numPassedTests;
      counts.failed += report.numFailedTests;
    } else if (report.stats) {
      counts.passed += report.stats.expected;
      counts.failed += report.stats.unexpected + report.stats.flaky;
    }
  }
  console.log(`\natlas: ${counts.passed} passed, ${counts.failed} failed`);
}
