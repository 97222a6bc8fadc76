import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { digestApiToken } from '../../../src/auth/api-tokens';
import { randomToken } from '../../../src/resolvers/ids';
import { send, tokenFor } from '../../helpers/client';
import { insertUser, insertWorkspace, uid } from '../../helpers/seed';
import { liftRateLimit } from '../helpers';

/*
 * The attack suite's harness: requests shaped the way real GraphQL attacks are, sent through the
 * Worker's fetch. Each must be answered without a 5xx, with a clear typed error
 * (`extensions.code`), without stack traces or SQL in the body, and, when refused, with every
 * table of the database exactly as it was (row count and a checksum of the rows).
 *
 * One test file per attack class uses it: each calls `setUpAttacks` in beforeAll (its own D1, its
 * own cast) and `reportAttacks` in afterAll (how many of its attacks ran).
 */

// ---------------------------------------------------------------------------------------------
// The database fingerprint

interface TableState {
  count: number;
  checksum: string;
}
export type Fingerprint = Map<string, TableState>;

/** The tables of this file's database, and their state that refused attacks must leave intact. */
export const database = {
  tables: [] as string[],
  baseline: new Map() as Fingerprint,
};

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every table's row count and a checksum of its rows: one batch, one round trip. */
export async function fingerprint(): Promise<Fingerprint> {
  const results = await env.DB.batch(
    database.tables.map((table) => env.DB.prepare(`SELECT * FROM "${table}"`)),
  );
  const state: Fingerprint = new Map();
  for (const [index, table] of database.tables.entries()) {
    const rows = (results[index]?.results ?? []).map((row) => JSON.stringify(row)).sort();
    state.set(table, { count: rows.length, checksum: await sha256Hex(rows.join('\n')) });
  }
  return state;
}

export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return database.tables.filter(
    (table) =>
      before.get(table)?.count !== after.get(table)?.count ||
      before.get(table)?.checksum !== after.get(table)?.checksum,
  );
}

/** Waits until nothing writes any more (queue consumers and waitUntil work of an accepted write). */
export async function settled(): Promise<Fingerprint> {
  let previous = await fingerprint();
  const started = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const current = await fingerprint();
    if (changedTables(previous, current).length === 0 && Date.now() - started >= 1200) {
      return current;
    }
    previous = current;
  }
}

// ---------------------------------------------------------------------------------------------
// What every answer must look like

export const STACK_OR_SQL =
  /SQLITE|D1_ERROR|\bselect\b[^"]{0,200}\bfrom\b|\binsert\s+into\b|\bdelete\s+from\b|\bupdate\s+"?\w+"?\s+set\b|\bat\s+[\w.$<>]+\s+\(|\.[jt]s:\d+:\d+|"stack"/i;

/** Payloads the attacks send: a response may quote them back, which is not a leak. */
export const echoes: string[] = [];

export function withoutEchoes(text: string): string {
  let cleaned = text;
  for (const payload of echoes) {
    // Quoted back raw, JSON-escaped, or escaped twice (a message quoting the value, in JSON).
    const once = JSON.stringify(payload).slice(1, -1);
    for (const form of [JSON.stringify(once).slice(1, -1), once, payload]) {
      cleaned = cleaned.split(form).join('');
    }
  }
  return cleaned;
}

export interface Answer {
  status: number;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message?: string; extensions?: { code?: unknown } }[];
  } | null;
}

export async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = null;
  }
  return { status: response.status, text, body };
}

/** The typed error of an answer: a top-level error's code, or a mutation's error result. */
export function errorCodes(answer: Answer): string[] {
  const codes = (answer.body?.errors ?? [])
    .map((error) => error.extensions?.code)
    .filter((code): code is string => typeof code === 'string' && code.length > 0);
  for (const value of Object.values(answer.body?.data ?? {})) {
    const result = value as { __typename?: string; code?: unknown } | null;
    if (result && typeof result.code === 'string') codes.push(result.code);
  }
  return codes;
}

// ---------------------------------------------------------------------------------------------
// Running attacks

interface Attack {
  category: string;
  name: string;
  send: () => Promise<Response>;
  /** Codes any of which proves the right defence answered. */
  codes: string[];
  /** HTTP statuses allowed (default: any below 500). */
  statuses?: number[];
}

/** What this file's attacks came to, for the report. */
export const tally = {
  ran: new Map<string, number>(),
  refusedCount: 0,
  acceptedCount: 0,
  acceptedCases: [] as string[],
};

export async function attack(a: Attack): Promise<void> {
  const answer = await answerOf(await a.send());
  const label = `${a.category}: ${a.name}`;
  tally.ran.set(a.category, (tally.ran.get(a.category) ?? 0) + 1);
  expect(answer.status, `${label} -> ${answer.text.slice(0, 300)}`).toBeLessThan(500);
  if (a.statuses) expect(a.statuses, label).toContain(answer.status);
  expect(withoutEchoes(answer.text), label).not.toMatch(STACK_OR_SQL);
  const codes = errorCodes(answer);
  expect(
    codes.some((code) => a.codes.includes(code)),
    `${label}: expected one of ${a.codes.join(', ')}, got ${codes.join(', ') || 'none'}: ${answer.text.slice(0, 300)}`,
  ).toBe(true);
  const after = await fingerprint();
  expect(changedTables(database.baseline, after), `${label} wrote to the database`).toEqual([]);
  tally.refusedCount += 1;
}

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
export const post = (query: string, headers: Record<string, string> = {}, variables = {}) =>
  send('/graphql', json({ query, variables }, headers));

let addresses = 0;
/**
 * A client address of its own: each credential attack is judged by itself, not by the budget of
 * failed authentications its neighbours spent from the same address (that budget has its attack).
 */
export function ownAddress(): Record<string, string> {
  addresses += 1;
  return { 'CF-Connecting-IP': `100.64.${Math.floor(addresses / 250)}.${addresses % 250}` };
}

export const CREATE_WORKSPACE =
  'mutation { createWorkspace(input: { name: "pwned" }) { __typename } }';

// ---------------------------------------------------------------------------------------------
// The cast

/** The attacker, their workspace and their credentials: filled by `setUpAttacks`. */
export const cast = {
  attacker: '',
  attackerWorkspace: '',
  asAttacker: {} as Record<string, string>,
  readToken: '',
  writeToken: '',
  revokedToken: '',
  expiredToken: '',
};

async function insertToken(userId: string, scopes: 'read' | 'read,write', extra = '') {
  const token = `gwt_${randomToken(40)}`;
  await env.DB.prepare(
    `INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix, scopes, last_used_at, revoked_at, expires_at) VALUES (?, ?, 'attack', ?, ?, ?, ?, ${extra || 'NULL, NULL'})`,
  )
    .bind(
      uid('tok'),
      userId,
      await digestApiToken(token),
      token.slice(0, 10),
      scopes,
      new Date().toISOString(),
    )
    .run();
  return token;
}

/** Lists the tables, seeds the cast and takes the baseline every refused attack must leave. */
export async function setUpAttacks(): Promise<void> {
  const names = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  database.tables = names.results.map((row) => row.name);
  await liftRateLimit();
  cast.attacker = await insertUser({ displayName: 'Mallory' });
  cast.attackerWorkspace = await insertWorkspace(cast.attacker, 'Mallory HQ');
  cast.asAttacker = { Authorization: `Bearer ${await tokenFor(cast.attacker)}` };
  // last_used_at is fresh: authenticating with these tokens writes nothing for a minute.
  cast.readToken = await insertToken(cast.attacker, 'read');
  cast.writeToken = await insertToken(cast.attacker, 'read,write');
  cast.revokedToken = await insertToken(
    cast.attacker,
    'read,write',
    "'2020-01-01T00:00:00.000Z', NULL",
  );
  cast.expiredToken = await insertToken(
    cast.attacker,
    'read,write',
    "NULL, '2020-01-01T00:00:00.000Z'",
  );
  database.baseline = await settled();
}

/** Prints how many attacks of this attack class ran, by category. */
export function reportAttacks(attackClass: string): void {
  const total = [...tally.ran.values()].reduce((sum, n) => sum + n, 0);
  const byCategory = [...tally.ran.entries()].map(([category, n]) => `${category} ${n}`).join(', ');
  console.log(
    `Attack suite, ${attackClass}: ${total} attacks ran (${tally.refusedCount} refused with the database unchanged, ${tally.acceptedCount} accepted as harmless writes): ${byCategory}`,
  );
  if (tally.acceptedCases.length > 0) {
    console.log(`Accepted (payload stored as text): ${tally.acceptedCases.join(', ')}`);
  }
}
