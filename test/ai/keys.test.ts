import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aiCandidatePicker } from '../../src/resolvers/ai/thread-candidates';
import {
  AddAiProviderKeyDetailedDocument,
  AiProviderSettingsWithKeysDocument,
  DeleteAiProviderKeyDetailedDocument,
  RotateAiProviderKeyDetailedDocument,
} from '../generated/graphql';
import { variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import {
  addKey,
  call,
  capturedLogs,
  configure,
  contextFor,
  insertAdmin,
  poolOf,
  RAW_KEYS,
  record,
  resetProviders,
  rowsHolding,
  usageOf,
  watchForKeyLeaks,
} from './setup';
import { standIns, workingModel } from './stand-ins';

watchForKeyLeaks();

let admin: string;
let support: string;
let stubs: ReturnType<typeof standIns> | null = null;

beforeAll(async () => {
  admin = await insertAdmin('admin');
  support = await insertAdmin('support');
});
beforeEach(async () => {
  await resetProviders();
});
afterEach(() => {
  stubs?.restore();
  stubs = null;
});

async function pickAs(userId: string) {
  const pool = await poolOf(2);
  const picks = await aiCandidatePicker(contextFor(userId), {
    ownerId: userId,
    thread: { title: 'Keys', description: null },
    pool,
    count: 1,
  });
  record(picks);
  return picks;
}

describe('AI provider keys', () => {
  it('stores a key encrypted and shows only its masked preview', async () => {
    const added = await addKey(admin, 'OPENAI', RAW_KEYS.openai);
    expect(added).toMatchObject({
      __typename: 'AddAiProviderKeySuccess',
      data: { maskedPreview: 'sk-R...ghij', provider: 'OPENAI', active: true },
    });
    const stored = await env.DB.prepare(
      "SELECT encrypted_key, masked_preview FROM ai_provider_keys WHERE provider = 'openai'",
    ).first<{ encrypted_key: string; masked_preview: string }>();
    expect(stored?.masked_preview).toBe('sk-R...ghij');
    expect(stored?.encrypted_key).toMatch(/^v1\.[A-Za-z0-9+/]+=*$/);
    expect(stored?.encrypted_key).not.toContain(RAW_KEYS.openai);
    expect(atob(stored?.encrypted_key.slice(3) ?? '')).not.toContain(RAW_KEYS.openai);

    const listed = await call(AiProviderSettingsWithKeysDocument, {}, admin);
    const openai = listed.data?.aiProviderSettings.find((p) => p.provider === 'OPENAI');
    expect(openai).toMatchObject({
      configured: false,
      enabled: false,
      available: false,
      keys: [{ maskedPreview: 'sk-R...ghij', active: true, rotatedAt: null }],
    });
  });

  it('decrypts the key for calls: the stand-in receives exactly the key that was added', async () => {
    await configure(admin, { provider: 'OPENAI' });
    stubs = standIns({ openai: workingModel }, { openai: RAW_KEYS.openai });
    const user = await insertUser();
    await pickAs(user);
    expect(stubs.seen).toHaveLength(1);
    expect(stubs.seen[0]?.key).toBe(RAW_KEYS.openai);
    expect((await usageOf(user))[0]).toMatchObject({ provider: 'openai', outcome: 'success' });
  });

  it('rotates a key in place: calls use the new secret, the old one is gone', async () => {
    const keyId = await configure(admin, { provider: 'OPENAI' });
    const rotated = await call(
      RotateAiProviderKeyDetailedDocument,
      { input: { keyId, key: RAW_KEYS.rotated } },
      admin,
    );
    const rotatedKey = variant(rotated.data?.rotateAiProviderKey, 'RotateAiProviderKeySuccess');
    expect(rotatedKey.data).toMatchObject({ id: keyId, maskedPreview: 'sk-R...wvut' });
    expect(rotatedKey.data.rotatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The stand-in now accepts only the rotated key.
    stubs = standIns({ openai: workingModel }, { openai: RAW_KEYS.rotated });
    const user = await insertUser();
    await pickAs(user);
    expect(stubs.seen.map((r) => r.key)).toEqual([RAW_KEYS.rotated]);
    expect((await usageOf(user))[0]).toMatchObject({ provider: 'openai', outcome: 'success' });
  });

  it('adding a second key makes it the active one; deleting it leaves the provider keyless', async () => {
    const first = await configure(admin, { provider: 'GEMINI' });
    const second = variant(
      await addKey(admin, 'GEMINI', `${RAW_KEYS.gemini}-2`),
      'AddAiProviderKeySuccess',
    ).data.id;
    const listed = await call(AiProviderSettingsWithKeysDocument, {}, admin);
    const gemini = listed.data?.aiProviderSettings.find((p) => p.provider === 'GEMINI');
    expect(gemini?.keys).toMatchObject([
      { id: second, active: true, maskedPreview: 'AIza...cd-2' },
      { id: first, active: false, maskedPreview: 'AIza...abcd' },
    ]);

    const deleted = await call(
      DeleteAiProviderKeyDetailedDocument,
      { input: { keyId: second } },
      admin,
    );
    expect(deleted.data?.deleteAiProviderKey).toEqual({
      __typename: 'DeleteAiProviderKeySuccess',
      data: second,
    });
    const again = await call(
      DeleteAiProviderKeyDetailedDocument,
      { input: { keyId: second } },
      admin,
    );
    expect(again.data?.deleteAiProviderKey).toMatchObject({ __typename: 'NotFoundError' });
    // No active key: the router skips Gemini and answers locally.
    stubs = standIns({}, {});
    const user = await insertUser();
    await pickAs(user);
    expect(stubs.seen).toHaveLength(0);
    expect((await usageOf(user))[0]).toMatchObject({ provider: 'local' });
  });

  it('audits key changes with the masked preview only', async () => {
    const keyId = await configure(admin, { provider: 'OPENAI' });
    await call(
      RotateAiProviderKeyDetailedDocument,
      { input: { keyId, key: RAW_KEYS.rotated } },
      admin,
    );
    await call(DeleteAiProviderKeyDetailedDocument, { input: { keyId } }, admin);
    const { results } = await env.DB.prepare(
      "SELECT action, target_id, changes_json FROM audit_logs WHERE action LIKE 'ai_provider_key.%' AND target_id = ? ORDER BY created_at, rowid",
    )
      .bind(atob(keyId).split(':')[1])
      .all<{ action: string; changes_json: string }>();
    expect(results.map((r) => r.action)).toEqual([
      'ai_provider_key.add',
      'ai_provider_key.rotate',
      'ai_provider_key.delete',
    ]);
    expect(JSON.parse(results[1]?.changes_json ?? '{}')).toEqual({
      provider: 'openai',
      from: 'sk-R...ghij',
      to: 'sk-R...wvut',
    });
    expect(await rowsHolding(Object.values(RAW_KEYS))).toEqual([]);
  });

  it('rejects a malformed key without quoting it', async () => {
    const bad = `${RAW_KEYS.openai} with spaces`;
    const result = await addKey(admin, 'OPENAI', bad);
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      message: 'input.key: must be 20 to 512 printable characters without spaces.',
    });
    expect(JSON.stringify(result)).not.toContain('with spaces');
    const local = await addKey(admin, 'LOCAL', RAW_KEYS.openai);
    expect(local).toMatchObject({ __typename: 'ValidationError' });
  });

  it('lets support read masked settings but not change them; others may not read them', async () => {
    await configure(admin, { provider: 'GEMINI' });
    const read = await call(AiProviderSettingsWithKeysDocument, {}, support);
    expect(read.errors).toBeUndefined();
    expect(
      read.data?.aiProviderSettings.flatMap((p) => p.keys.map((k) => k.maskedPreview)),
    ).toEqual(['AIza...abcd']);
    const denied = await call(
      AddAiProviderKeyDetailedDocument,
      { input: { provider: 'GEMINI', key: RAW_KEYS.gemini } },
      support,
    );
    expect(denied.data).toBeNull();
    expect(denied.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(
      (await env.DB.prepare('SELECT count(*) AS n FROM ai_provider_keys').first<{ n: number }>())
        ?.n,
    ).toBe(1);
    const stranger = await insertUser();
    const hidden = await call(AiProviderSettingsWithKeysDocument, {}, stranger);
    expect(hidden.data).toBeNull();
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never lets a raw key into responses, log lines or stored rows (checked again after the file)', async () => {
    // Provoke every path that handles a key: add, fail (logged), rotate, call, list, delete.
    const keyId = await configure(admin, { provider: 'GEMINI', fallbackProvider: 'OPENAI' });
    await configure(admin, { provider: 'OPENAI' });
    stubs = standIns(
      { gemini: () => ({ status: 500 }), openai: workingModel },
      {
        gemini: RAW_KEYS.gemini,
        openai: RAW_KEYS.openai,
      },
    );
    const user = await insertUser();
    await pickAs(user);
    await call(
      RotateAiProviderKeyDetailedDocument,
      { input: { keyId, key: RAW_KEYS.rotated } },
      admin,
    );
    await pickAs(user);
    await call(AiProviderSettingsWithKeysDocument, {}, admin);
    await call(DeleteAiProviderKeyDetailedDocument, { input: { keyId } }, admin);
    const logs = capturedLogs();
    expect(logs.some((line) => line.includes('ai provider attempt failed'))).toBe(true);
    for (const key of Object.values(RAW_KEYS)) {
      expect(logs.filter((line) => line.includes(key))).toEqual([]);
    }
    expect(await rowsHolding(Object.values(RAW_KEYS))).toEqual([]);
  });
});
