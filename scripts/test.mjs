// `npm test`: every check, in order, stopping at the first failure, with one summary line last
// (what a reader of a long CI log looks for first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const VITEST_REPORT = 'test-results/vitest.json';

const steps = [
  ['GraphiQL assets', 'node', ['scripts/copy-graphiql-assets.mjs']],
  ['Biome', 'npx', ['biome', 'check', '.']],
  ['tsc', 'npx', ['tsc', '--noEmit']],
  ['import layering', 'npx', ['tsx', 'scripts/check-imports.ts']],
  ['SDL drift', 'npx', ['tsx', 'scripts/sdl.ts', '--check']],
  ['breaking changes', 'npx', ['tsx', 'scripts/schema-compat.ts']],
  ['codegen staleness', 'npx', ['tsx', 'scripts/codegen-check.ts']],
  [
    'vitest (workerd)',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${VITEST_REPORT}`,
    ],
  ],
  ['browser (Chromium)', 'node', ['--test', '--test-concurrency=1', 'test/browser/']],
];

mkdirSync('test-results', { recursive: true });
const started = Date.now();
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;
const timings = [];
for (const [name, command, args] of steps) {
  const stepStarted = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  timings.push(`${name} ${seconds(stepStarted)}`);
  if (status !== 0) {
    console.error(
      `\nnpm test: FAILED at "${name}" after ${seconds(started)} (${timings.join(', ')})`,
    );
    process.exit(status ?? 1);
  }
}

let vitest = '';
if (existsSync(VITEST_REPORT)) {
  const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8'));
  vitest = `; vitest ${report.numPassedTests}/${report.numTotalTests} tests in ${report.numTotalTestSuites} suites`;
}
console.log(
  `\nnpm test: all ${steps.length} checks passed in ${seconds(started)}${vitest} (${timings.join(', ')})`,
);
