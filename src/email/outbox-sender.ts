import { createDb } from '../db/client';
import { emailOutbox } from '../db/tables';
import { newId } from '../resolvers/ids';
import type { EmailSender, OutgoingEmail } from './sender';

/**
 * The sender used when no email provider is configured (local development, tests): each email
 * becomes a row of `email_outbox`, where a developer reads it with `wrangler d1 execute`.
 */
export function outboxEmailSender(db: D1Database): EmailSender {
  const drizzle = createDb(db);
  return {
    kind: 'local-outbox',
    async send(email: OutgoingEmail) {
      const id = newId('eml');
      await drizzle.insert(emailOutbox).values({
        id,
        toAddress: email.to,
        subject: email.subject,
        textBody: email.text,
        htmlBody: email.html,
        relatedType: email.related?.type ?? null,
        relatedId: email.related?.id ?? null,
        createdAt: new Date().toISOString(),
      });
      return { providerId: id };
    },
  };
}
