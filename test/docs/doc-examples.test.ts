import { env } from 'cloudflare:workers';
import {
  type DocumentNode,
  getNamedType,
  isAbstractType,
  Kind,
  type OperationDefinitionNode,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import readme from '../../README.md?raw';
import {
  DEMO_EMMY_INVITE_TOKEN,
  DEMO_INVITE_TOKEN,
  demoSql,
} from '../../scripts/lib/demo-data.mjs';
import { schema } from '../../src/schema';
import { standIns } from '../ai/stand-ins';
import { gql, send } from '../helpers/client';
import { ANONYMOUS, type DocExample, docExamples } from './doc-examples';

// Every GraphQL example of the docs, run in the order a reader meets them, as the user the doc
// names, against the demo data `npm run dev` loads: it must be one named operation, valid, with
// all its variables and a `__typename` wherever it picks a member of a union or interface; it
// must answer without errors and with what the doc shows of its answer. A doc example that
// breaks fails here.

/** Every page of docs/ (a new one is included without a change here), the README first. */
const pages = import.meta.glob<string>('../../docs/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});
/** The order a reader meets them in the README's map, so state carries over as it would. */
const READING_ORDER = ['frontend', 'integrators', 'admins', 'operators', 'architecture'];
const rank = (path: string) => {
  const index = READING_ORDER.findIndex((name) => path.endsWith(`/${name}.md`));
  return index === -1 ? READING_ORDER.length : index;
};
const DOCS: [string, string][] = [
  ['README.md', readme],
  ...Object.entries(pages)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([path, text]): [string, string] => [path.replace('../../', ''), text]),
];

const parsed = DOCS.map(([file, text]) => docExamples(file, text));
const examples = parsed.flatMap((doc) => doc.examples);

/** The key the docs write in place of an AI provider's real one. */
const DOC_PROVIDER_KEY = 'sk-REPLACE-WITH-YOUR-OPENAI-KEY';

let restoreFetch: () => void = () => {};

beforeAll(async () => {
  const statements = demoSql().trim().split('\n');
  await env.DB.batch(statements.map((statement) => env.DB.prepare(statement)));
  // The admin examples add an OpenAI key and test it: a stand-in of OpenAI's API answers.
  restoreFetch = standIns({}, { openai: DOC_PROVIDER_KEY }).restore;
});

afterAll(() => restoreFetch());

function operationOf(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
}

/** The operation's name as written, for the test's title (the test checks it properly). */
const nameIn = (query: string) =>
  /\b(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1] ?? '(unnamed)';

/**
 * Paths of selections on a union or interface that pick members by type condition without also
 * asking `__typename`: a reader of such an answer cannot tell which member it got.
 */
function unionsWithoutTypename(document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const missing: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet(node) {
        const type = typeInfo.getParentType();
        if (!type || !isAbstractType(getNamedType(type))) return;
        const picksMembers = node.selections.some(
          (selection) =>
            (selection.kind === Kind.INLINE_FRAGMENT && selection.typeCondition) ||
            selection.kind === Kind.FRAGMENT_SPREAD,
        );
        const asksTypename = node.selections.some(
          (selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename',
        );
        if (picksMembers && !asksTypename) missing.push(type.name);
      },
    }),
  );
  return missing;
}

describe('the demo data', () => {
  it('opens both demo invite links as the docs give them', async () => {
    for (const token of [DEMO_INVITE_TOKEN, DEMO_EMMY_INVITE_TOKEN]) {
      expect(DOCS.some(([, text]) => text.includes(`/i/${token}`))).toBe(true);
      const page = await send(`/i/${token}`, { headers: { Accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Accept');
    }
  });
});

describe('the docs’ GraphQL examples', () => {
  it('are written so that each can be found and run', () => {
    expect(DOCS.map(([file]) => file).slice(0, 6)).toEqual([
      'README.md',
      ...READING_ORDER.map((name) => `docs/${name}.md`),
    ]);
    expect(parsed.flatMap((doc) => doc.problems)).toEqual([]);
    // Every ```graphql fence of the docs is an example (none hides from the parser).
    for (const [file, text] of DOCS) {
      const fences = text.match(/^\s*```graphql\s*$/gm) ?? [];
      expect(
        examples.filter((example) => example.file === file && example.from === 'graphql block'),
      ).toHaveLength(fences.length);
    }
    expect(examples.length).toBeGreaterThan(20);
  });

  it('have names that are unique across the docs', () => {
    const names = examples.map((example) => operationOf(parse(example.query))[0]?.name?.value);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it.each(
    examples.map(
      (example) => [`${example.file}:${example.line} ${nameIn(example.query)}`, example] as const,
    ),
  )('%s runs against the demo data as the doc says', async (_where, example: DocExample) => {
    const document = parse(example.query);
    const operations = operationOf(document);
    expect(operations, 'one operation per example').toHaveLength(1);
    const operation = operations[0] as OperationDefinitionNode;
    expect(operation.name?.value, 'a named operation').toBeTruthy();
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    expect(unionsWithoutTypename(document), 'a __typename where a union is shown').toEqual([]);

    const declared = (operation.variableDefinitions ?? []).map((definition) => ({
      name: definition.variable.name.value,
      hasDefault: definition.defaultValue !== undefined,
    }));
    const given = example.variables ?? {};
    expect(
      declared.filter((variable) => !variable.hasDefault && !(variable.name in given)),
      'every variable without a default is given',
    ).toEqual([]);
    expect(
      Object.keys(given).filter((name) => !declared.some((variable) => variable.name === name)),
      'no variable the operation does not declare',
    ).toEqual([]);

    const answer = await gql(
      example.query,
      given,
      example.as === ANONYMOUS ? {} : { as: example.as },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    if (example.response) {
      expect({ data: answer.data, extensions: answer.extensions }).toMatchObject(example.response);
    }
  });
});
