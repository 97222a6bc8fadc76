import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentString } from '../generated/graphql';
import * as docs from '../generated/graphql';
import { gql } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import {
  gid,
  insertAdmin,
  insertInboxItem,
  insertRelationship,
  insertRequest,
} from '../helpers/social-seed';

/**
 * Who sees an inbox item (its owner only), a relationship request (its two parties only) and a
 * relationship row (its two users only), through every read path: node, nodes, and each
 * connection that can reach them, on the viewer and on the owning user. Every kind of viewer is
 * tried: the owner or parties, someone sharing a workspace, a friend, a stranger, an admin and
 * anonymous.
 */

type Kind =
  | 'owner'
  | 'sender'
  | 'recipient'
  | 'coMember'
  | 'friend'
  | 'stranger'
  | 'admin'
  | 'anonymous';

interface Path {
  name: string;
  /** A typed document of test/documents/access.graphql (sent as text: paths differ in type). */
  document: { toString(): string };
  variables: Record<string, unknown>;
  /** Who sees the thing through this path. */
  allowed: Kind[];
  /**
   * The connection holds nothing but the thing for whoever may see it, so a hidden viewer must
   * get totalCount 0 (false where other legitimate rows share the connection).
   */
  exclusive?: boolean;
}

interface Subject {
  entity: string;
  globalId: string;
  kinds: Kind[];
  paths: Path[];
}

let cases = 0;
const users = new Map<Kind, string | undefined>();
const subjects: Subject[] = [];

/** A path whose variables tsc checks against its document, then stored as any path's. */
const path = <R, V extends Record<string, unknown>>({
  document,
  ...row
}: Omit<Path, 'document' | 'variables'> & {
  document: TypedDocumentString<R, V>;
  variables: V;
}): Path => ({ ...row, document });

beforeAll(async () => {
  const sender = await insertUser({ displayName: 'Sender' });
  const recipient = await insertUser({ displayName: 'Recipient' });
  const coMember = await insertUser();
  const friend = await insertUser();
  const stranger = await insertUser();
  const admin = await insertUser();
  await insertAdmin(admin, 'owner');
  const workspaceId = await insertWorkspace(sender);
  await addMember(workspaceId, recipient);
  await addMember(workspaceId, coMember);
  await insertRelationship(sender, friend);
  // The inbox item belongs to the sender (the "owner" row of the matrix).
  users.set('owner', sender);
  users.set('sender', sender);
  users.set('recipient', recipient);
  users.set('coMember', coMember);
  users.set('friend', friend);
  users.set('stranger', stranger);
  users.set('admin', admin);
  users.set('anonymous', undefined);

  const inboxId = gid('InboxItem', await insertInboxItem(sender));
  const inboxOwnerOnly: Kind[] = ['owner'];
  subjects.push({
    entity: 'InboxItem',
    globalId: inboxId,
    kinds: ['owner', 'recipient', 'coMember', 'friend', 'stranger', 'admin', 'anonymous'],
    paths: [
      path({
        name: 'node',
        document: docs.AccessNodeDocument,
        variables: { id: inboxId },
        allowed: inboxOwnerOnly,
      }),
      path({
        name: 'nodes',
        document: docs.AccessNodesDocument,
        variables: { ids: [inboxId] },
        allowed: inboxOwnerOnly,
      }),
      path({
        name: 'viewer.inbox',
        document: docs.AccessViewerInboxDocument,
        variables: {},
        allowed: inboxOwnerOnly,
        exclusive: true,
      }),
      path({
        name: 'User.inbox of the owner',
        document: docs.AccessUserInboxDocument,
        variables: { id: gid('User', sender) },
        allowed: inboxOwnerOnly,
        exclusive: true,
      }),
      path({
        name: 'User.inbox(filter: unread) of the owner',
        document: docs.AccessUserUnreadInboxDocument,
        variables: { id: gid('User', sender) },
        allowed: inboxOwnerOnly,
        exclusive: true,
      }),
    ],
  });

  const requestId = gid('RelationshipRequest', await insertRequest(sender, recipient));
  const parties: Kind[] = ['sender', 'recipient'];
  subjects.push({
    entity: 'RelationshipRequest',
    globalId: requestId,
    kinds: ['sender', 'recipient', 'coMember', 'friend', 'stranger', 'admin', 'anonymous'],
    paths: [
      path({
        name: 'node',
        document: docs.AccessNodeDocument,
        variables: { id: requestId },
        allowed: parties,
      }),
      path({
        name: 'nodes',
        document: docs.AccessNodesDocument,
        variables: { ids: [requestId] },
        allowed: parties,
      }),
      path({
        name: 'viewer.incomingRequests',
        document: docs.AccessViewerIncomingRequestsDocument,
        variables: {},
        allowed: ['recipient'],
        exclusive: true,
      }),
      path({
        name: 'viewer.outgoingRequests',
        document: docs.AccessViewerOutgoingRequestsDocument,
        variables: {},
        allowed: ['sender'],
        exclusive: true,
      }),
      path({
        name: 'User.incomingRequests of the recipient',
        document: docs.AccessUserPendingIncomingRequestsDocument,
        variables: { id: gid('User', recipient) },
        allowed: ['recipient'],
        exclusive: true,
      }),
      path({
        name: 'User.outgoingRequests of the sender',
        document: docs.AccessUserOutgoingRequestsDocument,
        variables: { id: gid('User', sender) },
        allowed: ['sender'],
        exclusive: true,
      }),
      path({
        name: 'User.outgoingRequests of the recipient (the wrong side)',
        document: docs.AccessUserOutgoingRequestsDocument,
        variables: { id: gid('User', recipient) },
        allowed: [],
        exclusive: true,
      }),
    ],
  });

  const [relationshipId] = await insertRelationship(sender, recipient);
  const relationship = gid('Relationship', relationshipId);
  subjects.push({
    entity: 'Relationship',
    globalId: relationship,
    kinds: ['sender', 'recipient', 'coMember', 'friend', 'stranger', 'admin', 'anonymous'],
    paths: [
      path({
        name: 'node',
        document: docs.AccessNodeDocument,
        variables: { id: relationship },
        allowed: parties,
      }),
      path({
        name: 'nodes',
        document: docs.AccessNodesDocument,
        variables: { ids: [relationship] },
        allowed: parties,
      }),
      path({
        name: 'viewer.relationships',
        document: docs.AccessViewerRelationshipsDocument,
        variables: {},
        allowed: ['sender'],
      }),
      path({
        name: 'User.relationships of its user',
        document: docs.AccessUserRelationshipsDocument,
        variables: { id: gid('User', sender) },
        allowed: parties,
      }),
    ],
  });
}, 60_000);

afterAll(() => {
  console.log(`core-social visibility matrix: ${cases} cases ran`);
});

async function runMatrix(subject: Subject): Promise<string[]> {
  const failures: string[] = [];
  for (const path of subject.paths) {
    // The viewers of one path run at once: 7-8 requests instead of one after the other.
    await Promise.all(
      subject.kinds.map(async (kind) => {
        const as = users.get(kind);
        const result = await gql(path.document.toString(), path.variables, as ? { as } : {});
        const body = JSON.stringify(result.data ?? null);
        const seen = body.includes(subject.globalId);
        // A hidden thing must not even be counted.
        const counted = path.exclusive === true && /"totalCount":[1-9]/.test(body);
        const expected = path.allowed.includes(kind);
        // Only anonymous viewers may get an error (User needs a signed-in viewer).
        const unexpectedErrors = (result.errors ?? []).filter(
          (error) => !(kind === 'anonymous' && error.extensions?.code === 'FORBIDDEN'),
        );
        cases += 1;
        if (seen !== expected || (!expected && counted) || unexpectedErrors.length > 0) {
          failures.push(
            `${subject.entity} via ${path.name} as ${kind}: seen=${seen} counted=${counted} errors=${JSON.stringify(unexpectedErrors)}, expected ${expected}`,
          );
        }
      }),
    );
  }
  return failures;
}

describe('visibility matrix: inbox items, relationship requests, relationships', () => {
  for (const entity of ['InboxItem', 'RelationshipRequest', 'Relationship']) {
    it(`shows each ${entity} exactly to who may see it, through every path`, async () => {
      const subject = subjects.find((candidate) => candidate.entity === entity) as Subject;
      const before = cases;
      expect(await runMatrix(subject)).toEqual([]);
      expect(cases - before).toBe(subject.paths.length * subject.kinds.length);
    }, 60_000);
  }
});
