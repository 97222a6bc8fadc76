// Fails when client/generated or test/generated is stale: generates both into a scratch folder and
// compares the files. Also fails when a test operation or fragment takes the name of a client one:
// the two sets are generated apart, so codegen alone would not see the clash.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';

/** The names of the operations and fragments of the .graphql files of `folder`. */
const definitionNames = (folder: string) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) =>
      parse(readFileSync(path.join(folder, file), 'utf8')).definitions.flatMap((definition) =>
        'name' in definition && definition.name ? [definition.name.value] : [],
      ),
    );
const clientNames = new Set(definitionNames('client'));
const clashes = definitionNames('test/documents').filter((name) => clientNames.has(name));
if (clashes.length > 0) {
  console.error(`test/documents reuses names of client/ operations: ${clashes.join(', ')}.`);
  process.exit(1);
}

const outputs = ['client/generated', 'test/generated'];
const scratch = mkdtempSync(path.join(tmpdir(), 'codegen-'));
execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
  env: { ...process.env, CODEGEN_ROOT: `${scratch}/` },
  stdio: ['ignore', 'ignore', 'inherit'],
});

const filesOf = (folder: string) => {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
};
const stale = outputs.flatMap((output) => {
  const fresh = path.join(scratch, output);
  const names = new Set([...filesOf(output), ...filesOf(fresh)]);
  return [...names]
    .filter((name) => {
      try {
        return (
          readFileSync(path.join(output, name), 'utf8') !==
          readFileSync(path.join(fresh, name), 'utf8')
        );
      } catch {
        return true;
      }
    })
    .map((name) => `${output}/${name}`);
});
if (stale.length > 0) {
  console.error(
    `Generated files are stale (${stale.join(', ')}): run \`npm run codegen\` and commit.`,
  );
  process.exit(1);
}
console.log(
  'client/generated and test/generated match client/*.graphql, test/documents/*.graphql and schema.graphql',
);
