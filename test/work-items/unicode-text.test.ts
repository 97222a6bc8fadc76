import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { EvCreateWorkItemDocument, EvUpdateWorkItemDocument } from '../generated/graphql';
import { mutate } from '../helpers/client';
import { gid, insertWorkItem, workspaceWithMember } from '../helpers/work-seed';

// Text is stored as it was sent, or refused: half of a surrogate pair (JSON's "\ud800") is no
// character, and D1 would keep it as U+FFFD bytes, so the answer and the row would differ (and
// a cursor made from one would never match the other).

const titlesOf = async (workspaceId: string) =>
  (
    await env.DB.prepare('SELECT title FROM work_items WHERE workspace_id = ? ORDER BY title')
      .bind(workspaceId)
      .all<{ title: string }>()
  ).results.map((row) => row.title);

describe('text that is not valid Unicode', () => {
  it('refuses a lone surrogate in a title or description, writing nothing', async () => {
    const { member, workspaceId } = await workspaceWithMember();
    const workspace = gid('Workspace', workspaceId);
    for (const input of [
      { workspaceId: workspace, title: 'Half \ud800 a pair' },
      { workspaceId: workspace, title: 'Trailing half \udc00' },
      { workspaceId: workspace, title: 'Fine', description: 'Reversed \udc00\ud800 pair' },
    ]) {
      const refused = await mutate(EvCreateWorkItemDocument, input, member);
      expect(refused.__typename).toBe('ValidationError');
      expect(refused).toMatchObject({ message: expect.stringContaining('surrogate') });
    }
    expect(await titlesOf(workspaceId)).toEqual([]);
  });

  it('keeps whole pairs (emoji) exactly as sent, and refuses an update with half of one', async () => {
    const { member, workspaceId } = await workspaceWithMember();
    const title = 'Ship it \ud83d\ude80 today';
    const created = await mutate(
      EvCreateWorkItemDocument,
      { workspaceId: gid('Workspace', workspaceId), title },
      member,
    );
    expect(created.__typename).toBe('CreateWorkItemSuccess');
    expect(await titlesOf(workspaceId)).toEqual([title]);

    const id = await insertWorkItem({ workspaceId, ownerId: member, title: 'Before' });
    const update = await mutate(
      EvUpdateWorkItemDocument,
      { workItemId: gid('WorkItem', id), title: 'After \ud83d' },
      member,
    );
    expect(update.__typename).toBe('ValidationError');
    expect(await titlesOf(workspaceId)).toEqual(['Before', title]);
  });
});
