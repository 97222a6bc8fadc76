// Fails when client/generated is stale: generates into a scratch folder and compares the files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const committed = 'client/generated';
const scratch = mkdtempSync(path.join(tmpdir(), 'codegen-'));
execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
  env: { ...process.env, CODEGEN_OUT: `${scratch}/` },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const names = new Set([...readdirSync(committed), ...readdirSync(scratch)]);
const stale = [...names].filter((name) => {
  try {
    return (
      readFileSync(path.join(committed, name), 'utf8') !==
      readFileSync(path.join(scratch, name), 'utf8')
    );
  } catch {
    return true;
  }
});
if (stale.length > 0) {
  console.error(
    `client/generated is stale (${stale.join(', ')}): run \`npm run codegen\` and commit.`,
  );
  process.exit(1);
}
console.log('client/generated matches client/*.graphql and schema.graphql');
