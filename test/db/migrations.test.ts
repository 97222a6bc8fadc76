import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { NOT_FTS_TABLE } from '../helpers/fts-tables';

// What db/migrations builds: table and index counts, named indexes, the foreign keys of 0026,
// CHECK constraints on enum columns, UNIQUE constraints and the seeded system settings.

const db = () => env.DB;

let seq = 0;
/** A unique id per call: test files share one migrated D1, so rows must never collide. */
const uid = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${(seq++).toString(36)}`;

async function names(type: 'table' | 'index'): Promise<string[]> {
  const { results } = await db()
    .prepare(
      `SELECT name FROM sqlite_master
       WHERE type = ?
         AND name <> 'd1_migrations'
         AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'
         AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
         AND ${NOT_FTS_TABLE}
       ORDER BY name`,
    )
    .bind(type)
    .all<{ name: string }>();
  return results.map((r) => r.name);
}

async function createUser(): Promise<string> {
  const id = uid('usr');
  await db()
    .prepare('INSERT INTO users (id, email, display_name) VALUES (?, ?, ?)')
    .bind(id, `${id}@example.test`, id)
    .run();
  return id;
}

async function createWorkspace(ownerId: string): Promise<string> {
  const id = uid('wsp');
  await db()
    .prepare('INSERT INTO workspaces (id, name, slug, owner_id) VALUES (?, ?, ?, ?)')
    .bind(id, 'Workspace', id, ownerId)
    .run();
  return id;
}

async function createThread(ownerId: string): Promise<string> {
  const id = uid('thr');
  await db()
    .prepare('INSERT INTO threads (id, user_id, title) VALUES (?, ?, ?)')
    .bind(id, ownerId, 'Thread')
    .run();
  return id;
}

function insertInvite(threadId: string, status: string, token = uid('tok')) {
  return db()
    .prepare(
      `INSERT INTO thread_invites (id, thread_id, token, email, candidate_name, status)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .bind(uid('inv'), threadId, token, 'candidate@example.test', 'Candidate', status)
    .run();
}

const CHECK_FAILED = /CHECK constraint failed/;
const UNIQUE_FAILED = /UNIQUE constraint failed/;

describe('tables and indexes', () => {
  it('creates the 44 tables', async () => {
    const tables = await names('table');
    expect(tables).toHaveLength(44);
    expect(tables).toEqual(
      expect.arrayContaining([
        'users',
        'workspaces',
        'workspace_members',
        'work_items',
        'threads',
        'thread_invites',
        'thread_participants',
        'thread_messages',
        'thread_message_deliveries',
        'api_tokens',
        'email_outbox',
        'list_activity',
        'list_activity_digests',
        'domain_events',
        'thread_idempotency_keys',
        'webhook_endpoints',
        'webhook_deliveries',
        'webhook_delivery_attempts',
        'webhook_dispatch_cursor',
        'analytics_operation_rollups',
        'analytics_field_rollups',
        'analytics_seen_messages',
        'attachments',
        'ai_usage_daily',
      ]),
    );
  });

  it('creates at least 50 named indexes', async () => {
    expect((await names('index')).length).toBeGreaterThanOrEqual(50);
  });

  it('has the indexes named by 0004, 0006, 0018, 0026 and the hot paths', async () => {
    const indexes = await names('index');
    expect(indexes).toEqual(
      expect.arrayContaining([
        // 0004
        'idx_users_email',
        'idx_users_display_name',
        'idx_work_items_workspace_created',
        'idx_workspace_members_user_id',
        'idx_inbox_items_user_read_created',
        // 0006
        'idx_ai_usage_logs_user_id',
        'idx_ai_usage_logs_provider',
        'idx_ai_usage_logs_feature',
        'idx_ai_usage_logs_created_at',
        'idx_ai_usage_logs_user_created',
        'idx_ai_cost_budgets_user_id',
        // 0010
        'ux_relationships_pair',
        // 0018
        'idx_ai_provider_keys_provider',
        // 0026
        'idx_threads_user_id',
        'idx_threads_workspace_id',
        'idx_threads_status',
        'idx_thread_invites_thread_id',
        'idx_thread_invites_token',
        'idx_thread_invites_email',
        'idx_thread_invites_status',
        'idx_thread_participants_thread_id',
        'idx_thread_participants_user_id',
        'idx_thread_participants_email',
        // 0040
        'idx_thread_participants_thread_user',
        // 0041
        'idx_thread_message_deliveries_message_created',
        // 0027
        'idx_api_tokens_user_id',
        // 0030
        'idx_thread_idempotency_keys_created_at',
        'idx_thread_idempotency_keys_thread_id',
        'idx_thread_invites_email_status_created',
        // 0031
        'idx_list_activity_list_created',
        'idx_ai_usage_logs_in_flight',
        // 0032
        'idx_domain_events_workspace_id',
        'idx_domain_events_thread_id',
        'idx_domain_events_user_id',
        'idx_domain_events_created_at',
        // 0034
        'idx_webhook_endpoints_workspace_id',
        'idx_webhook_deliveries_endpoint',
        'idx_webhook_deliveries_pending',
        'idx_webhook_delivery_attempts_delivery',
        'idx_webhook_delivery_attempts_endpoint',
        // 0036
        'idx_users_created_id_status',
        'idx_users_updated_id',
        'idx_users_display_name_status',
        'idx_ai_usage_logs_cost_id',
        // 0039
        'idx_analytics_operation_rollups_bucket',
        'idx_analytics_field_rollups_bucket',
        'idx_analytics_field_rollups_coordinate',
        'idx_analytics_seen_messages_seen_at',
        // 0037 (and 0032's, kept by its rebuild of domain_events)
        'idx_attachments_parent',
        'idx_attachments_quota',
        'idx_attachments_status_expiry',
      ]),
    );
  });

  it('orders the columns of composite indexes for their queries', async () => {
    const columnsOf = async (index: string) => {
      const { results } = await db()
        .prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno')
        .bind(index)
        .all<{ name: string }>();
      return results.map((r) => r.name);
    };
    expect(await columnsOf('idx_ai_usage_logs_user_created')).toEqual(['user_id', 'created_at']);
    expect(await columnsOf('idx_work_items_workspace_created')).toEqual([
      'workspace_id',
      'created_at',
      'id',
    ]);
    expect(await columnsOf('idx_inbox_items_user_read_created')).toEqual([
      'user_id',
      'is_read',
      'created_at',
    ]);
    expect(await columnsOf('ux_relationships_pair')).toEqual(['user_id', 'related_user_id']);
  });
});

describe('foreign keys of 0026', () => {
  it.each([
    ['threads', 'user_id', 'users', 'CASCADE'],
    ['threads', 'workspace_id', 'workspaces', 'SET NULL'],
    ['thread_invites', 'thread_id', 'threads', 'CASCADE'],
    ['thread_participants', 'thread_id', 'threads', 'CASCADE'],
    ['thread_participants', 'user_id', 'users', 'SET NULL'],
  ])('%s.%s -> %s ON DELETE %s', async (table, from, parent, onDelete) => {
    const { results } = await db()
      .prepare('SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?)')
      .bind(table)
      .all<{ table: string; from: string; to: string; on_delete: string }>();
    expect(results).toContainEqual({ table: parent, from, to: 'id', on_delete: onDelete });
  });

  it('cascades a thread delete to its invites and participants', async () => {
    const owner = await createUser();
    const thread = await createThread(owner);
    await insertInvite(thread, 'pending');
    await db()
      .prepare('INSERT INTO thread_participants (id, thread_id, user_id, role) VALUES (?, ?, ?, ?)')
      .bind(uid('tpt'), thread, owner, 'owner')
      .run();
    await db().prepare('DELETE FROM threads WHERE id = ?').bind(thread).run();
    const left = await db()
      .prepare(
        `SELECT (SELECT COUNT(*) FROM thread_invites WHERE thread_id = ?1)
              + (SELECT COUNT(*) FROM thread_participants WHERE thread_id = ?1) AS n`,
      )
      .bind(thread)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});

describe('CHECK constraints on enum columns', () => {
  it('work_items.visibility_scope', async () => {
    const owner = await createUser();
    const workspace = await createWorkspace(owner);
    const insert = (scope: string) =>
      db()
        .prepare(
          `INSERT INTO work_items (id, workspace_id, owner_id, title, visibility_scope)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .bind(uid('wki'), workspace, owner, 'Item', scope)
        .run();
    await expect(insert('squad')).resolves.toBeTruthy();
    await expect(insert('public')).rejects.toThrow(CHECK_FAILED);
  });

  it('thread_invites.status', async () => {
    const thread = await createThread(await createUser());
    await expect(insertInvite(thread, 'accepted')).resolves.toBeTruthy();
    await expect(insertInvite(thread, 'maybe')).rejects.toThrow(CHECK_FAILED);
  });

  it('list_members.delivery_preference', async () => {
    const owner = await createUser();
    const workspace = await createWorkspace(owner);
    const list = uid('lst');
    await db()
      .prepare('INSERT INTO lists (id, workspace_id, owner_id, name, kind) VALUES (?, ?, ?, ?, ?)')
      .bind(list, workspace, owner, 'Quest', 'quest')
      .run();
    const insert = async (preference: string) =>
      db()
        .prepare(
          'INSERT INTO list_members (id, list_id, user_id, delivery_preference) VALUES (?, ?, ?, ?)',
        )
        .bind(uid('lmb'), list, await createUser(), preference)
        .run();
    await expect(insert('daily_digest')).resolves.toBeTruthy();
    await expect(insert('weekly')).rejects.toThrow(CHECK_FAILED);
  });

  it('ai_provider_settings.provider', async () => {
    await expect(
      db()
        .prepare('INSERT INTO ai_provider_settings (id, provider, default_model) VALUES (?, ?, ?)')
        .bind(uid('aps'), 'anthropic', 'some-model')
        .run(),
    ).rejects.toThrow(CHECK_FAILED);
  });

  it('workspace_members.role accepts the v2 roles of 0025 only', async () => {
    const owner = await createUser();
    const workspace = await createWorkspace(owner);
    const insert = async (role: string) =>
      db()
        .prepare(
          'INSERT INTO workspace_members (id, workspace_id, user_id, role, added_by) VALUES (?, ?, ?, ?, ?)',
        )
        .bind(uid('wsm'), workspace, await createUser(), role, owner)
        .run();
    await expect(insert('viewer')).resolves.toBeTruthy();
    await expect(insert('admin')).resolves.toBeTruthy();
    await expect(insert('guest')).rejects.toThrow(CHECK_FAILED);
  });
});

describe('UNIQUE constraints', () => {
  it('relationships (user_id, related_user_id)', async () => {
    const a = await createUser();
    const b = await createUser();
    const insert = (from: string, to: string) =>
      db()
        .prepare('INSERT INTO relationships (id, user_id, related_user_id) VALUES (?, ?, ?)')
        .bind(uid('rel'), from, to)
        .run();
    await insert(a, b);
    await expect(insert(b, a)).resolves.toBeTruthy(); // the reverse direction is its own row
    await expect(insert(a, b)).rejects.toThrow(UNIQUE_FAILED);
  });

  it('ai_provider_settings.provider', async () => {
    const insert = () =>
      db()
        .prepare('INSERT INTO ai_provider_settings (id, provider, default_model) VALUES (?, ?, ?)')
        .bind(uid('aps'), 'openai', 'gpt-4o-mini')
        .run();
    await db().prepare("DELETE FROM ai_provider_settings WHERE provider = 'openai'").run();
    await insert();
    await expect(insert()).rejects.toThrow(UNIQUE_FAILED);
  });

  it('thread_invites.token', async () => {
    const thread = await createThread(await createUser());
    const token = uid('tok');
    await insertInvite(thread, 'pending', token);
    await expect(insertInvite(thread, 'pending', token)).rejects.toThrow(UNIQUE_FAILED);
  });

  it('one pending relationship request per pair', async () => {
    const a = await createUser();
    const b = await createUser();
    const insert = (status: string) =>
      db()
        .prepare(
          'INSERT INTO relationship_requests (id, from_user_id, to_user_id, status) VALUES (?, ?, ?, ?)',
        )
        .bind(uid('rrq'), a, b, status)
        .run();
    await insert('declined');
    await insert('pending');
    await expect(insert('declined')).resolves.toBeTruthy();
    await expect(insert('pending')).rejects.toThrow(UNIQUE_FAILED);
  });
});

describe('seeded system settings (0015)', () => {
  it('has maintenance_mode, max_ai_cost_per_user_daily and default_rate_limit', async () => {
    const { results } = await db()
      .prepare(
        `SELECT key, value, value_type FROM system_settings
         WHERE key IN ('maintenance_mode', 'max_ai_cost_per_user_daily', 'default_rate_limit')
         ORDER BY key`,
      )
      .all<{ key: string; value: string; value_type: string }>();
    expect(results).toEqual([
      { key: 'default_rate_limit', value: '120', value_type: 'number' },
      { key: 'maintenance_mode', value: 'false', value_type: 'boolean' },
      { key: 'max_ai_cost_per_user_daily', value: '1.00', value_type: 'number' },
    ]);
  });
});

describe('full-text indexes (0035)', () => {
  it('creates an FTS5 index per searchable table, with triggers for insert, delete and update', async () => {
    const { results } = await db()
      .prepare(
        `SELECT type, name, tbl_name FROM sqlite_master
         WHERE (type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%') OR (type = 'trigger' AND name LIKE '%\\_fts\\_%' ESCAPE '\\')
         ORDER BY type, name`,
      )
      .all<{ type: string; name: string; tbl_name: string }>();
    const searchable = ['lists', 'rooms', 'thread_messages', 'users', 'work_items'];
    expect(results.filter((r) => r.type === 'table').map((r) => r.name)).toEqual(
      searchable.map((table) => `${table}_fts`),
    );
    expect(results.filter((r) => r.type === 'trigger').map((r) => r.name)).toEqual(
      searchable.flatMap((table) =>
        ['delete', 'insert', 'update'].map((event) => `${table}_fts_${event}`),
      ),
    );
  });
});
