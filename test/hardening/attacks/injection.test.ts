import {
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../../src/schema';
import { uid } from '../../helpers/seed';
import {
  type Answer,
  answerOf,
  cast,
  changedTables,
  database,
  echoes,
  errorCodes,
  fingerprint,
  post,
  reportAttacks,
  STACK_OR_SQL,
  settled,
  setUpAttacks,
  tally,
  withoutEchoes,
} from './harness';

// Injection attacks: SQL metacharacters and over-long values in every argument of every mutation,
// from the schema. A payload may be refused (nothing written) or stored as text (no table lost rows).

beforeAll(setUpAttacks, 30_000);
afterAll(() => reportAttacks('injection'));

const SQL_PAYLOAD = `'; DROP TABLE users; -- " OR 1=1 /* %' UNION SELECT token_hash FROM api_tokens -- \\' ) ; DELETE FROM workspaces WHERE '1'='1`;
const LONG_PAYLOAD = `${'A'.repeat(20_000)}'--`;
const CONTROL_PAYLOAD = "\u0000\u202e'; --\n\r\u0008";
echoes.push(SQL_PAYLOAD, LONG_PAYLOAD, CONTROL_PAYLOAD, `${btoa(`Workspace:${SQL_PAYLOAD}`)}`);

/** Payloads for one leaf input type. */
function payloadsFor(type: GraphQLNamedType): unknown[] {
  if (isEnumType(type)) return ["NOT_A_VALUE'; --"];
  if (!isScalarType(type)) return [];
  switch (type.name) {
    case 'Boolean':
      return [];
    case 'Int':
      return [2147483647, -2147483648];
    case 'Float':
      return [1e308, -1e308];
    case 'ID':
      return [SQL_PAYLOAD, btoa(`Workspace:${SQL_PAYLOAD}`), LONG_PAYLOAD];
    case 'DateTime':
      return [`2030-01-01T00:00:00Z${SQL_PAYLOAD}`, LONG_PAYLOAD];
    default:
      return [SQL_PAYLOAD, LONG_PAYLOAD, CONTROL_PAYLOAD];
  }
}

/** A valid-looking value for a field the attack does not target. */
function placeholder(type: GraphQLInputType, fieldName: string): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [placeholder(inner.ofType, fieldName)];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0]?.name;
  if (isInputObjectType(named)) return fill(named);
  switch (named.name) {
    case 'Boolean':
      return false;
    case 'Int':
    case 'Float':
      return 1;
    case 'DateTime':
      return '2030-01-01T00:00:00Z';
    case 'ID': {
      // `workspaceId` names a Workspace: the attacker's own, so resolvers get past the lookup.
      const typename = fieldName.replace(/Ids?$/, '');
      const capitalized = typename.charAt(0).toUpperCase() + typename.slice(1);
      if (capitalized === 'Workspace') return btoa(`Workspace:${cast.attackerWorkspace}`);
      if (capitalized === 'User') return btoa(`User:${cast.attacker}`);
      return btoa(`${capitalized || 'Node'}:${uid('missing')}`);
    }
    default:
      return 'placeholder';
  }
}

/** An input object with its required fields filled with placeholders. */
function fill(type: GraphQLInputType): Record<string, unknown> {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return {};
  const result: Record<string, unknown> = {};
  for (const field of Object.values(named.getFields())) {
    if (isNonNullType(field.type) && field.defaultValue === undefined) {
      result[field.name] = placeholder(field.type, field.name);
    }
  }
  return result;
}

interface LeafPosition {
  path: string;
  leaf: GraphQLNamedType;
  /** The whole argument value with `payload` at this position and placeholders elsewhere. */
  build: (payload: unknown) => unknown;
}

/** Every leaf position inside an argument's type, through lists and nested input objects. */
function leafPositions(type: GraphQLInputType, depth = 0): LeafPosition[] {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    return leafPositions(nullable.ofType, depth).map((p) => ({
      ...p,
      build: (payload) => [p.build(payload)],
    }));
  }
  const named = getNamedType(nullable);
  if (isLeafType(named)) return [{ path: '', leaf: named, build: (payload) => payload }];
  if (!isInputObjectType(named) || depth > 3) return [];
  return Object.values(named.getFields()).flatMap((field) =>
    leafPositions(field.type, depth + 1).map((p) => ({
      path: `.${field.name}${p.path}`,
      leaf: p.leaf,
      build: (payload: unknown) => ({ ...fill(named), [field.name]: p.build(payload) }),
    })),
  );
}

interface FuzzCase {
  mutation: string;
  path: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Every leaf position of every argument of every mutation, each with each payload for its type. */
function fuzzCases(): FuzzCase[] {
  const mutationType = schema.getMutationType();
  if (!mutationType) return [];
  const errorType = schema.getType('Error');
  const cases: FuzzCase[] = [];
  for (const field of Object.values(mutationType.getFields())) {
    const returns = getNamedType(field.type);
    let selection = '';
    if (isObjectType(returns)) selection = '{ __typename }';
    else if (isUnionType(returns) || isInterfaceType(returns)) {
      const hasErrors =
        errorType &&
        isInterfaceType(errorType) &&
        schema.getPossibleTypes(returns).some((t) => t.getInterfaces().includes(errorType));
      selection = hasErrors ? '{ __typename ... on Error { code message } }' : '{ __typename }';
    }
    const declarations = field.args.map((arg, i) => `$a${i}: ${String(arg.type)}`).join(', ');
    const passes = field.args.map((arg, i) => `${arg.name}: $a${i}`).join(', ');
    const query = `mutation Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${passes ? `(${passes})` : ''} ${selection} }`;
    const required = Object.fromEntries(
      field.args.flatMap((arg, i) =>
        isNonNullType(arg.type) && arg.defaultValue === undefined
          ? [[`a${i}`, placeholder(arg.type, arg.name)]]
          : [],
      ),
    );
    field.args.forEach((arg, i) => {
      for (const position of leafPositions(arg.type)) {
        for (const payload of payloadsFor(position.leaf)) {
          cases.push({
            mutation: field.name,
            path: `${arg.name}${position.path}`,
            query,
            variables: { ...required, [`a${i}`]: position.build(payload) },
          });
        }
      }
    });
  }
  return cases;
}

/** Whether a mutation's result is a success (not one of the typed errors, not null). */
function succeeded(answer: Answer, mutation: string): boolean {
  if (answer.body?.errors?.length) return false;
  const result = answer.body?.data?.[mutation] as { __typename?: string } | null | undefined;
  if (result === null || result === undefined) return false;
  if (typeof result !== 'object' || !result.__typename) return true;
  const type = schema.getType(result.__typename);
  return !(isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Error'));
}

describe('SQL metacharacters and over-long strings in every mutation argument', () => {
  it('answers every one without a 5xx or a leak, and writes nothing when it refuses', async () => {
    const cases = fuzzCases();
    // Every mutation that takes arguments is attacked: mutations added later join automatically.
    const attacked = new Set(cases.map((c) => c.mutation));
    const withArguments = Object.values(schema.getMutationType()?.getFields() ?? {})
      .filter((field) => field.args.length > 0)
      .map((field) => field.name);
    expect(withArguments.filter((name) => !attacked.has(name))).toEqual([]);
    for (const fuzz of cases) {
      const label = `fuzz: ${fuzz.mutation}(${fuzz.path})`;
      const category = 'SQL metacharacters and long strings';
      const answer = await answerOf(await post(fuzz.query, cast.asAttacker, fuzz.variables));
      tally.ran.set(category, (tally.ran.get(category) ?? 0) + 1);
      expect(answer.status, `${label} -> ${answer.text.slice(0, 300)}`).toBeLessThan(500);
      expect(withoutEchoes(answer.text), label).not.toMatch(STACK_OR_SQL);
      if (succeeded(answer, fuzz.mutation)) {
        // A harmless write (a workspace named after the payload...): the payload was stored as
        // text, so every table is still there and none lost rows.
        tally.acceptedCount += 1;
        tally.acceptedCases.push(`${fuzz.mutation}(${fuzz.path})`);
        const after = await settled();
        for (const table of database.tables) {
          expect(after.get(table)?.count ?? -1, `${label}: ${table}`).toBeGreaterThanOrEqual(
            database.baseline.get(table)?.count ?? 0,
          );
        }
        database.baseline = after;
        continue;
      }
      expect(
        errorCodes(answer).length,
        `${label}: no typed error in ${answer.text.slice(0, 300)}`,
      ).toBeGreaterThan(0);
      expect(
        changedTables(database.baseline, await fingerprint()),
        `${label} wrote to the database`,
      ).toEqual([]);
      tally.refusedCount += 1;
    }
  }, 300_000);
});
