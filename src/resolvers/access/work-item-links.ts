import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Context } from '../../context';
import { lists, rooms } from '../../db/tables';
import { type FieldIssue, type NotFoundError, ValidationError } from '../errors';
import { aliased, holds } from '../sql-helpers';
import { memberOfWorkspace } from './membership';
import { firstHidden, type Target, visibleTarget } from './targets';

// Aliased: these run inside writes over work_items and beside rules over rooms and lists.
const { columns: linkRoom, from: linkRoomFrom } = aliased(rooms, 'link_room');
const { columns: linkList, from: linkListFrom } = aliased(lists, 'link_list');

/** SQL: the room exists in the workspace (a column or an id) and is not archived. */
function roomInWorkspace(roomId: string, workspaceId: string | SQLiteColumn): SQL {
  return sql`exists (select 1 from ${linkRoomFrom} where ${linkRoom.id} = ${roomId} and ${linkRoom.workspaceId} = ${workspaceId} and ${linkRoom.isArchived} = 0)`;
}

/** SQL: the list exists in the workspace. */
function listInWorkspace(listId: string, workspaceId: string | SQLiteColumn): SQL {
  return sql`exists (select 1 from ${linkListFrom} where ${linkList.id} = ${listId} and ${linkList.workspaceId} = ${workspaceId})`;
}

/** SQL: the user is a member (any role) of the workspace. */
const memberOf = (userId: string, workspaceId: string | SQLiteColumn): SQL =>
  memberOfWorkspace(workspaceId, userId);

export interface ItemLinks {
  roomId?: string | null;
  listId?: string | null;
  assigneeId?: string | null;
}

interface LinkRule extends Target {
  /** SQL: the target belongs to the item's workspace (and a room is open). */
  fits: SQL;
  issue: FieldIssue;
}

// Each link a work item has: the entity its id names, the SQL that it belongs to the item's
// workspace (a room must also be open), and what to tell a viewer who sees it but elsewhere.
const LINKS = [
  { key: 'roomId', entity: 'Room', fits: roomInWorkspace, issue: 'an open room' },
  { key: 'listId', entity: 'List', fits: listInWorkspace, issue: 'a list' },
  { key: 'assigneeId', entity: 'User', fits: memberOf, issue: 'a member' },
] as const;

/** The rules of each link given: whom it must be visible to, where it must belong. */
function linkRules(links: ItemLinks, workspaceId: string | SQLiteColumn): LinkRule[] {
  return LINKS.flatMap(({ key, entity, fits, issue }) => {
    const id = links[key];
    if (!id) return [];
    const field = `input.${key}`;
    return [
      {
        entity,
        id,
        fits: fits(id, workspaceId),
        issue: { field, message: `must be ${issue} of the item's workspace.` },
      },
    ];
  });
}

/**
 * What is wrong with the room, list and assignee a work item is being pointed at, read in one
 * round trip; null when nothing. Each must be visible to the viewer by the rule of its own reads
 * (else a NotFoundError, worded as for an id that does not exist: a hidden quest list is not told
 * apart from a missing one), then belong to the item's workspace (else a ValidationError: the
 * viewer sees that target anyway). `kept` are the item's own room, list or workspace that a new
 * scope starts to use: visible only (an archived room the item is already in stays allowed).
 */
export async function linkProblem(
  ctx: Context,
  workspaceId: string,
  links: ItemLinks,
  kept: readonly Target[] = [],
): Promise<NotFoundError | ValidationError | null> {
  const rules = linkRules(links, workspaceId);
  const [hidden, fits] = await Promise.all([
    firstHidden(ctx, [...rules, ...kept]),
    Promise.all(rules.map((rule) => holds(ctx, rule.fits))),
  ]);
  if (hidden) return hidden;
  const issues = rules.filter((_, index) => !fits[index]).map((rule) => rule.issue);
  return issues.length > 0 ? new ValidationError(issues) : null;
}

/** The SQL of `linkProblem` for the write's WHERE: every check holds again, or nothing is written. */
export function linkGuards(
  ctx: Context,
  workspaceId: string | SQLiteColumn,
  links: ItemLinks,
  kept: readonly Target[] = [],
): SQL[] {
  return [
    ...linkRules(links, workspaceId).flatMap((rule) => [visibleTarget(ctx, rule), rule.fits]),
    ...kept.map((target) => visibleTarget(ctx, target)),
  ];
}
