// The demo data `npm run dev` loads: every id fixed, so the README can name them, and every
// statement idempotent (INSERT OR IGNORE), so reloading never duplicates.
import { createHash } from 'node:crypto';

export const DEMO_USER = 'usr_demo_ada';
export const DEMO_ADMIN = 'usr_demo_admin';
/** The demo invite's raw token: only its SHA-256 digest is stored, as for real invites. */
export const DEMO_INVITE_TOKEN = 'demoInviteToken_0123456789abcdef';
/** Emmy's invite to the same thread: 32 characters too, the shape every invite token has. */
export const DEMO_EMMY_INVITE_TOKEN = 'demoInviteToken_emmy_0123456789a';

const sha256 = (value) => createHash('sha256').update(value).digest('hex');
const q = (value) => (value === null ? 'NULL' : `'${String(value).replaceAll("'", "''")}'`);
const insert = (table, row) =>
  `INSERT OR IGNORE INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.values(row).map(q).join(', ')});`;

export const demoUsers = [
  { id: DEMO_USER, email: 'ada@demo.test', display_name: 'Ada Lovelace', bio: 'Demo user' },
  { id: 'usr_demo_grace', email: 'grace@demo.test', display_name: 'Grace Hopper', bio: 'Teammate' },
  {
    id: 'usr_demo_linus',
    email: 'linus@demo.test',
    display_name: 'Linus Pauling',
    bio: 'Teammate',
  },
  { id: 'usr_demo_alan', email: 'alan@demo.test', display_name: 'Alan Turing', bio: 'Stranger' },
  { id: 'usr_demo_emmy', email: 'emmy@demo.test', display_name: 'Emmy Noether', bio: 'Stranger' },
  {
    id: 'usr_demo_kat',
    email: 'kat@demo.test',
    display_name: 'Katherine Johnson',
    bio: 'Stranger',
  },
  { id: DEMO_ADMIN, email: 'admin@demo.test', display_name: 'Demo Admin', bio: 'Admin (owner)' },
];

export function demoSql() {
  const inFuture = new Date(Date.now() + 72 * 3600 * 1000).toISOString();
  const rows = [
    ...demoUsers.map((user) => insert('users', user)),
    insert('admin_users', { id: 'adm_demo', user_id: DEMO_ADMIN, role: 'owner' }),
    insert('workspaces', {
      id: 'wsp_demo',
      name: 'Demo Squad',
      slug: 'demo-squad',
      description: 'A workspace with a bit of everything',
      owner_id: DEMO_USER,
    }),
    ...[
      ['wsm_demo_ada', DEMO_USER, 'owner'],
      ['wsm_demo_grace', 'usr_demo_grace', 'admin'],
      ['wsm_demo_linus', 'usr_demo_linus', 'member'],
    ].map(([id, user_id, role]) =>
      insert('workspace_members', { id, workspace_id: 'wsp_demo', user_id, role }),
    ),
    insert('rooms', {
      id: 'rom_demo_general',
      workspace_id: 'wsp_demo',
      name: 'General',
      created_by: DEMO_USER,
    }),
    insert('rooms', {
      id: 'rom_demo_design',
      workspace_id: 'wsp_demo',
      name: 'Design',
      created_by: 'usr_demo_grace',
    }),
    insert('room_members', {
      id: 'rmm_demo_1',
      room_id: 'rom_demo_general',
      user_id: DEMO_USER,
      role: 'owner',
    }),
    insert('room_members', {
      id: 'rmm_demo_2',
      room_id: 'rom_demo_general',
      user_id: 'usr_demo_linus',
      role: 'member',
    }),
    insert('room_members', {
      id: 'rmm_demo_3',
      room_id: 'rom_demo_design',
      user_id: 'usr_demo_grace',
      role: 'owner',
    }),
    insert('lists', {
      id: 'lst_demo_quest',
      workspace_id: 'wsp_demo',
      owner_id: DEMO_USER,
      name: 'Launch quest',
      kind: 'quest',
    }),
    insert('list_members', {
      id: 'lsm_demo_1',
      list_id: 'lst_demo_quest',
      user_id: DEMO_USER,
      role: 'owner',
    }),
    insert('list_members', {
      id: 'lsm_demo_2',
      list_id: 'lst_demo_quest',
      user_id: 'usr_demo_grace',
      role: 'editor',
      delivery_preference: 'daily_digest',
    }),
    insert('list_items', {
      id: 'lsi_demo_1',
      list_id: 'lst_demo_quest',
      title: 'Write the launch post',
      position: 1,
      created_by: DEMO_USER,
    }),
    ...[
      ['wki_demo_private', 'Private note to self', 'private', null, null],
      ['wki_demo_room', 'Room task for General', 'room', 'rom_demo_general', null],
      ['wki_demo_quest', 'Quest task', 'quest', null, 'lst_demo_quest'],
      ['wki_demo_squad', 'Squad-wide task', 'squad', null, null],
    ].map(([id, title, scope, room_id, list_id]) =>
      insert('work_items', {
        id,
        workspace_id: 'wsp_demo',
        room_id,
        list_id,
        owner_id: DEMO_USER,
        assignee_id: scope === 'squad' ? 'usr_demo_linus' : null,
        type: 'task',
        status: 'todo',
        title,
        visibility: scope === 'room' ? 'room' : 'private',
        visibility_scope: scope,
      }),
    ),
    // A teammate's pending request, so the docs can show accepting one.
    insert('relationship_requests', {
      id: 'rrq_demo_linus',
      from_user_id: 'usr_demo_linus',
      to_user_id: DEMO_USER,
      message: 'Lunch after the launch?',
    }),
    insert('inbox_items', {
      id: 'inb_demo_1',
      user_id: DEMO_USER,
      kind: 'system',
      title: 'Welcome to the demo',
    }),
    insert('hosted_events', {
      id: 'evt_demo',
      workspace_id: 'wsp_demo',
      host_id: DEMO_USER,
      title: 'Demo day',
      starts_at: inFuture,
      status: 'scheduled',
    }),
    insert('threads', {
      id: 'thr_demo',
      user_id: DEMO_USER,
      workspace_id: 'wsp_demo',
      title: 'Coffee chat about compilers',
      description: 'Looking for someone to talk compilers with.',
      status: 'active',
    }),
    insert('thread_participants', {
      id: 'thp_demo_owner',
      thread_id: 'thr_demo',
      user_id: DEMO_USER,
      email: 'ada@demo.test',
      role: 'owner',
    }),
    insert('thread_invites', {
      id: 'thi_demo_alan',
      thread_id: 'thr_demo',
      token: sha256(DEMO_INVITE_TOKEN),
      email: 'alan@demo.test',
      candidate_name: 'Alan Turing',
      candidate_reason: 'Writes about computation',
      status: 'pending',
      // Demo links are printed for the developer instead of emailed: nothing for the cron's
      // email sweep to send (it could not: demo tokens are not derived from the secret).
      email_status: 'sent',
      expires_at: '2099-01-01T00:00:00.000Z',
      invited_user_id: 'usr_demo_alan',
    }),
    insert('thread_invites', {
      id: 'thi_demo_emmy',
      thread_id: 'thr_demo',
      token: sha256(DEMO_EMMY_INVITE_TOKEN),
      email: 'emmy@demo.test',
      candidate_name: 'Emmy Noether',
      candidate_reason: 'Likes symmetry',
      status: 'pending',
      email_status: 'sent',
      expires_at: '2099-01-01T00:00:00.000Z',
      invited_user_id: 'usr_demo_emmy',
    }),
  ];
  return `${rows.join('\n')}\n`;
}
