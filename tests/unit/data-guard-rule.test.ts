import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The guard kit is only a rule if nothing can go around it: these probe files show the lint rules
// firing on an unguarded export of lib/data and on an import of its unchecked internals, and staying
// quiet on correct code.
const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message).filter((id) => id.startsWith('data-guard/') || !id.includes('/'));
}

// ESLint's first run loads every plugin and config: done once here, not inside a test.
beforeAll(async () => {
  await ruleIds('lib/data/probe.ts', 'export type X = number;\n');
});

const guarded = "import { adminRead, publicRead } from './guard';\n";

describe('data-guard/guarded-exports', () => {
  it.each([
    ['a function', 'export async function leak() {\n  return 1;\n}\n'],
    ['an arrow function', 'export const leak = async () => 1;\n'],
    ['a call of something else', "import { cache } from 'react';\nexport const leak = cache(async () => 1);\n"],
    ['a value re-exported', "export { createAccount } from './internal/accounts';\n"],
    ['a local value exported by name', 'const leak = async () => 1;\nexport { leak };\n'],
    ['everything of a module', "export * from './internal/accounts';\n"],
    ['a kit name not imported from the kit', 'const adminRead = (fn: () => Promise<number>) => fn;\nexport const leak = adminRead(async () => 1);\n'],
    ['a kit name imported from another guard', "import { adminRead } from '@/lib/http/guard';\nexport const leak = adminRead(async () => 1);\n"],
    ['a class', 'export class Leak {}\n'],
  ])('fires on %s', async (_name, code) => {
    expect(await ruleIds('lib/data/probe.ts', code)).toContain('data-guard/guarded-exports');
  });

  it('stays quiet on guarded functions, types and plain constants', async () => {
    const code = `${guarded}export const list = adminRead(async () => [1]);\nexport const open = publicRead(async () => 2);\nexport type Row = { id: number };\nexport interface Item {\n  id: number;\n}\nexport type { Viewer } from './internal/accounts';\nexport const LIMIT = 20 * 1024;\nexport const KINDS = ['a', 'b'] as const;\n`;
    expect(await ruleIds('lib/data/probe.ts', code)).toEqual([]);
  });

  it('leaves lib/data/internal alone', async () => {
    expect(await ruleIds('lib/data/internal/probe.ts', 'export async function unchecked() {\n  return 1;\n}\n')).toEqual([]);
  });
});

describe('data-guard/no-internal-imports', () => {
  it.each([
    ['app/probe.tsx', '@/lib/data/internal/accounts'],
    ['components/probe.tsx', '@/lib/data/internal/sessions'],
    ['lib/api/probe.ts', '@/lib/data/internal/limits'],
    ['lib/api/probe.ts', '../data/internal/limits'],
  ])('fires in %s importing %s', async (file, module) => {
    expect(await ruleIds(file, `import { thing } from '${module}';\nexport const x = thing;\n`)).toContain('data-guard/no-internal-imports');
  });

  it('lets lib/data use its internals and everyone else the guarded modules', async () => {
    expect(await ruleIds('lib/data/probe.ts', `${guarded}import { createAccount } from './internal/accounts';\nexport const make = adminRead(async () => createAccount);\n`)).toEqual([]);
    expect(await ruleIds('app/probe.tsx', "import { listAccounts } from '@/lib/data/account-admin';\nexport const x = listAccounts;\n")).toEqual([]);
  });
});
