import { logEvent } from '../log';
import { httpEmailSender } from './http-sender';
import { outboxEmailSender } from './outbox-sender';
import { EmailSendError, type EmailSender } from './sender';

/** Where emails may be kept in the email_outbox table for developers to read. */
const LOCAL_ENVIRONMENTS = new Set(['development', 'test']);

/**
 * The sender this environment is configured for: the provider's HTTP API when EMAIL_API_URL
 * (var) and EMAIL_API_KEY (secret) are both set; else, in development and tests, the local
 * outbox table; else a sender that fails without retry.
 */
export function emailSenderFor(env: Env): EmailSender {
  const apiUrl = env.EMAIL_API_URL?.trim();
  const apiKey = env.EMAIL_API_KEY?.trim();
  if (apiUrl && apiKey) return httpEmailSender({ apiUrl, apiKey, from: env.EMAIL_FROM });
  if (LOCAL_ENVIRONMENTS.has(env.ENVIRONMENT)) return outboxEmailSender(env.DB);
  // Elsewhere the outbox reaches nobody, and storing the email would store the invite's raw
  // token (only its digest may be at rest): refuse, so the invite is marked not delivered.
  logEvent('error', 'no email provider configured: invite emails cannot be sent', {
    apiUrlSet: Boolean(apiUrl),
    apiKeySet: Boolean(apiKey),
  });
  return {
    kind: 'unconfigured',
    send: async () => {
      throw new EmailSendError(
        'No email provider is configured (EMAIL_API_URL, EMAIL_API_KEY).',
        false,
      );
    },
  };
}

export type { EmailSender, OutgoingEmail } from './sender';
export { EmailSendError } from './sender';
