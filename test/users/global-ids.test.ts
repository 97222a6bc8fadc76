import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { encodeNodeId } from '../../src/resolvers/global-id';
import { gql } from '../helpers/client';
import { insertUser } from '../helpers/seed';

// Node ids are written by the runtime's btoa (src/resolvers/global-id.ts, `encodeNodeId`): they
// must be exactly the ids Pothos' default writes, which clients hold and send back.
describe('global IDs', () => {
  it("are Pothos' default ids, for ASCII ids and for any other", () => {
    for (const [type, id] of [
      ['User', 'usr_abc123'],
      ['WorkItem', 42],
      ['Thread', 'thr_ü-ñ-東京'],
      ['List', ''],
    ] as const) {
      expect(encodeNodeId(type, id)).toBe(encodeGlobalID(type, id));
    }
  });

  it('are what `viewer { id }` answers, and what `node(id:)` takes back', async () => {
    const userId = await insertUser({ displayName: 'Round trip' });
    const viewer = await gql('{ viewer { id } }', {}, { as: userId });
    const id = (viewer.data as { viewer: { id: string } }).viewer.id;
    expect(id).toBe(encodeGlobalID('User', userId));
    const node = await gql(
      'query($id: ID!) { node(id: $id) { ... on User { displayName } } }',
      { id },
      { as: userId },
    );
    expect(node.data).toEqual({ node: { displayName: 'Round trip' } });
  });
});
