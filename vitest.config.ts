import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts', 'test/fc-seed.ts'],
    // Fuzz and probe details go to reports/test-details/; their summaries print once at the end.
    globalSetup: ['test/global-setup.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: {
        lines: 100,
        branches: 100,
        functions: 100,
        statements: 100,
      },
    },
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
