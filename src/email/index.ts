import { logEvent } from '../log';
import { httpEmailSender } from './http-sender';
import { outboxEmailSender } from './outbox-sender';
import type { EmailSender } from './sender';

/**
 * The sender this environment is configured for: the provider's HTTP API when EMAIL_API_URL
 * (var) and EMAIL_API_KEY (secret) are both set, else the local outbox table.
 */
export function emailSenderFor(env: Env): EmailSender {
  const apiUrl = env.EMAIL_API_URL?.trim();
  const apiKey = env.EMAIL_API_KEY?.trim();
  if (apiUrl && apiKey) return httpEmailSender({ apiUrl, apiKey, from: env.EMAIL_FROM });
  if (env.ENVIRONMENT === 'production') {
    // Outside development the outbox reaches nobody: say so loudly rather than fail silently.
    logEvent('warn', 'no email provider configured: invite emails go to email_outbox', {
      apiUrlSet: Boolean(apiUrl),
      apiKeySet: Boolean(apiKey),
    });
  }
  return outboxEmailSender(env.DB);
}

export type { EmailSender, OutgoingEmail } from './sender';
export { EmailSendError } from './sender';
