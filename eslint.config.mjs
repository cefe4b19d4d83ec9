import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';
import dataGuard from './eslint-rules/data-guard.mjs';

const databaseModules = ['@/lib/db', '@/lib/db/*', '**/lib/db', '**/lib/db/*', 'drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*'];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores(['.next/**', 'node_modules/**', 'drizzle/**', '.data/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
  {
    // The data-access layer (lib/data) is the only road to the database from the UI: it establishes
    // the viewer and applies the published-only and region scopes. Components get data as props.
    files: ['app/**', 'components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: databaseModules, message: 'Read and write through the data-access layer (@/lib/data).' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: databaseModules, message: 'Read and write through the data-access layer (@/lib/data).' },
            {
              group: ['@/lib/data', '@/lib/data/*'],
              allowTypeImports: true,
              message: 'Components receive data as props; only types may come from the data-access layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Configuration is read and validated in one module.
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'scripts/**/*.ts'],
    ignores: ['lib/env.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through @/lib/env.',
        },
      ],
    },
  },
  {
    // Every export of the data-access layer goes through its guard kit (lib/data/guard.ts).
    files: ['lib/data/**/*.ts'],
    ignores: ['lib/data/internal/**', 'lib/data/guard.ts', '**/*.test.ts'],
    plugins: { 'data-guard': dataGuard },
    rules: { 'data-guard/guarded-exports': 'error' },
  },
  {
    // The unchecked internals are for lib/data alone (and the account command and tests, which are not listed).
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts'],
    ignores: ['lib/data/**'],
    plugins: { 'data-guard': dataGuard },
    rules: { 'data-guard/no-internal-imports': 'error' },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
]);
