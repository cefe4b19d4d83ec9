#!/usr/bin/env node
/**
 * `npm test`: every check, each on real parts.
 *   lint (ESLint, knip) · typecheck · unit tests · data-layer tests on PGlite · the same on a real
 *   PostgreSQL server (started and stopped by the test setup) · production build · end-to-end tests in
 *   Chromium · the cluster test (PostgreSQL, two instances and nginx, as deploy/ ships them).
 * `node scripts/test.mjs unit db` runs only those layers (lint, unit, db, e2e, cluster); the npm
 * scripts test:unit, test:db and test:e2e do that.
 *
 * Steps that do not compete for one resource run two at a time (TEST_JOBS changes it): the linters
 * side by side, the two databases side by side, the build beside whatever is left. Their output is
 * kept and printed whole when a step ends; the browser suites run alone and print as they go. The
 * first failing step stops the others, and the run ends with one summary line: "N passed, N failed",
 * after the fuzz suites' counts (each writes test-results/fuzz-<suite>.json).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const resultsDir = 'test-results';
fs.mkdirSync(resultsDir, { recursive: true });

const vitest = (project, layer) => {
  const report = `${resultsDir}/vitest-${project.replace(':', '-')}.json`;
  return {
    name: `vitest ${project}`,
    layer,
    command: ['npx', 'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
    report,
    count: () => countVitest(report),
  };
};

/**
 * In the order they start. `after`: steps that must have passed first; `alone`: nothing runs beside it
 * (the browser suites start servers and measure nothing, but a starved server makes a page slow).
 */
const steps = [
  { name: 'lint', layer: 'lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'typecheck', layer: 'lint', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'knip', layer: 'lint', command: ['npx', 'knip'] },
  vitest('unit', 'unit'),
  vitest('db:pglite', 'db'),
  vitest('db:postgresql', 'db'),
  { name: 'build', layer: ['e2e', 'cluster'], command: ['npx', 'next', 'build'] },
  { name: 'end-to-end (Chromium)', layer: 'e2e', after: ['build'], alone: true, command: ['npx', 'playwright', 'test'], count: () => countPlaywright(`${resultsDir}/playwright.json`) },
  { name: 'cluster (PostgreSQL, two instances, nginx)', layer: 'cluster', after: ['build'], alone: true, command: ['npx', 'playwright', 'test', '--config', 'playwright.cluster.config.ts'], count: () => countPlaywright(`${resultsDir}/playwright-cluster.json`) },
];

const layers = process.argv.slice(2);
const known = new Set(steps.flatMap((step) => step.layer));
for (const layer of layers) {
  if (!known.has(layer)) {
    console.error(`Unknown layer "${layer}". Use any of: ${[...known].join(', ')}.`);
    process.exit(2);
  }
}
const selected = steps.filter((step) => layers.length === 0 || [step.layer].flat().some((layer) => layers.includes(layer)));
const jobs = Math.max(1, Number(process.env.TEST_JOBS ?? 2));

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

/** Runs a step in a process group of its own (so that stopping it stops all it started). */
function run(step) {
  // A report left by an earlier run must not count for this one.
  if (step.report) fs.rmSync(step.report, { force: true });
  const child = spawn(step.command[0], step.command.slice(1), {
    detached: true,
    stdio: step.alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  const started = Date.now();
  const done = new Promise((resolve) => child.once('close', (status, signal) => resolve({ status: status ?? (signal ? 1 : 0) })));
  return { step, child, started, output, done };
}

function stop(running) {
  try {
    process.kill(-running.child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

let passed = 0;
let failed = 0;
const started = Date.now();
const finished = new Set();
const pending = [...selected];
const running = new Set();
const timings = [];

// The steps run in process groups of their own, which Ctrl-C in the terminal does not reach: pass it on.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const r of running) stop(r);
    process.exit(130);
  });
}

function canStart(step) {
  if ((step.after ?? []).some((name) => selected.some((s) => s.name === name) && !finished.has(name))) return false;
  if (step.alone) return running.size === 0;
  return running.size < jobs && ![...running].some((r) => r.step.alone);
}

function startReady() {
  for (const step of [...pending]) {
    // A step that must run alone holds back the ones after it, so that it is not starved of its turn.
    if (!canStart(step)) {
      if (step.alone) return;
      continue;
    }
    pending.splice(pending.indexOf(step), 1);
    if (step.alone) console.log(`\n=== ${step.name} ===`);
    running.add(run(step));
  }
}

startReady();
while (running.size > 0) {
  const current = await Promise.race([...running].map((r) => r.done.then((result) => ({ r, result }))));
  const { r, result } = current;
  running.delete(r);
  const seconds = Math.round((Date.now() - r.started) / 1000);
  timings.push(`${r.step.name} ${seconds} s`);
  if (!r.step.alone) {
    console.log(`\n=== ${r.step.name} ===`);
    process.stdout.write(Buffer.concat(r.output));
  }
  const counts = r.step.count?.();
  collectFuzzCounts();
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  // A failed test fails its step even if the tool's exit status says otherwise (a teardown can mask it).
  if (result.status !== 0 || (counts && counts.failed > 0)) {
    if (!counts || counts.failed === 0) failed += 1;
    for (const other of running) stop(other);
    await Promise.all([...running].map((other) => other.done));
    const stopped = [...running].map((other) => other.step.name);
    console.log(`\n✗ ${r.step.name} failed after ${seconds} s${stopped.length ? ` (stopped: ${stopped.join(', ')})` : ''}`);
    printFuzzCounts();
    console.log(`\n${passed} passed, ${failed} failed`);
    process.exit(result.status || 1);
  }
  finished.add(r.step.name);
  console.log(`✓ ${r.step.name} (${seconds} s)`);
  startReady();
}
printFuzzCounts();
console.log(`\nSteps: ${timings.join(' · ')}`);
console.log(`All checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(`${passed} passed, ${failed} failed`);
