import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import worker from '../../src/index';
import {
  AddListItemDetailedDocument,
  AddListMemberDetailedDocument,
  ChangeListMemberDeliveryPreferenceDetailedDocument,
  CompleteListItemDetailedDocument,
  CreateListDetailedDocument,
  RemoveListItemDetailedDocument,
  UncompleteListItemDetailedDocument,
} from '../generated/graphql';
import { mutate, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { count, gid } from '../helpers/social-seed';

// List activity emails end to end: mutations through the Worker's fetch, the queue messages
// they send captured and delivered to the Worker's queue handler, the cron through its scheduled
// handler, and the emails read from the local outbox (no email provider is configured in tests).

interface Queued {
  body: { kind: string; recipientId: string; activityId?: string; digestDay?: string };
}

/** Runs `action`, returning what it sent to the email queue (held back: delivered by hand). */
async function queued(action: () => Promise<unknown>) {
  const sendBatch = vi
    .spyOn(env.EMAIL_QUEUE, 'sendBatch')
    .mockResolvedValue({ metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } });
  try {
    await action();
    return sendBatch.mock.calls.flatMap(([batch]) => [...batch]) as Queued[];
  } finally {
    sendBatch.mockRestore();
  }
}

let delivery = 0;
/** Delivers messages to the Worker's queue handler, as the queue would on a first attempt. */
async function deliver(messages: Queued[]) {
  const batch = createMessageBatch(
    'invite-emails',
    messages.map((message) => {
      delivery += 1;
      return { id: `msg-${delivery}`, timestamp: new Date(), attempts: 1, body: message.body };
    }),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

async function outbox(userId: string) {
  const { results } = await env.DB.prepare(
    'SELECT subject, text_body, html_body, related_type, related_id FROM email_outbox WHERE to_address = ? ORDER BY created_at, id',
  )
    .bind(`${userId}@example.test`)
    .all<{
      subject: string;
      text_body: string;
      html_body: string;
      related_type: string;
      related_id: string;
    }>();
  return results;
}

const addItem = (listId: string, title: string, as: string) =>
  mutate(AddListItemDetailedDocument, { listId, title }, as);
const completeItem = (itemId: string, as: string) =>
  mutate(CompleteListItemDetailedDocument, { itemId }, as);

async function removeItem(itemId: string, as: string) {
  variant(await mutate(RemoveListItemDetailedDocument, { itemId }, as), 'RemoveListItemSuccess');
}

/**
 * A workspace and a list created through the API by `owner`, with four more members: the actor
 * (an editor who hears instantly) and one member per delivery preference.
 */
async function listWithMembers(name = 'Groceries') {
  const owner = await insertUser({ displayName: 'Olga Owner' });
  const workspaceId = await insertWorkspace(owner);
  const people = {
    actor: await insertUser({ displayName: 'Ada <Actor>' }),
    instant: await insertUser({ displayName: 'Ivan Instant' }),
    digest: await insertUser({ displayName: 'Dina Digest' }),
    none: await insertUser({ displayName: 'Nora None' }),
  };
  for (const userId of Object.values(people)) await addMember(workspaceId, userId, 'member');
  const created = await mutate(
    CreateListDetailedDocument,
    { workspaceId: gid('Workspace', workspaceId), name, kind: 'QUEST' },
    owner,
  );
  const listId = variant(created, 'CreateListSuccess').data.id;
  const members: Record<string, string> = {};
  for (const [key, preference] of [
    ['actor', 'INSTANT'],
    ['instant', 'INSTANT'],
    ['digest', 'DAILY_DIGEST'],
    ['none', 'NONE'],
  ] as const) {
    const added = await mutate(
      AddListMemberDetailedDocument,
      { listId, userId: gid('User', people[key]), role: 'EDITOR', deliveryPreference: preference },
      owner,
    );
    members[key] = variant(added, 'AddListMemberSuccess').data.id;
  }
  // The owner chose none too, so only the three members above are in play.
  const ownerMember = await env.DB.prepare(
    "UPDATE list_members SET delivery_preference = 'none' WHERE user_id = ? RETURNING id",
  )
    .bind(owner)
    .first<{ id: string }>();
  return { owner, workspaceId, listId, members, ownerMember: ownerMember?.id, ...people };
}

/** The next cron run after the UTC day of `iso`: the one that digests that day. */
function cronAfterDayOf(iso: string) {
  const day = iso.slice(0, 10);
  const scheduledTime = Date.parse(`${day}T00:15:00.000Z`) + 86_400_000;
  return { day, controller: createScheduledController({ scheduledTime, cron: '15 0 * * *' }) };
}

/** The row id inside a global ID. */
const rowId = (globalId: string) => atob(globalId).split(':')[1] as string;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('instant list activity emails', () => {
  it('queues one email per change for INSTANT members only, and sends it from the queue', async () => {
    const team = await listWithMembers();
    const title = 'Milk & <b>eggs</b>';
    let itemId = '';
    const onAdd = await queued(async () => {
      const added = await addItem(team.listId, title, team.actor);
      itemId = variant(added, 'AddListItemSuccess').data.id;
    });
    // Only the instant member: not the actor (their own change), not DAILY_DIGEST nor NONE.
    expect(onAdd.map((m) => [m.body.kind, m.body.recipientId])).toEqual([
      ['list_activity', team.instant],
    ]);

    const result = await deliver(onAdd);
    expect(result.explicitAcks).toEqual([`msg-${delivery}`]);
    const [email, ...others] = await outbox(team.instant);
    expect(others).toEqual([]);
    expect(email?.subject).toBe(`Ada <Actor> added “${title}” to Groceries`);
    expect(email?.text_body).toContain(`Ada <Actor> added “${title}” to Groceries`);
    // Escaped HTML: the title and the actor's name are text, never markup.
    expect(email?.html_body).toContain('Ada &lt;Actor&gt;');
    expect(email?.html_body).toContain('Milk &amp; &lt;b&gt;eggs&lt;/b&gt;');
    expect(email?.html_body).not.toContain('<b>eggs');
    expect(email?.related_type).toBe('ListActivity');
    expect(await outbox(team.digest)).toEqual([]);
    expect(await outbox(team.none)).toEqual([]);
    expect(await outbox(team.actor)).toEqual([]);

    // Checking it off is a second change; doing it again, or reopening it, is none.
    const onComplete = await queued(() => completeItem(itemId, team.actor));
    expect(onComplete.map((m) => m.body.recipientId)).toEqual([team.instant]);
    await deliver(onComplete);
    expect((await outbox(team.instant)).map((e) => e.subject)).toEqual([
      `Ada <Actor> added “${title}” to Groceries`,
      `Ada <Actor> checked off “${title}” on Groceries`,
    ]);
    expect(await queued(() => completeItem(itemId, team.instant))).toEqual([]);
    expect(
      await queued(() => mutate(UncompleteListItemDetailedDocument, { itemId }, team.actor)),
    ).toEqual([]);
    expect(
      await count('SELECT count(*) AS n FROM list_activity WHERE list_item_id = ?', rowId(itemId)),
    ).toBe(2);
  });

  it('records nothing and queues nothing for a refused change', async () => {
    const team = await listWithMembers();
    const viewer = await insertUser();
    await addMember(team.workspaceId, viewer, 'member');
    await mutate(
      AddListMemberDetailedDocument,
      { listId: team.listId, userId: gid('User', viewer), role: 'VIEWER' },
      team.owner,
    );
    const refused = await queued(async () => {
      const answer = await addItem(team.listId, 'Not allowed', viewer);
      expect(answer.__typename).toBe('ForbiddenError');
    });
    expect(refused).toEqual([]);
    expect(
      await count('SELECT count(*) AS n FROM list_activity WHERE list_id = ?', rowId(team.listId)),
    ).toBe(0);
  });

  it('sends nothing when the entry is gone or the member chose otherwise before delivery', async () => {
    const team = await listWithMembers();
    let removed = '';
    const first = await queued(async () => {
      removed = variant(
        await addItem(team.listId, 'Removed soon', team.actor),
        'AddListItemSuccess',
      ).data.id;
    });
    await removeItem(removed, team.actor);
    const second = await queued(() => addItem(team.listId, 'Kept', team.actor));
    const changed = await mutate(
      ChangeListMemberDeliveryPreferenceDetailedDocument,
      { memberId: team.members.instant, deliveryPreference: 'NONE' },
      team.instant,
    );
    expect(variant(changed, 'ChangeListMemberDeliveryPreferenceSuccess').data).toEqual({
      deliveryPreference: 'NONE',
    });
    const result = await deliver([...first, ...second]);
    expect(result.explicitAcks).toHaveLength(2);
    expect(await outbox(team.instant)).toEqual([]);
  });
});

describe('list activity emails through the email provider', () => {
  it('speaks its wire format with one idempotency key per change and member, and retries with backoff', async () => {
    const team = await listWithMembers('Provider');
    const messages = await queued(() => addItem(team.listId, 'Bread', team.actor));
    const API = 'https://email-api.example.test';
    const withProvider = { ...env, EMAIL_API_URL: API, EMAIL_API_KEY: 'test-email-key' } as Env;
    const requests: Request[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = new Request(input as RequestInfo, init);
      requests.push(request);
      return requests.length === 1
        ? Response.json({ message: 'busy' }, { status: 503 })
        : Response.json({ id: 'email_1' });
    });
    const attempt = async (attempts: number) => {
      const batch = createMessageBatch('invite-emails', [
        { id: `provider-${attempts}`, timestamp: new Date(), attempts, body: messages[0]?.body },
      ]);
      const retry = vi.spyOn(batch.messages[0] as Message, 'retry');
      const ctx = createExecutionContext();
      await worker.queue(batch, withProvider);
      const result = await getQueueResult(batch, ctx);
      return { ...result, delays: retry.mock.calls.map(([options]) => options?.delaySeconds) };
    };

    const first = await attempt(1);
    expect(first.retryMessages).toEqual([{ msgId: 'provider-1' }]);
    expect(first.delays).toEqual([30]);
    const second = await attempt(2);
    expect(second.explicitAcks).toEqual(['provider-2']);

    expect(requests).toHaveLength(2);
    const activityId = messages[0]?.body.activityId;
    for (const request of requests) {
      expect(request.url).toBe(`${API}/emails`);
      expect(request.headers.get('Authorization')).toBe('Bearer test-email-key');
      expect(request.headers.get('Idempotency-Key')).toBe(
        `ListActivity/${activityId}:${team.instant}`,
      );
      const body = (await request.json()) as { to: string[]; subject: string };
      expect(body.to).toEqual([`${team.instant}@example.test`]);
      expect(body.subject).toBe('Ada <Actor> added “Bread” to Provider');
    }
  });
});

describe('daily list activity digests', () => {
  it('sends DAILY_DIGEST members one digest of the day from the cron, once', async () => {
    const team = await listWithMembers('Chores');
    const second = await listWithMembers('Trip');
    // The digest member of the first list is also a digest member of the second.
    await addMember(second.workspaceId, team.digest, 'member');
    await mutate(
      AddListMemberDetailedDocument,
      {
        listId: second.listId,
        userId: gid('User', team.digest),
        deliveryPreference: 'DAILY_DIGEST',
      },
      second.owner,
    );

    const dishes = variant(
      await addItem(team.listId, 'Dishes <now>', team.actor),
      'AddListItemSuccess',
    ).data.id;
    await completeItem(dishes, team.actor);
    await addItem(second.listId, 'Passports', second.actor);
    // Their own change is not news to them.
    await addItem(team.listId, 'My own', team.digest);
    const activity = await env.DB.prepare(
      'SELECT created_at FROM list_activity WHERE list_id = ? ORDER BY created_at LIMIT 1',
    )
      .bind(rowId(team.listId))
      .first<{ created_at: string }>();
    const { day, controller } = cronAfterDayOf(activity?.created_at as string);

    const fromCron = await queued(() => worker.scheduled(controller, env));
    const forDigest = fromCron.filter((m) => m.body.recipientId === team.digest);
    expect(forDigest.map((m) => m.body)).toEqual([
      { kind: 'list_activity', recipientId: team.digest, digestDay: day },
    ]);
    // INSTANT and NONE members get no digest; nor does anyone whose lists were quiet.
    const recipients = fromCron.map((m) => m.body.recipientId);
    for (const userId of [team.instant, team.none, team.actor, second.instant]) {
      expect(recipients).not.toContain(userId);
    }
    expect(recipients).toContain(second.digest);

    await deliver(forDigest);
    const [digest, ...more] = await outbox(team.digest);
    expect(more).toEqual([]);
    expect(digest?.subject).toBe(`Your lists on ${day}: 3 changes`);
    expect(digest?.related_id).toBe(`${team.digest}:${day}`);
    const text = digest?.text_body ?? '';
    expect(text).toContain('Chores');
    expect(text).toContain('Ada <Actor> added “Dishes <now>” to Chores');
    expect(text).toContain('Ada <Actor> checked off “Dishes <now>” on Chores');
    expect(text).toContain('Trip');
    expect(text).toContain('added “Passports” to Trip');
    expect(text).not.toContain('My own');
    expect(digest?.html_body).toContain('“Dishes &lt;now&gt;”');
    expect(digest?.html_body).not.toContain('<now>');

    // A second cron run queues nothing for them; a redelivered message sends nothing more.
    const again = await queued(() => worker.scheduled(controller, env));
    expect(again.map((m) => m.body.recipientId)).not.toContain(team.digest);
    await deliver(forDigest);
    expect(await outbox(team.digest)).toHaveLength(1);
    expect(
      await count(
        'SELECT count(*) AS n FROM list_activity_digests WHERE user_id = ? AND digest_date = ?',
        team.digest,
        day,
      ),
    ).toBe(1);
  });

  it('lists only what the member may still read: removed entries and left lists drop out', async () => {
    const team = await listWithMembers('Errands');
    const other = await listWithMembers('Secrets');
    await addMember(other.workspaceId, team.digest, 'member');
    await mutate(
      AddListMemberDetailedDocument,
      {
        listId: other.listId,
        userId: gid('User', team.digest),
        deliveryPreference: 'DAILY_DIGEST',
      },
      other.owner,
    );
    const gone = variant(
      await addItem(team.listId, 'Gone by midnight', team.actor),
      'AddListItemSuccess',
    ).data.id;
    await addItem(team.listId, 'Still here', team.actor);
    await addItem(other.listId, 'Secret plan', other.actor);
    const activity = await env.DB.prepare(
      'SELECT created_at FROM list_activity WHERE list_item_id = ?',
    )
      .bind(rowId(gone))
      .first<{ created_at: string }>();
    await removeItem(gone, team.actor);
    // They leave the quest list (and so stop seeing it) before the digest goes out.
    await env.DB.prepare('DELETE FROM list_members WHERE list_id = ? AND user_id = ?')
      .bind(rowId(other.listId), team.digest)
      .run();
    const { day } = cronAfterDayOf(activity?.created_at as string);
    const message = { body: { kind: 'list_activity', recipientId: team.digest, digestDay: day } };
    await deliver([message]);
    const [digest, ...more] = await outbox(team.digest);
    expect(more).toEqual([]);
    expect(digest?.subject).toBe(`Your lists on ${day}: 1 change`);
    expect(digest?.text_body).toContain('“Still here”');
    expect(digest?.text_body).not.toContain('Gone by midnight');
    expect(digest?.text_body).not.toContain('Secret');
    expect(digest?.html_body).not.toContain('Secret');
  });

  it('sends no digest when nothing of the day is left to tell', async () => {
    const team = await listWithMembers('Quiet');
    const gone = variant(await addItem(team.listId, 'Undone', team.actor), 'AddListItemSuccess')
      .data.id;
    const activity = await env.DB.prepare(
      'SELECT created_at FROM list_activity WHERE list_item_id = ?',
    )
      .bind(rowId(gone))
      .first<{ created_at: string }>();
    await removeItem(gone, team.actor);
    const { day } = cronAfterDayOf(activity?.created_at as string);
    const result = await deliver([
      { body: { kind: 'list_activity', recipientId: team.digest, digestDay: day } },
    ]);
    expect(result.explicitAcks).toHaveLength(1);
    expect(await outbox(team.digest)).toEqual([]);
  });
});
