import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.dirname(new URL(import.meta.url).pathname);

// `server-only` throws outside React Server Components; under test the data-access layer runs in
// plain Node, so the guard is replaced by an empty module here (and only here). Next's entry points
// have no export map, so plain Node needs their file names.
// Limits that only catch a hang: a test fails on what it finds, never because a busy machine is slow
// (the restore drill took over 60 s on two cores shared with three other test runs).
const HANG = { testTimeout: 600_000, hookTimeout: 600_000 };

const shared = {
  resolve: {
    alias: [
      // The data-layer tests name the session a call runs under (tests/support/session.ts).
      { find: /^@\/lib\/auth\/session$/, replacement: path.join(root, 'tests/support/session.ts') },
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, 'tests/support/empty-module.ts') },
      { find: /^next\/headers$/, replacement: 'next/headers.js' },
    ],
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          ...HANG,
        },
      },
      {
        ...shared,
        test: {
          name: 'db:pglite',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/pglite-global.ts'],
          setupFiles: ['tests/support/use-pglite.ts'],
          env: { TEST_DATABASE: 'pglite', API_RATE_LIMIT_PER_MINUTE: '60' },
          ...HANG,
        },
      },
      {
        ...shared,
        test: {
          name: 'db:postgresql',
          include: ['tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/pglite-lock.test.ts'],
          globalSetup: ['tests/support/start-postgres.ts'],
          setupFiles: ['tests/support/use-postgres.ts'],
          env: { TEST_DATABASE: 'postgresql', API_RATE_LIMIT_PER_MINUTE: '60' },
          ...HANG,
        },
      },
    ],
  },
});
