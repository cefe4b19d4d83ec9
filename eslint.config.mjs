import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';
import dataGuard from './eslint-rules/data-guard.mjs';

const databaseModules = ['@/lib/db', '@/lib/db/*', '**/lib/db', '**/lib/db/*', 'drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*'];

/**
 * The layers of lib/, lowest first: a folder (or top-level module) imports only from lower layers, and
 * from the same layer only the `peers` named here; `refuses` names lower folders it must not use
 * either. Adding a folder to lib/ means adding it to this table.
 */
const layers = [
  { layer: 0, folder: 'env', peers: ['http'] },
  { layer: 0, folder: 'http', peers: ['ops'] },
  { layer: 0, folder: 'ops', peers: ['http'] },
  { layer: 0, folder: 'domain' },
  { layer: 0, folder: 'client-address' },
  { layer: 0, folder: 'feed' },
  { layer: 1, folder: 'db' },
  { layer: 1, folder: 'i18n' },
  { layer: 1, folder: 'map' },
  { layer: 1, folder: 'csv' },
  { layer: 1, folder: 'entry' },
  { layer: 2, folder: 'accounts', peers: ['auth'] },
  { layer: 2, folder: 'review' },
  { layer: 2, folder: 'rounds' },
  { layer: 2, folder: 'import' },
  { layer: 2, folder: 'auth' },
  { layer: 2, folder: 'charts' },
  { layer: 3, folder: 'dashboard' },
  { layer: 3, folder: 'cache' },
  { layer: 3, folder: 'mail' },
  // Data access hands out records; shaping them for views happens above it, in lib/dashboard and lib/api.
  { layer: 4, folder: 'data', refuses: ['dashboard', 'charts'] },
  { layer: 5, folder: 'api' },
];

/**
 * `@/lib/x`, or a relative path that climbs into lib/x: `../x/…` from inside a folder, `./x…` from a
 * module at the top of lib/ (lib/env.ts).
 */
function importOf(folder, fromTopModule) {
  return `^(@/lib/|${fromTopModule ? '\\./' : '(\\.\\./)+'})${folder}(/|\\.[cm]?[jt]sx?$|$)`;
}

/** Config blocks per folder that refuse every higher folder, every same-layer one not named a peer, and `refuses`. */
const layerBlocks = layers.flatMap(({ layer, folder, peers = [], refuses = [] }) => {
  const refused = layers.filter(
    (other) =>
      other.folder !== folder &&
      (other.layer > layer || (other.layer === layer && !peers.includes(other.folder)) || refuses.includes(other.folder)),
  );
  return [false, true].map((fromTopModule) => ({
    files: fromTopModule ? [`lib/${folder}.*`] : [`lib/${folder}/**`],
    ignores: ['**/*.test.*', '**/test-fixtures.*'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: refused.map((other) => ({
            regex: importOf(other.folder, fromTopModule),
            message: refuses.includes(other.folder)
              ? `lib/${folder} may not import lib/${other.folder}: see the layer table in eslint.config.mjs.`
              : `Imports point down only: lib/${folder} (layer ${layer}) may not import lib/${other.folder} (layer ${other.layer}).`,
          })),
        },
      ],
    },
  }));
});

/** Configuration is read and validated in one module (lib/env.ts). */
const readsEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read configuration through @/lib/env.',
};

/**
 * Figures (ratios, shares, sums over regions) are computed in lib/domain only, so every view shows the
 * same number: the folders that shape them for display divide and reduce nothing. Pixel layout is
 * arithmetic too; it lives in the layout modules named in the block below.
 */
const figureArithmetic = [
  { selector: "BinaryExpression[operator='/']", message: 'Compute figures in lib/domain (or layout in a layout module), not here.' },
  { selector: "AssignmentExpression[operator='/=']", message: 'Compute figures in lib/domain (or layout in a layout module), not here.' },
  {
    selector: "CallExpression[callee.property.name=/^reduce(Right)?$/]",
    message: 'Sums over figures belong in lib/domain: import the figure from there.',
  },
];

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
  ...layerBlocks,
  {
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'scripts/**/*.ts'],
    ignores: ['lib/env.ts'],
    rules: { 'no-restricted-syntax': ['error', readsEnv] },
  },
  {
    // A later block replaces no-restricted-syntax's options for its files: the env rule is repeated here.
    files: ['lib/charts/**', 'lib/dashboard/**', 'lib/api/**'],
    ignores: ['**/*.test.*', '**/test-fixtures.*', 'lib/charts/layout.ts'],
    rules: { 'no-restricted-syntax': ['error', readsEnv, ...figureArithmetic] },
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
