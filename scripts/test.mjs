#!/usr/bin/env node
/**
 * `npm test`: every check, in order, each on real parts.
 *   lint · typecheck · unit tests · data-layer tests on PGlite · the same on a real PostgreSQL server
 *   (started and stopped by the test setup) · production build · end-to-end tests in Chromium · the
 *   cluster test (PostgreSQL, two instances and nginx, as deploy/ ships them).
 * Stops at the first failing step and ends with one summary line: "N passed, N failed", after the
 * fuzz suites' counts (each writes test-results/fuzz-<suite>.json).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const resultsDir = 'test-results';
fs.mkdirSync(resultsDir, { recursive: true });

const vitest = (project) => ({
  name: `vitest ${project}`,
  command: ['npx', 'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${resultsDir}/vitest-${project.replace(':', '-')}.json`],
  count: () => countVitest(`${resultsDir}/vitest-${project.replace(':', '-')}.json`),
});

const steps = [
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  vitest('unit'),
  vitest('db:pglite'),
  vitest('db:postgresql'),
  { name: 'build', command: ['npx', 'next', 'build'] },
  { name: 'end-to-end (Chromium)', command: ['npx', 'playwright', 'test'], count: () => countPlaywright(`${resultsDir}/playwright.json`) },
  { name: 'cluster (PostgreSQL, two instances, nginx)', command: ['npx', 'playwright', 'test', '--config', 'playwright.cluster.config.ts'], count: () => countPlaywright(`${resultsDir}/playwright-cluster.json`) },
];

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest(file) {
  const report = readJson(file);
  return report ? { passed: report.numPassedTests, failed: report.numFailedTests } : null;
}

function countPlaywright(file) {
  const report = readJson(file);
  return report ? { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky } : null;
}

/** The fuzz suites' counts, read after each step (Playwright empties test-results/ when it starts). */
const fuzzCounts = new Map();
function collectFuzzCounts() {
  for (const file of fs.readdirSync(resultsDir).filter((name) => /^fuzz-.+\.json$/.test(name))) {
    const counts = readJson(`${resultsDir}/${file}`);
    if (counts) fuzzCounts.set(counts.suite, counts);
  }
}
function printFuzzCounts() {
  if (fuzzCounts.size === 0) return;
  console.log('\nFuzz suites (fixed seed):');
  let total = 0;
  for (const c of fuzzCounts.values()) {
    total += c.inputs;
    console.log(`  ${c.suite}: ${c.inputs} inputs, ${c.refused} refused, ${c.accepted} accepted; ${c.serverErrors} server errors, ${c.writesOnRefusal} writes on refusal`);
  }
  console.log(`  all: ${total} generated inputs`);
}

let passed = 0;
let failed = 0;
const started = Date.now();
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const stepStart = Date.now();
  const result = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const counts = step.count?.();
  collectFuzzCounts();
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(0);
  // A failed test fails its step even if the tool's exit status says otherwise (a teardown can mask it).
  if (result.status !== 0 || (counts && counts.failed > 0)) {
    if (!counts || counts.failed === 0) failed += 1;
    console.log(`\n✗ ${step.name} failed after ${seconds} s`);
    printFuzzCounts();
    console.log(`\n${passed} passed, ${failed} failed`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${step.name} (${seconds} s)`);
}
printFuzzCounts();
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`${passed} passed, ${failed} failed`);
