import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { blockingChanges } from '../../scripts/lib/schema-compat-rules';

const baseline = buildSchema(`
  type Query {
    a: String
    old: String @deprecated(reason: "use a")
    kind: Kind
  }
  enum Kind { ONE TWO @deprecated(reason: "gone soon") }
`);

describe('breaking-change gate', () => {
  it('blocks removing a field that was never deprecated', () => {
    const current = buildSchema('type Query { old: String kind: Kind } enum Kind { ONE TWO }');
    expect(blockingChanges(baseline, current).map((c) => c.description)).toEqual([
      'Query.a was removed.',
    ]);
  });

  it('allows removing a field and an enum value that were deprecated first', () => {
    const current = buildSchema('type Query { a: String kind: Kind } enum Kind { ONE }');
    expect(blockingChanges(baseline, current)).toEqual([]);
  });

  it('blocks changing a field type', () => {
    const current = buildSchema(
      'type Query { a: Int old: String kind: Kind } enum Kind { ONE TWO }',
    );
    expect(blockingChanges(baseline, current)).toHaveLength(1);
  });
});
