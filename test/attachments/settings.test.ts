import { env } from 'cloudflare:workers';
import { afterAll, describe, expect, it } from 'vitest';
import { forgetCachedSettings } from '../../src/resolvers/admin/settings';
import { AttachmentSettingDocument } from '../generated/graphql';
import { attachmentWorld, createUpload } from '../helpers/attachment-seed';
import { mutate } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { insertAdmin } from '../helpers/social-seed';

afterAll(async () => {
  await env.DB.prepare("DELETE FROM system_settings WHERE key LIKE 'attachment_%'").run();
  forgetCachedSettings();
});

describe('attachment settings', () => {
  it('accept only supported types (never SVG or HTML) and apply to new uploads', async () => {
    const admin = await insertUser();
    await insertAdmin(admin, 'admin');
    const world = await attachmentWorld();
    for (const value of ['image/svg+xml', 'text/html', 'image/png,image/svg+xml', ' , ']) {
      const refused = await mutate(
        AttachmentSettingDocument,
        { key: 'ATTACHMENT_ALLOWED_TYPES', value },
        admin,
      );
      expect(refused?.__typename, value).toBe('ValidationError');
    }
    const set = await mutate(
      AttachmentSettingDocument,
      { key: 'ATTACHMENT_ALLOWED_TYPES', value: 'application/pdf, text/plain' },
      admin,
    );
    expect(set).toEqual({
      __typename: 'UpdateSystemSettingSuccess',
      data: { value: 'application/pdf,text/plain' },
    });
    const png = await createUpload(world.owner, { parentId: world.itemGid, byteSize: 10 });
    expect(png?.__typename).toBe('ValidationError');
    const pdf = await createUpload(world.owner, {
      parentId: world.itemGid,
      byteSize: 10,
      contentType: 'application/pdf',
      filename: 'a.pdf',
    });
    expect(pdf?.__typename).toBe('CreateAttachmentUploadSuccess');

    await mutate(AttachmentSettingDocument, { key: 'ATTACHMENT_MAX_BYTES', value: '5' }, admin);
    const big = await createUpload(world.owner, {
      parentId: world.itemGid,
      byteSize: 6,
      contentType: 'application/pdf',
    });
    expect(big?.__typename).toBe('ValidationError');
  });
});
