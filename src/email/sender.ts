/** One email, ready to send. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What the email is about (`ThreadInvite` and its id): for the outbox and idempotency. */
  related?: { type: string; id: string };
}

/** Sends email. Throws EmailSendError when it did not go out. */
export interface EmailSender {
  readonly kind: 'http' | 'local-outbox' | 'unconfigured';
  send(email: OutgoingEmail): Promise<{ providerId: string | null }>;
}

/** A failed send: `retryable` says whether trying again later may help (5xx, 429, network). */
export class EmailSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'EmailSendError';
  }
}

declare global {
  namespace Cloudflare {
    interface Env {
      /** The email provider's API key (`wrangler secret put EMAIL_API_KEY`); unset locally. */
      EMAIL_API_KEY?: string;
    }
  }
}
