// The operations a frontend sends, as the benchmark runs them: each with the hand-written SQL
// that fetches the same data in the fewest statements (rounds of statements sent as one batch).
// The floor Worker adds the account check the gateway makes (bench/workers/floor.ts).
// test/bench/statement-counts.test.ts pins the gateway's statement counts for these documents.
import { BENCH_ADMIN, BENCH_THREAD, BENCH_USER } from './seed.ts';

export type SqlRound = [string, ...(string | number)[]][];

export interface BenchOperation {
  name: string;
  /** The user id the operation runs as. */
  as: string;
  /** An admin field: the floor checks the viewer's admin role as the gateway does. */
  admin?: boolean;
  query: string;
  variables: Record<string, unknown>;
  /** The floor: the same data in the fewest statements (each inner list is one round trip). */
  sql: SqlRound[];
}

// Visible to the viewer (?1): owner, assignee, or the scope's membership (DESIGN.md).
const VISIBLE = `(w.owner_id = ?1 OR w.assignee_id = ?1
  OR (w.visibility_scope = 'room' AND EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = w.room_id AND rm.user_id = ?1))
  OR (w.visibility_scope = 'quest' AND EXISTS (SELECT 1 FROM list_members lm WHERE lm.list_id = w.list_id AND lm.user_id = ?1))
  OR (w.visibility_scope = 'squad' AND EXISTS (SELECT 1 FROM workspace_members sm WHERE sm.workspace_id = w.workspace_id AND sm.user_id = ?1)))`;

export const dashboard: BenchOperation = {
  name: 'dashboard',
  as: BENCH_USER,
  query: `query Dashboard {
  viewer {
    displayName
    workspaceMemberships(first: 10) {
      edges { node { role workspace { name workItems(first: 20) {
        totalCount
        edges { node { title status owner { displayName } assignee { displayName } } }
      } } } }
    }
  }
}`,
  variables: {},
  sql: [
    [
      [
        `SELECT u.display_name, m.role, ws.id, ws.name FROM users u
         JOIN workspace_members m ON m.user_id = u.id JOIN workspaces ws ON ws.id = m.workspace_id
         WHERE u.id = ?1 ORDER BY m.joined_at, m.id LIMIT 10`,
        BENCH_USER,
      ],
      [
        `SELECT * FROM (
           SELECT w.workspace_id, w.title, w.status, o.display_name AS owner_name, a.display_name AS assignee_name,
             row_number() OVER (PARTITION BY w.workspace_id ORDER BY w.created_at DESC, w.id DESC) AS rn,
             count(*) OVER (PARTITION BY w.workspace_id) AS total
           FROM workspace_members vm CROSS JOIN work_items w ON w.workspace_id = vm.workspace_id
             JOIN users o ON o.id = w.owner_id LEFT JOIN users a ON a.id = w.assignee_id
           WHERE vm.user_id = ?1 AND ${VISIBLE}
         ) WHERE rn <= 20`,
        BENCH_USER,
      ],
    ],
  ],
};

export const deepNode: BenchOperation = {
  name: 'deep node refetch',
  as: BENCH_USER,
  query: `query DeepNode($id: ID!) {
  node(id: $id) {
    ... on WorkItem {
      title
      workspace { name members(first: 20) { edges { node { role user {
        displayName
        workspaceMemberships(first: 5) { edges { node { workspace { name } } } }
      } } } } }
    }
  }
}`,
  variables: { id: btoa('WorkItem:wki_b0') },
  sql: [
    [
      [
        `SELECT w.title, ws.name, m.role, u.display_name, u.id AS user_id FROM work_items w
         JOIN workspaces ws ON ws.id = w.workspace_id
         JOIN workspace_members m ON m.workspace_id = ws.id JOIN users u ON u.id = m.user_id
         WHERE w.id = ?2 AND ${VISIBLE} ORDER BY m.joined_at, m.id LIMIT 20`,
        BENCH_USER,
        'wki_b0',
      ],
      [
        `SELECT * FROM (SELECT m2.user_id, ws2.name, row_number() OVER (PARTITION BY m2.user_id ORDER BY m2.joined_at, m2.id) AS rn
           FROM workspace_members m2 JOIN workspaces ws2 ON ws2.id = m2.workspace_id
           WHERE m2.user_id IN (SELECT user_id FROM workspace_members WHERE workspace_id = (SELECT workspace_id FROM work_items WHERE id = ?2) ORDER BY joined_at, id LIMIT 20)
             AND EXISTS (SELECT 1 FROM workspace_members v WHERE v.workspace_id = m2.workspace_id AND v.user_id = ?1))
         WHERE rn <= 5`,
        BENCH_USER,
        'wki_b0',
      ],
    ],
  ],
};

export const threadWithMessages: BenchOperation = {
  name: 'thread with 50 messages',
  as: BENCH_USER,
  query: `query ThreadPage($id: ID!) {
  node(id: $id) {
    ... on Thread {
      title
      participants { edges { node { role user { displayName } } } }
      messages(last: 50) {
        edges { node { body createdAt sender { displayName }
          deliveries { edges { node { status readAt recipient { displayName } } } }
        } }
      }
    }
  }
}`,
  variables: { id: btoa(`Thread:${BENCH_THREAD}`) },
  sql: [
    [
      [
        `SELECT t.title, p.role, u.display_name FROM threads t
         JOIN thread_participants p ON p.thread_id = t.id LEFT JOIN users u ON u.id = p.user_id
         WHERE t.id = ?2 AND t.status <> 'deleted'
           AND EXISTS (SELECT 1 FROM thread_participants v WHERE v.thread_id = t.id AND v.user_id = ?1)
         ORDER BY p.joined_at, p.id`,
        BENCH_USER,
        BENCH_THREAD,
      ],
      [
        `SELECT m.id, m.body, m.created_at, s.display_name, d.status, d.read_at, r.display_name AS recipient
         FROM (SELECT * FROM thread_messages WHERE thread_id = ?1 ORDER BY created_at DESC, id DESC LIMIT 50) m
         LEFT JOIN users s ON s.id = m.sender_user_id
         LEFT JOIN thread_message_deliveries d ON d.message_id = m.id
         LEFT JOIN users r ON r.id = d.recipient_user_id
         ORDER BY m.created_at, m.id`,
        BENCH_THREAD,
      ],
    ],
  ],
};

export const adminAiReport: BenchOperation = {
  name: 'admin AI usage report, 30 days',
  as: BENCH_ADMIN,
  admin: true,
  query: `query AiReport($from: DateTime!, $to: DateTime!) {
  aiUsageReport(from: $from, to: $to, groupBy: DAY, limit: 31) {
    total { calls costUsd errorCalls inputTokens outputTokens }
    rows { key figures { calls costUsd errorCalls } }
  }
}`,
  variables: { from: '2026-10-26T00:00:00.000Z', to: '2026-11-25T00:00:00.000Z' },
  sql: [
    [
      [
        // The daily rollup (migration 0038) holds these sums: the fewest rows there are to read.
        `SELECT day, sum(calls), sum(cost_usd), sum(error_calls), sum(input_tokens), sum(output_tokens)
         FROM ai_usage_daily WHERE day >= substr(?1, 1, 10) AND day < substr(?2, 1, 10)
         GROUP BY day ORDER BY day`,
        '2026-10-26T00:00:00.000Z',
        '2026-11-25T00:00:00.000Z',
      ],
    ],
  ],
};

export const operations: BenchOperation[] = [
  dashboard,
  threadWithMessages,
  adminAiReport,
  deepNode,
];
