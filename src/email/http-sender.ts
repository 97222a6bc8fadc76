import { errorText } from '../log';
import { EmailSendError, type EmailSender, type OutgoingEmail } from './sender';

export interface HttpEmailSenderOptions {
  /** The provider's API base, like `https://api.resend.com` (emails go to `POST {base}/emails`). */
  apiUrl: string;
  apiKey: string;
  from: string;
  /** How long to wait for the provider before giving up on this attempt. */
  timeoutMs?: number;
}

const MAX_ERROR_LENGTH = 300;

/**
 * An HTTP client for Resend's email API (`POST /emails`, bearer key, JSON body with from, to,
 * subject, text and html; answers `{ "id": ... }`). Retries reuse the Idempotency-Key, so a
 * timeout after the provider accepted the email does not send it twice.
 */
export function httpEmailSender(options: HttpEmailSenderOptions): EmailSender {
  const endpoint = `${options.apiUrl.replace(/\/+$/, '')}/emails`;
  return {
    kind: 'http',
    async send(email: OutgoingEmail) {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${options.apiKey}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      };
      if (email.related) headers['Idempotency-Key'] = `${email.related.type}/${email.related.id}`;
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            from: options.from,
            to: [email.to],
            subject: email.subject,
            text: email.text,
            html: email.html,
            ...(email.related
              ? { tags: [{ name: 'category', value: email.related.type.toLowerCase() }] }
              : {}),
          }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (error) {
        const reason = errorText(error);
        throw new EmailSendError(
          `Email API unreachable (${reason})`.slice(0, MAX_ERROR_LENGTH),
          true,
        );
      }
      const body = (await response.json().catch(() => null)) as {
        id?: unknown;
        name?: unknown;
        message?: unknown;
      } | null;
      if (!response.ok) {
        const detail = typeof body?.message === 'string' ? `: ${body.message}` : '';
        throw new EmailSendError(
          `Email API answered ${response.status}${detail}`.slice(0, MAX_ERROR_LENGTH),
          response.status === 429 || response.status >= 500,
        );
      }
      return { providerId: typeof body?.id === 'string' ? body.id : null };
    },
  };
}
