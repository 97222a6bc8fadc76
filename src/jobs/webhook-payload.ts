import { execute, parse } from 'graphql';
import { createContext } from '../context';
import { schema } from '../schema';

// The subject of an event as the endpoint's owner may see it at delivery time: read through the
// schema itself, as the owner (`node(id:)` and its fields apply the same visibility rules as
// any GraphQL request of theirs), so a payload never holds what they could not query.

const SUBJECT = parse(/* GraphQL */ `
  query WebhookSubject($id: ID!) {
    subject: node(id: $id) {
      __typename
      id
      ... on WorkItem {
        title
        description
        type
        status
        visibility
        dueAt
        startsAt
        endsAt
        completedAt
        createdAt
        updatedAt
        listId
        owner { id }
        assignee { id }
        room { id }
        workspace { id }
      }
      ... on ListItem {
        title
        position
        isCompleted
        completedAt
        createdAt
        updatedAt
        list { id }
        createdBy { id }
        completedBy { id }
      }
      ... on WorkspaceMember {
        role
        joinedAt
        user { id displayName }
        workspace { id }
      }
    }
  }
`);

/**
 * Reads the subject `subjectId` (a global ID) as user `ownerId` would through GraphQL: its
 * fields, or null when absent or hidden from the owner.
 */
export async function subjectAsOwner(
  env: Env,
  ownerId: string,
  subjectId: string,
  requestId: string,
): Promise<Record<string, unknown> | null> {
  const contextValue = createContext({
    requestId,
    env,
    viewer: { kind: 'user', userId: ownerId },
    waitUntil: () => {},
    clientIp: '',
  });
  const result = await execute({
    schema,
    document: SUBJECT,
    variableValues: { id: subjectId },
    contextValue,
  });
  if (result.errors?.length) {
    // An error is not "hidden": retry later rather than skip what the owner may be entitled to.
    throw new Error(`Subject read failed: ${result.errors[0]?.message}`);
  }
  return (result.data as { subject: Record<string, unknown> | null }).subject;
}
