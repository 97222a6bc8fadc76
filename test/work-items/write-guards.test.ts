import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context';
import { itemForChange } from '../../src/resolvers/access';
import { ConflictError } from '../../src/resolvers/errors';
import { updateItem } from '../../src/resolvers/work-items/update';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { insertWorkItem } from '../helpers/work-seed';

// The checks a mutation reads first are repeated inside its write, in SQL: D1 has no interactive
// transactions, so what was true at the read may be false at the write. These tests change the
// database between the two and expect the write to refuse (ConflictError) and change nothing.

const contextFor = (userId: string) =>
  createContext({
    requestId: 'test',
    env,
    viewer: { kind: 'user', userId },
    waitUntil: () => {},
    clientIp: '127.0.0.1',
  });

const titleOf = async (id: string) =>
  (
    await env.DB.prepare('SELECT title FROM work_items WHERE id = ?')
      .bind(id)
      .first<{ title: string }>()
  )?.title;

describe('work item write guards', () => {
  it('refuses a write when the item changed after it was read', async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const id = await insertWorkItem({ workspaceId, ownerId: owner, title: 'Before' });
    const ctx = contextFor(owner);
    const item = await itemForChange(ctx, id);
    await env.DB.prepare("UPDATE work_items SET title = 'Meanwhile', updated_at = ? WHERE id = ?")
      .bind('2099-01-01T00:00:00.000Z', id)
      .run();
    await expect(
      updateItem(ctx, item, { title: 'Mine' }, { type: 'work_item.updated' }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await titleOf(id)).toBe('Meanwhile');
  });

  it('refuses a write when the viewer lost the right to edit after the read', async () => {
    const owner = await insertUser();
    const assignee = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await addMember(workspaceId, assignee);
    const id = await insertWorkItem({
      workspaceId,
      ownerId: owner,
      assigneeId: assignee,
      title: 'Before',
    });
    const ctx = contextFor(assignee);
    const item = await itemForChange(ctx, id);
    // Unassigned without touching updated_at: only the visibility/edit re-check can catch it.
    await env.DB.prepare('UPDATE work_items SET assignee_id = NULL WHERE id = ?').bind(id).run();
    await expect(
      updateItem(ctx, item, { title: 'Mine' }, { type: 'work_item.updated' }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await titleOf(id)).toBe('Before');
  });
});
