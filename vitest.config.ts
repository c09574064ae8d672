import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './test/plain-summary-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/build-dist.ts'],
    testTimeout: 30000,
    pool: 'forks',
    // Vitest's default on 2 cores is one worker (cores − 1): every file would run in turn while
    // many of them wait on child processes (registry installs, Chromium, the language server).
    maxWorkers: 2,
    reporters: ['default', new PlainSummaryReporter()],
  },
});
