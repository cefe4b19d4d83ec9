import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The data-access layer is the only road to the database, and lib/ is layered so that imports only
// point down: the lint rules that enforce both are part of `npm test`, and this proves they fire on
// exactly the imports that would break them. No test here has a short time limit: a busy machine
// makes ESLint slow, never wrong.
const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });
const slowMachine = 120_000;

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

// Uses the import without exporting it, so lib/data's guard rule (every export through the kit) stays out of it.
function importing(module: string): string {
  return `import { value } from '${module}';\nvoid value;\n`;
}

// ESLint's first run loads every plugin and config (seconds on a busy machine): do it once, up front.
beforeAll(async () => {
  await problems('lib/probe.ts', 'export const x = 1;\n');
}, slowMachine);

describe('layering rules', () => {
  it.each([
    ['app/probe.tsx', '@/lib/db/client', 'getConnection'],
    ['app/probe.tsx', 'drizzle-orm', 'eq'],
    ['components/probe.tsx', 'postgres', 'default'],
    ['components/probe.tsx', '@electric-sql/pglite', 'PGlite'],
    ['components/probe.tsx', '@/lib/data/dashboard', 'getDashboardData'],
  ])('refuse %s importing %s', async (file, module, name) => {
    const code = `import { ${name} as imported } from '${module}';\nexport const x = imported;\n`;
    expect((await problems(file, code)).join('\n')).toMatch(/no-restricted-imports/);
  }, slowMachine);

  it('allow pages to call the data-access layer and components to import its types', async () => {
    expect(await problems('app/probe.tsx', "import { getDashboardData } from '@/lib/data/dashboard';\nexport const x = getDashboardData;\n")).toEqual([]);
    expect(await problems('components/probe.tsx', "import type { PublishedRecord } from '@/lib/data/published-record';\nexport type X = PublishedRecord;\n")).toEqual([]);
  }, slowMachine);

  it('refuse reading process.env outside lib/env.ts', async () => {
    expect((await problems('lib/data/probe.ts', 'export const x = process.env.DATABASE_URL;\n')).join('\n')).toMatch(/no-restricted-syntax/);
    expect(await problems('lib/env.ts', 'export const x = process.env.DATABASE_URL;\n')).toEqual([]);
  }, slowMachine);
});

describe('imports point down only', () => {
  it.each([
    // Each rule of the layer table, by the imports that used to run back up or that its layer forbids.
    ['lib/charts/probe.ts', '@/lib/dashboard/view-export'],
    ['lib/dashboard/probe.ts', '@/lib/api/http'],
    ['lib/import/probe.ts', '@/lib/api/bulk'],
    ['lib/csv/probe.ts', '@/lib/api/http'],
    ['lib/auth/probe.ts', '@/lib/data/accounts'],
    ['lib/ops/probe.ts', '@/lib/data/health'],
    ['lib/data/probe.ts', '@/lib/dashboard/table-rows'],
    ['lib/data/probe.ts', '@/lib/charts/common'],
    ['lib/domain/probe.ts', '@/lib/db/client'],
    ['lib/domain/probe.ts', '@/lib/i18n/format'],
    ['lib/db/probe.ts', '@/lib/data/dashboard'],
    ['lib/cache/probe.ts', '@/lib/api/http'],
    ['lib/charts/probe.ts', '@/lib/import/plan'],
    // Relative paths that climb out of a folder, and from a module at the top of lib/.
    ['lib/http/probe.mjs', '../data/health'],
    ['lib/db/seed/probe.ts', '../../charts/common'],
    ['lib/env.ts', './data/health'],
  ])('refuse %s importing %s', async (file, module) => {
    expect((await problems(file, importing(module))).join('\n')).toMatch(/no-restricted-imports: .*Imports point down|lib\/data may not import/);
  }, slowMachine);

  it('refuse type-only imports that run back up too: types live with their producer', async () => {
    const code = "import type { ExportTable } from '@/lib/dashboard/view-export';\nexport type X = ExportTable;\n";
    expect((await problems('lib/charts/probe.ts', code)).join('\n')).toMatch(/no-restricted-imports/);
  }, slowMachine);

  it.each([
    ['lib/charts/probe.ts', '@/lib/domain/metrics'],
    ['lib/charts/probe.ts', '@/lib/i18n/format'],
    ['lib/dashboard/probe.ts', '@/lib/charts/labels'],
    ['lib/dashboard/probe.ts', '@/lib/csv/write'],
    ['lib/import/probe.ts', '@/lib/csv/write'],
    ['lib/api/probe.ts', '@/lib/data/dashboard'],
    ['lib/api/probe.ts', '@/lib/dashboard/table-rows'],
    ['lib/data/probe.ts', '@/lib/db/client'],
    ['lib/auth/probe.ts', '@/lib/db/client'],
    ['lib/accounts/probe.ts', '@/lib/auth/password-policy'],
    ['lib/http/probe.mjs', '../ops/metrics.mjs'],
    ['lib/env.ts', './http/site.mjs'],
    ['lib/charts/probe.ts', './map-option'],
    ['lib/db/seed/probe.ts', '../schema'],
    ['lib/charts/probe.test.ts', '@/lib/api/http'],
  ])('allow %s importing %s', async (file, module) => {
    expect(await problems(file, importing(module))).toEqual([]);
  }, slowMachine);

  // A folder added to lib/ without a line in the layer table would be unchecked: every folder must
  // refuse the top layer (lib/api), and lib/api itself must be in the table.
  const folders = readdirSync(path.join(root, 'lib'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  it.each(folders.filter((folder) => folder !== 'api'))('know lib/%s: it may not import lib/api', async (folder) => {
    expect((await problems(`lib/${folder}/probe.ts`, importing('@/lib/api/http'))).join('\n')).toMatch(/no-restricted-imports/);
  }, slowMachine);

  it('know lib/api: the top of lib/ imports anything below it', async () => {
    expect(folders).toContain('api');
    expect(await problems('lib/api/probe.ts', importing('@/lib/cache/refresh'))).toEqual([]);
  }, slowMachine);
});

describe('figures are computed in lib/domain only', () => {
  const share = 'export const share = (named: number, residents: number) => named / residents;\n';
  const sum = 'export const total = (values: number[]) => values.reduce((a, b) => a + b, 0);\n';

  it.each(['lib/charts/probe.ts', 'lib/dashboard/probe.ts', 'lib/api/probe.ts'])('refuse division and sums in %s', async (file) => {
    expect((await problems(file, share)).join('\n')).toMatch(/no-restricted-syntax: Compute figures in lib\/domain/);
    expect((await problems(file, sum)).join('\n')).toMatch(/no-restricted-syntax: Sums over figures belong in lib\/domain/);
    // The env rule shares no-restricted-syntax with this one and must survive in these folders.
    expect((await problems(file, 'export const x = process.env.DATABASE_URL;\n')).join('\n')).toMatch(/Read configuration through/);
  }, slowMachine);

  it('allow them in lib/domain, in tests, and on a pixel line that says so', async () => {
    expect(await problems('lib/domain/probe.ts', share + sum)).toEqual([]);
    expect(await problems('lib/charts/probe.test.ts', share + sum)).toEqual([]);
    const pixels = 'const HEIGHT = 14;\n// eslint-disable-next-line no-restricted-syntax -- pixels\nexport const middle = HEIGHT / 2;\n';
    expect(await problems('lib/charts/probe.ts', pixels)).toEqual([]);
  }, slowMachine);
});
