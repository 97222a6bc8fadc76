import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import { createContext } from '../../src/context';
import { itemForChange } from '../../src/resolvers/access';
import { ConflictError } from '../../src/resolvers/errors';
import { updateItem } from '../../src/resolvers/work-items/update';
import { insertUser, insertWorkspace } from '../helpers/seed';
import { gid, insertWorkItem } from '../helpers/work-seed';
import { eventsOf } from './helpers';

// A conditional write that loses a race (the row changed between the read and the write) must
// leave no event: the event is written only when the change's statement applied.

it('a work item update refused by its guard inside the batch leaves no event', async () => {
  const owner = await insertUser();
  const workspaceId = await insertWorkspace(owner);
  const id = await insertWorkItem({ workspaceId, ownerId: owner, title: 'Before' });
  const ctx = createContext({
    requestId: 'test',
    env,
    viewer: { kind: 'user', userId: owner },
    waitUntil: () => {},
    clientIp: '127.0.0.1',
  });
  const item = await itemForChange(ctx, id);
  await env.DB.prepare("UPDATE work_items SET title = 'Meanwhile', updated_at = ? WHERE id = ?")
    .bind('2099-01-01T00:00:00.000Z', id)
    .run();
  await expect(
    updateItem(ctx, item, { title: 'Mine' }, { type: 'work_item.updated' }),
  ).rejects.toBeInstanceOf(ConflictError);
  expect(await eventsOf(gid('WorkItem', id))).toEqual([]);

  // The same write on a fresh read applies, and has its event.
  const fresh = await itemForChange(ctx, id);
  await updateItem(ctx, fresh, { title: 'Mine' }, { type: 'work_item.updated' });
  expect((await eventsOf(gid('WorkItem', id))).map((event) => event.type)).toEqual([
    'work_item.updated',
  ]);
});
