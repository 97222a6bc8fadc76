// Prints the schema as sorted SDL (`--write` updates schema.graphql; `--check` fails on drift).
import { readFileSync, writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../src/schema/index.ts';

const FILE = 'schema.graphql';
const sdl = `${printSchema(schema)}\n`;
const mode = process.argv[2];
if (mode === '--write') {
  writeFileSync(FILE, sdl);
  console.log(`wrote ${FILE}`);
} else if (mode === '--check') {
  const current = readFileSync(FILE, 'utf8');
  if (current !== sdl) {
    console.error(`${FILE} is stale: run \`npm run sdl\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${FILE} matches the built schema`);
} else {
  process.stdout.write(sdl);
}
