// The breaking-change gate: compares schema.graphql with the released baseline
// (schema.baseline.graphql, refreshed by `npm run schema:release` when a release is cut).
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { blockingChanges } from './lib/schema-compat-rules.ts';

const BASELINE = 'schema.baseline.graphql';
const CURRENT = 'schema.graphql';

if (process.argv[2] === '--release') {
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
