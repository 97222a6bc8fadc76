// Writes client/persisted-documents.json, the trusted documents manifest: every operation of
// client/*.graphql with the fragments it uses, printed, keyed by the SHA-256 (hex) of that text.
// `--check` fails when the file is stale. graphql-codegen's persisted documents (same shape,
// keys possibly prefixed `sha256:`) may replace this script; the gateway accepts both.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type DefinitionNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';

const DIR = 'client';
const FILE = path.join(DIR, 'persisted-documents.json');

const definitions: DefinitionNode[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .flatMap((name) => parse(readFileSync(path.join(DIR, name), 'utf8')).definitions);
const fragments = new Map<string, FragmentDefinitionNode>();
for (const definition of definitions) {
  if (definition.kind === Kind.FRAGMENT_DEFINITION) {
    fragments.set(definition.name.value, definition);
  }
}

/** The fragments a definition spreads, transitively, in a stable order. */
function usedFragments(root: DefinitionNode): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const pending = [root];
  while (pending.length > 0) {
    visit(pending.pop() as DefinitionNode, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment) throw new Error(`Unknown fragment ${spread.name.value}`);
        if (!found.has(spread.name.value)) {
          found.set(spread.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...found.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
}

const manifest: Record<string, string> = {};
const operations = definitions.filter(
  (definition): definition is OperationDefinitionNode =>
    definition.kind === Kind.OPERATION_DEFINITION,
);
for (const operation of operations) {
  const text = print({
    kind: Kind.DOCUMENT,
    definitions: [operation, ...usedFragments(operation)],
  });
  manifest[createHash('sha256').update(text).digest('hex')] = text;
}
const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
const json = `${JSON.stringify(sorted, null, 2)}\n`;

if (process.argv[2] === '--check') {
  if (readFileSync(FILE, 'utf8') !== json) {
    console.error(`${FILE} is stale: run \`npx tsx scripts/persisted-manifest.ts\`.`);
    process.exit(1);
  }
  console.log(`${FILE} lists the ${operations.length} operations of ${DIR}/*.graphql`);
} else {
  writeFileSync(FILE, json);
  console.log(`wrote ${FILE}: ${operations.length} trusted documents`);
}
