// The breaking-change gate: compares schema.graphql with the released baseline
// (schema.baseline.graphql, refreshed by `npm run schema:release` when a release is cut).
// `npm run schema:release -- --usage usage.json [--days 30]` first refuses to release a schema
// that removes a field some client selected in the last N days (scripts/lib/usage-gate.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { blockingChanges } from './lib/schema-compat-rules.ts';
import { describeStillUsed, usageGate } from './lib/usage-gate.ts';

const BASELINE = 'schema.baseline.graphql';
const CURRENT = 'schema.graphql';

const { values } = parseArgs({
  options: {
    release: { type: 'boolean', default: false },
    usage: { type: 'string' },
    days: { type: 'string', default: '30' },
  },
});

if (values.release) {
  if (values.usage !== undefined) {
    const days = Number(values.days);
    if (!Number.isInteger(days) || days < 1) {
      console.error(`--days must be a whole number of days, not "${values.days}"`);
      process.exit(1);
    }
    const { stillUsed, problems } = usageGate(
      buildSchema(readFileSync(BASELINE, 'utf8')),
      buildSchema(readFileSync(CURRENT, 'utf8')),
      JSON.parse(readFileSync(values.usage, 'utf8')),
      days,
      new Date(),
    );
    for (const problem of problems) console.error(problem);
    if (stillUsed.length > 0) console.error(describeStillUsed(stillUsed, days));
    if (problems.length > 0 || stillUsed.length > 0) process.exit(1);
    console.log(`No field removed since ${BASELINE} was used in the last ${days} days`);
  }
  writeFileSync(BASELINE, readFileSync(CURRENT, 'utf8'));
  console.log(`${BASELINE} now holds the released schema`);
} else {
  const baseline = buildSchema(readFileSync(BASELINE, 'utf8'));
  const current = buildSchema(readFileSync(CURRENT, 'utf8'));
  const blocking = blockingChanges(baseline, current);
  if (blocking.length > 0) {
    console.error('Breaking schema changes (deprecate first, remove in a later release):');
    for (const change of blocking) console.error(`  ${change.type}: ${change.description}`);
    process.exit(1);
  }
  console.log(`${CURRENT} keeps every promise of ${BASELINE}`);
}
