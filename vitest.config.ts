import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Vitest's default in a run is one worker less than the cores: one worker on a 2-core machine. Most
    // of the suite waits on child processes (the render child, pre-commit, tmux, Chromium, the built
    // binary), so two workers keep both cores busy.
    maxWorkers: 2,
    testTimeout: 30_000,
    // Tests run inside GitHub Actions must not append to that job's summary; the tests that check the
    // summary set their own file.
    env: { GITHUB_STEP_SUMMARY: '' },
    coverage: { provider: 'v8', include: ['src/**/*.ts'], reporter: ['text-summary'] },
  },
});
