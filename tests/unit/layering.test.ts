import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The data-access layer is the only road to the database: the lint rules that enforce it are part of
// `npm test`, and this proves they fire on exactly the imports that would bypass it.
const eslint = new ESLint({ cwd: path.resolve(__dirname, '../..') });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(__dirname, '../..', file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

// ESLint's first run loads every plugin and config; do it once before the timed tests.
beforeAll(async () => {
  await problems('lib/probe.ts', 'export const x = 1;\n');
});

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
  });

  it('allow pages to call the data-access layer and components to import its types', async () => {
    expect(await problems('app/probe.tsx', "import { getDashboardData } from '@/lib/data/dashboard';\nexport const x = getDashboardData;\n")).toEqual([]);
    expect(await problems('components/probe.tsx', "import type { PublishedRecord } from '@/lib/data/published-record';\nexport type X = PublishedRecord;\n")).toEqual([]);
  });

  it('refuse reading process.env outside lib/env.ts', async () => {
    expect((await problems('lib/data/probe.ts', 'export const x = process.env.DATABASE_URL;\n')).join('\n')).toMatch(/no-restricted-syntax/);
    expect(await problems('lib/env.ts', 'export const x = process.env.DATABASE_URL;\n')).toEqual([]);
  });
});
