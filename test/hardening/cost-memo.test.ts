import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../src/hardening/cost';
import { memoizedOperationCost } from '../../src/hardening/cost-memo';
import { schema } from '../../src/schema';

const document = parse(`query Memberships($n: Int) {
  viewer { workspaceMemberships(first: $n) { edges { node { workspace { name } } } } }
}`);
const operation = getOperationAST(document);
if (!operation) throw new Error('no operation');

const memoized = (variables: Record<string, unknown> | undefined) =>
  memoizedOperationCost(schema, document, operation, variables, 0);

describe("an operation's cost kept with its parsed document", () => {
  it('answers what operationCost measures, for each set of variables', () => {
    for (const variables of [undefined, {}, { n: 5 }, { n: 50 }, { n: null }]) {
      expect(memoized(variables)).toEqual(operationCost(schema, document, operation, variables, 0));
    }
    // Different variables, different costs: none is answered with another's.
    expect(memoized({ n: 50 }).cost).toBeGreaterThan(memoized({ n: 5 }).cost);
  });

  it('measures a document once per set of variables', () => {
    const first = memoized({ n: 7 });
    expect(memoized({ n: 7 })).toBe(first);
    expect(memoized({ n: 8 })).not.toBe(first);
    // Another parse of the same text is another document: measured on its own.
    const again = parse(`query { viewer { id } }`);
    const other = getOperationAST(again);
    if (!other) throw new Error('no operation');
    const a = memoizedOperationCost(schema, again, other, {}, 0);
    expect(memoizedOperationCost(schema, again, other, {}, 0)).toBe(a);
  });

  it('measures each time what cannot be kept: variables too long or not JSON', () => {
    const long = { n: 3, padding: 'x'.repeat(2000) };
    expect(memoized(long)).not.toBe(memoized(long));
    expect(memoized(long)).toEqual(operationCost(schema, document, operation, long, 0));
    const cyclic: Record<string, unknown> = { n: 4 };
    cyclic.self = cyclic;
    expect(memoized(cyclic)).not.toBe(memoized(cyclic));
    expect(memoized(cyclic).cost).toBe(memoized({ n: 4 }).cost);
  });
});
