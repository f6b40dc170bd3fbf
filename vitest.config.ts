import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    // Tests run inside GitHub Actions must not append to that job's summary; the tests that check the
    // summary set their own file.
    env: { GITHUB_STEP_SUMMARY: '' },
    coverage: { provider: 'v8', include: ['src/**/*.ts'], reporter: ['text-summary'] },
  },
});
