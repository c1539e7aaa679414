import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      // Each fixture copies the project to a temp folder, breaks one thing and runs a real build.
      { test: { name: 'fixtures', include: ['scripts/**/*.test.ts'], testTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
