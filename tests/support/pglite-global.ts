import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPgliteTemplate } from './pglite-template';

/** One initialised PGlite directory for the run; each test file starts from a copy (use-pglite.ts). */

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function pgliteTemplate(project: TestProject) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flk-pglite-template-'));
  const template = path.join(workDir, 'db');
  await createPgliteTemplate(template);
  project.provide('pgliteTemplate', template);
  return () => fs.rmSync(workDir, { recursive: true, force: true });
}
