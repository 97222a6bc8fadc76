// The benchmark's dataset, generated inside D1 by recursive CTEs (one statement per table), so
// seeding 200,000 rows takes seconds. Sizes follow issue 8: 2,000 users, 100 workspaces,
// 50,000 work items over every visibility scope, 2,000 threads with invites and messages,
// 100,000 AI usage rows over 30 days.
import { BENCH_INTEGRATOR_TOKEN_HASH } from './secrets.ts';

export const SIZES = {
  users: 2000,
  workspaces: 100,
  membersPerWorkspace: 20,
  roomsPerWorkspace: 3,
  listsPerWorkspace: 2,
  workItems: 50000,
  threads: 2000,
  messagesPerThread: 10,
  /** The thread the benchmark reads: 50 messages with deliveries. */
  benchThreadMessages: 50,
  aiUsageRows: 100000,
} as const;

/** A small copy of the dataset with the same shape, for the tests that pin the operations. */
export const TEST_SIZES = {
  ...SIZES,
  users: 400,
  workspaces: 20,
  workItems: 2000,
  threads: 200,
  messagesPerThread: 3,
  aiUsageRows: 3000,
} as const;

export const BENCH_USER = 'usr_b0';
export const BENCH_ADMIN = 'usr_b1';
export const BENCH_THREAD = 'thr_b0';
export const BENCH_TOKEN_ID = 'tok_b0';

const seq = (count: number) =>
  `WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ${count - 1})`;
const ts = (offsetExpr: string) =>
  `strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-01T00:00:00Z', '+' || (${offsetExpr}) || ' seconds')`;

export type Sizes = { [K in keyof typeof SIZES]: number };

/** The seed as SQL statements; tests use smaller sizes (users >= 20 x workspaces, threads <= users). */
export function seedStatements(s: Sizes = SIZES): string[] {
  const w = s.workspaces;
  return [
    `${seq(s.users)} INSERT INTO users (id, email, display_name, bio, created_at, updated_at)
      SELECT 'usr_b' || n, 'u' || n || '@bench.test', 'User ' || n, 'likes topic ' || (n % 37),
        ${ts('n')}, ${ts('n')} FROM seq`,
    `INSERT INTO admin_users (id, user_id, role) VALUES ('adm_b1', '${BENCH_ADMIN}', 'owner')`,
    // The integrator token of the HTTP section's `{ viewer { id } }` as an integrator.
    `INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix, scopes, last_used_at)
      VALUES ('${BENCH_TOKEN_ID}', '${BENCH_USER}', 'bench', '${BENCH_INTEGRATOR_TOKEN_HASH}', 'gwt_benc', 'read',
        '2999-01-01T00:00:00.000Z')`,
    // One sequential client sends thousands of requests a minute: lift the per-viewer limit.
    `UPDATE system_settings SET value = '100000' WHERE key = 'default_rate_limit'`,
    `${seq(w)} INSERT INTO workspaces (id, name, slug, owner_id, created_at, updated_at)
      SELECT 'wsp_b' || n, 'Workspace ' || n, 'bench-' || n, 'usr_b' || (n * 20), ${ts('n')}, ${ts('n')} FROM seq`,
    // User u belongs to workspace u / 20 (its owner is the first), and the bench user to 10 more.
    `${seq(w * s.membersPerWorkspace)} INSERT INTO workspace_members (id, workspace_id, user_id, role, joined_at, updated_at)
      SELECT 'wsm_b' || n, 'wsp_b' || (n / 20), 'usr_b' || n,
        CASE WHEN n % 20 = 0 THEN 'owner' WHEN n % 20 = 1 THEN 'admin' ELSE 'member' END,
        ${ts('n')}, ${ts('n')} FROM seq`,
    `${seq(9)} INSERT INTO workspace_members (id, workspace_id, user_id, role, joined_at, updated_at)
      SELECT 'wsm_bx' || n, 'wsp_b' || (n + 1), '${BENCH_USER}', 'member', ${ts('n')}, ${ts('n')} FROM seq`,
    `${seq(w * s.roomsPerWorkspace)} INSERT INTO rooms (id, workspace_id, name, created_by, created_at, updated_at)
      SELECT 'rom_b' || n, 'wsp_b' || (n / 3), 'Room ' || n, 'usr_b' || ((n / 3) * 20), ${ts('n')}, ${ts('n')} FROM seq`,
    `${seq(w * s.membersPerWorkspace)} INSERT INTO room_members (id, room_id, user_id, role, joined_at)
      SELECT 'rmm_b' || n, 'rom_b' || ((n / 20) * 3 + n % 3), 'usr_b' || n, 'member', ${ts('n')} FROM seq`,
    `${seq(w * s.listsPerWorkspace)} INSERT INTO lists (id, workspace_id, owner_id, name, kind, created_at, updated_at)
      SELECT 'lst_b' || n, 'wsp_b' || (n / 2), 'usr_b' || ((n / 2) * 20), 'Quest ' || n, 'quest', ${ts('n')}, ${ts('n')} FROM seq`,
    `${seq(w * s.membersPerWorkspace)} INSERT INTO list_members (id, list_id, user_id, role, joined_at)
      SELECT 'lsm_b' || n, 'lst_b' || ((n / 20) * 2 + n % 2), 'usr_b' || n, 'editor', ${ts('n')} FROM seq`,
    `${seq(s.workItems)} INSERT INTO work_items (id, workspace_id, room_id, list_id, owner_id, assignee_id,
        type, status, title, visibility, visibility_scope, due_at, created_at, updated_at)
      SELECT 'wki_b' || n, 'wsp_b' || (n % ${w}),
        CASE WHEN n % 4 = 1 THEN 'rom_b' || ((n % ${w}) * 3 + n % 3) END,
        CASE WHEN n % 4 = 2 THEN 'lst_b' || ((n % ${w}) * 2 + n % 2) END,
        'usr_b' || ((n % ${w}) * 20 + n % 20), 'usr_b' || ((n % ${w}) * 20 + (n + 7) % 20),
        CASE WHEN n % 5 = 0 THEN 'scheduled' ELSE 'task' END,
        CASE n % 4 WHEN 0 THEN 'todo' WHEN 1 THEN 'in_progress' WHEN 2 THEN 'done' ELSE 'cancelled' END,
        'Work item ' || n, CASE WHEN n % 4 = 1 THEN 'room' ELSE 'private' END,
        CASE n % 4 WHEN 0 THEN 'private' WHEN 1 THEN 'room' WHEN 2 THEN 'quest' ELSE 'squad' END,
        ${ts('n * 60')}, ${ts('n')}, ${ts('n')} FROM seq`,
    `${seq(s.threads)} INSERT INTO threads (id, user_id, workspace_id, title, description, status, created_at, updated_at)
      SELECT 'thr_b' || n, 'usr_b' || n, 'wsp_b' || (n / 20), 'Thread ' || n, 'About topic ' || (n % 37),
        'active', ${ts('n')}, ${ts('n')} FROM seq`,
    `${seq(s.threads * 2)} INSERT INTO thread_participants (id, thread_id, user_id, email, role, joined_at)
      SELECT 'thp_b' || n, 'thr_b' || (n / 2), 'usr_b' || CASE WHEN n % 2 = 0 THEN n / 2 ELSE (n / 2 + ${Math.floor(s.users / 2)}) % ${s.users} END,
        NULL, CASE WHEN n % 2 = 0 THEN 'owner' ELSE 'member' END, ${ts('n')} FROM seq`,
    `${seq(s.threads * 3)} INSERT INTO thread_invites (id, thread_id, token, email, candidate_name, candidate_reason,
        status, expires_at, created_at)
      SELECT 'thi_b' || n, 'thr_b' || (n / 3), lower(hex(randomblob(32))), 'c' || n || '@bench.test', 'Candidate ' || n,
        'shares topic', CASE WHEN n % 3 = 0 THEN 'accepted' ELSE 'pending' END, '2099-01-01T00:00:00.000Z', ${ts('n')} FROM seq`,
    `${seq(s.threads * s.messagesPerThread)} INSERT INTO thread_messages (id, thread_id, sender_user_id, body, created_at, updated_at)
      SELECT 'thm_b' || n, 'thr_b' || (1 + (n / ${s.messagesPerThread}) % ${s.threads - 1}), 'usr_b' || (1 + (n / ${s.messagesPerThread}) % ${s.threads - 1}), 'Message ' || n,
        ${ts('n')}, ${ts('n')} FROM seq`,
    `${seq(s.benchThreadMessages)} INSERT INTO thread_messages (id, thread_id, sender_user_id, body, created_at, updated_at)
      SELECT 'thm_bx' || n, '${BENCH_THREAD}', CASE WHEN n % 2 = 0 THEN '${BENCH_USER}' ELSE 'usr_b${Math.floor(s.users / 2)}' END,
        'Bench message ' || n, ${ts('n')}, ${ts('n')} FROM seq`,
    `INSERT INTO thread_message_deliveries (id, message_id, recipient_user_id, status, delivered_at, created_at)
      SELECT 'tmd_' || m.id, m.id, CASE WHEN m.sender_user_id = '${BENCH_USER}' THEN 'usr_b${Math.floor(s.users / 2)}' ELSE '${BENCH_USER}' END,
        'delivered', m.created_at, m.created_at FROM thread_messages m WHERE m.thread_id = '${BENCH_THREAD}'`,
    `${seq(s.aiUsageRows)} INSERT INTO ai_usage_logs (id, user_id, feature, provider, model, input_tokens,
        output_tokens, cost_usd, latency_ms, outcome, created_at)
      SELECT 'aiu_b' || n, 'usr_b' || (n % ${s.users}), CASE n % 3 WHEN 0 THEN 'thread_candidates' WHEN 1 THEN 'summaries' ELSE 'search' END,
        CASE n % 3 WHEN 0 THEN 'openai' WHEN 1 THEN 'gemini' ELSE 'local' END, 'model-' || (n % 3),
        100 + n % 900, 50 + n % 400, (n % 100) / 10000.0, 100 + n % 2000,
        CASE WHEN n % 50 = 0 THEN 'error' ELSE 'success' END,
        strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-24T23:59:00Z', '-' || (n * 25) || ' seconds') FROM seq`,
  ];
}
