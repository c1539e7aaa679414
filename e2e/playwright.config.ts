import { defineConfig, devices } from '@playwright/test';
import { readDeployTarget } from '../src/lib/site-config.ts';

const port = Number(process.env['ATLAS_E2E_PORT'] ?? 4329);
const { base } = readDeployTarget(process.env);
const nginxPort = Number(process.env['ATLAS_NGINX_PORT'] ?? 4330);
/** The build to test: dist/ by default, another folder for the sub-path deploy smoke run. */
const dist = process.env['ATLAS_DIST'] ?? 'dist';

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env['ATLAS_E2E_REPORT'] ?? '../test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      // scripts/test.ts provisions the browser and passes its path.
      ...(process.env['ATLAS_CHROMIUM'] ? { executablePath: process.env['ATLAS_CHROMIUM'] } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `node ../scripts/serve.ts --port ${port} --dir ../${dist}`,
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    // The shipped nginx configuration, for e2e/serving.spec.ts (root deploys only).
    ...(base === '/'
      ? [
          {
            command: `node ../scripts/nginx.ts --port ${nginxPort} --dir ../${dist}`,
            url: `http://127.0.0.1:${nginxPort}/`,
            reuseExistingServer: false,
            stdout: 'ignore' as const,
          },
        ]
      : []),
  ],
});
