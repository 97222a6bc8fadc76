import { env } from 'cloudflare:workers';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { type Context, createContext } from '../../src/context';
import {
  AddAiProviderKeyDetailedDocument,
  type AiProvider,
  type TypedDocumentString,
  UpdateAiProviderSettingsDetailedDocument,
  type UpdateAiProviderSettingsInput,
} from '../generated/graphql';
import { type GraphQLResponse, gql, variant } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';

/** The raw keys of the suite: no response, log line or stored row may ever contain them. */
export const RAW_KEYS = {
  gemini: 'AIzaSyRAW-gemini-test-key-0123456789abcd',
  openai: 'sk-RAW-openai-test-key-0123456789abcdefghij',
  rotated: 'sk-RAW-rotated-test-key-9876543210zyxwvut',
} as const;

export const gid = (type: string, id: string) => btoa(`${type}:${id}`);

const recorded: string[] = [];

/** Records a value (a response, a result, an error) for the leak check. */
export function record(value: unknown): void {
  recorded.push(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));
}

/**
 * Captures every console line of the file (the Worker logs through console in this isolate)
 * and, after the file's tests, fails if any response, result or log line held a raw key.
 */
export function watchForKeyLeaks(): void {
  const lines: string[] = [];
  beforeAll(() => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map((arg) => (typeof arg === 'string' ? arg : String(arg))).join(' '));
      });
    }
  });
  afterAll(async () => {
    const everything = [...recorded, ...lines];
    expect(recorded.length).toBeGreaterThan(0);
    for (const key of Object.values(RAW_KEYS)) {
      expect(everything.filter((text) => text.includes(key))).toEqual([]);
    }
    expect(await rowsHolding(Object.values(RAW_KEYS))).toEqual([]);
  });
  consoleLines = lines;
}

let consoleLines: string[] = [];
/** The console lines captured so far in this file. */
export const capturedLogs = () => consoleLines;

/** Rows of the AI and audit tables whose text holds any of the keys. */
export async function rowsHolding(keys: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const key of keys) {
    const pattern = `%${key}%`;
    const { results } = await env.DB.prepare(
      `SELECT 'ai_provider_keys' AS t, id FROM ai_provider_keys WHERE encrypted_key LIKE ?1 OR masked_preview LIKE ?1
       UNION ALL SELECT 'audit_logs', id FROM audit_logs WHERE changes_json LIKE ?1
       UNION ALL SELECT 'ai_usage_logs', id FROM ai_usage_logs WHERE coalesce(error_code, '') LIKE ?1 OR model LIKE ?1`,
    )
      .bind(pattern)
      .all<{ t: string; id: string }>();
    found.push(...results.map((row) => `${row.t}:${row.id}`));
  }
  return found;
}

/** gql, with the whole response recorded for the leak check. */
export async function call<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  as?: string,
): Promise<GraphQLResponse<TResult>> {
  const response = await gql(document, variables, as ? { as } : {});
  record({ ...response, headers: [...response.headers.entries()] });
  return response;
}

export async function insertAdmin(role: 'support' | 'admin' | 'owner' = 'admin') {
  const userId = await insertUser({ displayName: `Admin ${role}` });
  await env.DB.prepare('INSERT INTO admin_users (id, user_id, role) VALUES (?, ?, ?)')
    .bind(uid('adm'), userId, role)
    .run();
  return userId;
}

/** Forgets every provider setting and key: the router is back to the local provider. */
export async function resetProviders() {
  await env.DB.batch([
    env.DB.prepare('DELETE FROM ai_provider_keys'),
    env.DB.prepare('DELETE FROM ai_provider_settings'),
  ]);
}

/** Saves a provider's settings through the admin mutation. */
export async function updateSettings(admin: string, input: UpdateAiProviderSettingsInput) {
  const response = await call(UpdateAiProviderSettingsDetailedDocument, { input }, admin);
  return response.data?.updateAiProviderSettings;
}

/** Adds a key through the admin mutation; returns the GraphQL result. */
export async function addKey(admin: string, provider: AiProvider, key: string) {
  const response = await call(
    AddAiProviderKeyDetailedDocument,
    { input: { provider, key } },
    admin,
  );
  return response.data?.addAiProviderKey;
}

/** Enables a provider with a key (and any other settings) as an admin would in GraphiQL. */
export async function configure(
  admin: string,
  input: UpdateAiProviderSettingsInput & { provider: 'GEMINI' | 'OPENAI' },
  key?: string,
) {
  const provider = input.provider === 'GEMINI' ? 'gemini' : 'openai';
  const added = await addKey(admin, input.provider, key ?? RAW_KEYS[provider]);
  const saved = await updateSettings(admin, { enabled: true, ...input });
  variant(saved, 'UpdateAiProviderSettingsSuccess');
  return variant(added, 'AddAiProviderKeySuccess').data.id;
}

/** A request context for calling the router directly, as a resolver would. */
export function contextFor(userId: string | null): Context {
  return createContext({
    requestId: uid('req'),
    env,
    viewer: userId ? { kind: 'user', userId } : { kind: 'anonymous' },
    waitUntil: () => {},
    clientIp: '127.0.0.1',
  });
}

export interface UsageLogRow {
  id: string;
  user_id: string | null;
  feature: string;
  provider: string;
  model: string;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
  latency_ms: number | null;
  outcome: string;
  error_code: string | null;
  request_id: string | null;
  created_at: string;
}

/** The usage rows of one user, oldest first. */
export async function usageOf(userId: string): Promise<UsageLogRow[]> {
  const { results } = await env.DB.prepare(
    'SELECT * FROM ai_usage_logs WHERE user_id = ? ORDER BY created_at, rowid',
  )
    .bind(userId)
    .all<UsageLogRow>();
  return results;
}

/** Strangers to pick from. */
export async function poolOf(size: number) {
  const pool = [];
  for (let i = 0; i < size; i++) {
    const userId = await insertUser({ displayName: `Stranger ${i}` });
    pool.push({
      userId,
      displayName: `Stranger ${i}`,
      bio: i % 2 ? 'Loves chess and hiking.' : null,
    });
  }
  return pool;
}
