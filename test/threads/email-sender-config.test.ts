import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { EmailSendError, emailSenderFor } from '../../src/email';

const email = {
  to: `nobody-${crypto.randomUUID()}@example.test`,
  subject: 'Invite',
  text: 'link',
  html: '<p>link</p>',
};

describe('the email sender an environment gets', () => {
  it('keeps emails in the outbox in development and tests', () => {
    expect(emailSenderFor({ ...env, ENVIRONMENT: 'development', EMAIL_API_URL: '' }).kind).toBe(
      'local-outbox',
    );
  });

  it('refuses to store invite emails (and their raw tokens) elsewhere when no provider is set', async () => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM email_outbox').first<{
      n: number;
    }>();
    const sender = emailSenderFor({ ...env, ENVIRONMENT: 'production', EMAIL_API_URL: '' });
    expect(sender.kind).toBe('unconfigured');
    const failure = await sender.send(email).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EmailSendError);
    expect((failure as EmailSendError).retryable).toBe(false);
    const after = await env.DB.prepare('SELECT count(*) AS n FROM email_outbox').first<{
      n: number;
    }>();
    expect(after?.n).toBe(before?.n);
  });
});
