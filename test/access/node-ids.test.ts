import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { insertUser, insertWorkspace } from '../helpers/seed';
import { gid, insertWorkItem } from '../helpers/work-seed';

// node(id:) and nodes(ids:) given ids that name no node: a well-formed id of a type that is not
// a refetchable node is absent (null), never the schema plugin's own wording; a malformed one is
// a typed VALIDATION_FAILED, as every other id argument answers.

const NODE = 'query One($id: ID!) { node(id: $id) { id } }';
const NODES = 'query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }';

async function visibleItem() {
  const owner = await insertUser();
  const workspace = await insertWorkspace(owner);
  const item = gid('WorkItem', await insertWorkItem({ workspaceId: workspace, ownerId: owner }));
  return { owner, item };
}

describe('ids that name no node', () => {
  it.each([
    ['an unknown type', btoa('Nope:x')],
    ['a type that is not refetched by id', btoa('AdminUserProfile:usr_x')],
  ])('answer %s as absent: null, no error', async (_what, id) => {
    const { owner } = await visibleItem();
    const answer = await gql(NODE, { id }, { as: owner });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ node: null });
  });

  it('answer null for those ids alone in nodes(ids:), the visible ones still found', async () => {
    const { owner, item } = await visibleItem();
    const answer = await gql(
      NODES,
      { ids: [btoa('Nope:x'), item, btoa('AdminUserProfile:usr_x')] },
      { as: owner },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ nodes: [null, { id: item }, null] });
  });

  it('refuse a malformed id with VALIDATION_FAILED at the field', async () => {
    const { owner, item } = await visibleItem();
    for (const [query, variables, field] of [
      [NODE, { id: '!!!' }, 'node'],
      [NODES, { ids: ['!!!', item] }, 'nodes'],
    ] as const) {
      const answer = await gql(query, variables, { as: owner });
      expect(answer.errors?.[0]).toMatchObject({
        path: [field],
        extensions: { code: 'VALIDATION_FAILED' },
      });
      expect(answer.errors?.[0]?.message).toContain('Invalid global ID');
    }
  });
});
