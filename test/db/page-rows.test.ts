import { describe, expect, it } from 'vitest';
import { rowsByParent } from '../../src/resolvers/pagination/keyset';

// A page statement of many parents sends its rows in no order (no ORDER BY: it cost a quarter of
// the benchmark thread's deliveries statement); one parent's statement orders its own and has no
// rank (src/resolvers/pagination/page-statement.ts).
describe('a page statement’s rows by parent', () => {
  it('puts the rows of many parents in their ranks, whatever order they arrive in', () => {
    const rows = [
      { id: 'b2', parent: 'b', pageRank: 2 },
      { id: 'a3', parent: 'a', pageRank: 3 },
      { id: 'a1', parent: 'a', pageRank: 1 },
      { id: 'b1', parent: 'b', pageRank: 1 },
      { id: 'a2', parent: 'a', pageRank: 2 },
    ];
    const grouped = rowsByParent(rows, (row) => String(row.parent));
    expect([...grouped.keys()].sort()).toEqual(['a', 'b']);
    expect(grouped.get('a')?.map((row) => row.id)).toEqual(['a1', 'a2', 'a3']);
    expect(grouped.get('b')?.map((row) => row.id)).toEqual(['b1', 'b2']);
  });

  it('keeps the order of one parent’s rows, which carry no rank', () => {
    const rows = [{ id: 'z' }, { id: 'x' }, { id: 'y' }];
    const grouped = rowsByParent(rows, () => 'only');
    expect(grouped.get('only')?.map((row) => row.id)).toEqual(['z', 'x', 'y']);
  });
});
