import { escapeHtml, formatUtc } from './html';
import type { OutgoingEmail } from './sender';

/**
 * The queue message for list activity emails, to one member: one change (`activityId`, for
 * members who chose instant emails) or one UTC day's digest (`digestDay`, YYYY-MM-DD).
 */
export type ListActivityEmailMessage =
  | { kind: 'list_activity'; recipientId: string; activityId: string }
  | { kind: 'list_activity'; recipientId: string; digestDay: string };

export function isListActivityEmailMessage(body: unknown): body is ListActivityEmailMessage {
  const value = body as Record<string, unknown> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    value.kind === 'list_activity' &&
    typeof value.recipientId === 'string' &&
    (typeof value.activityId === 'string' || typeof value.digestDay === 'string')
  );
}

/** Cloudflare Queues take at most 100 messages per sendBatch. */
const QUEUE_BATCH_MAX = 100;

/** Sends list activity messages to the email queue, 100 per call. */
export async function queueListActivityEmails(
  queue: Queue,
  bodies: ListActivityEmailMessage[],
): Promise<void> {
  for (let from = 0; from < bodies.length; from += QUEUE_BATCH_MAX) {
    await queue.sendBatch(
      bodies.slice(from, from + QUEUE_BATCH_MAX).map((body) => ({ body, contentType: 'json' })),
    );
  }
}

/** One change as a member may read it: only lists and entries they can see. */
export interface ListActivityFacts {
  kind: 'item_added' | 'item_completed';
  itemTitle: string;
  listId: string;
  listName: string;
  /** Null when the account is gone. */
  actorName: string | null;
  at: string;
}

export interface Recipient {
  id: string;
  email: string;
  name: string;
}

const VERB = { item_added: 'added', item_completed: 'checked off' } as const;
const PREPOSITION = { item_added: 'to', item_completed: 'on' } as const;

/** "Ada added “Milk” to Groceries" (plain text, unescaped). */
function sentence(fact: ListActivityFacts): string {
  return `${fact.actorName ?? 'Someone'} ${VERB[fact.kind]} “${fact.itemTitle}” ${PREPOSITION[fact.kind]} ${fact.listName}`;
}

function sentenceHtml(fact: ListActivityFacts): string {
  return `<strong>${escapeHtml(fact.actorName ?? 'Someone')}</strong> ${VERB[fact.kind]} “${escapeHtml(fact.itemTitle)}” ${PREPOSITION[fact.kind]} <strong>${escapeHtml(fact.listName)}</strong>`;
}

const page = (body: string) => `<!doctype html>
<html lang="en"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f;">
${body}
</body></html>`;

/** The email of one change, for a member whose delivery preference is INSTANT. */
export function renderListActivityEmail(
  recipient: Recipient,
  activityId: string,
  fact: ListActivityFacts,
): OutgoingEmail {
  const why = `You get an email for each change to ${fact.listName} because your delivery preference for it is Instant; you can switch to a daily digest or to none.`;
  const text = [
    `Hi ${recipient.name},`,
    '',
    `${sentence(fact)} (${formatUtc(fact.at)}).`,
    '',
    why,
  ].join('\n');
  const html = page(`<p>Hi ${escapeHtml(recipient.name)},</p>
<p>${sentenceHtml(fact)} (${escapeHtml(formatUtc(fact.at))}).</p>
<p style="color: #60646c;">${escapeHtml(why)}</p>`);
  return {
    to: recipient.email,
    subject: sentence(fact).slice(0, 200),
    text,
    html,
    // One email per change and member: the provider's idempotency key is built from this.
    related: { type: 'ListActivity', id: `${activityId}:${recipient.id}` },
  };
}

/** At most this many changes are listed in a digest; the rest are counted. */
export const DIGEST_MAX_ENTRIES = 100;

/** One UTC day's changes, for a member whose delivery preference is DAILY_DIGEST. */
export function renderListActivityDigest(
  recipient: Recipient,
  day: string,
  facts: ListActivityFacts[],
  total: number,
): OutgoingEmail {
  const shown = facts.slice(0, DIGEST_MAX_ENTRIES);
  const more = total - shown.length;
  // By list id: two lists may share a name.
  const byList = new Map<string, ListActivityFacts[]>();
  for (const fact of shown) byList.set(fact.listId, [...(byList.get(fact.listId) ?? []), fact]);
  const changes = total === 1 ? '1 change' : `${total} changes`;
  const why =
    'You get this digest because your delivery preference for these lists is Daily digest; you can switch to instant emails or to none.';
  const text = [
    `Hi ${recipient.name},`,
    '',
    `What happened on your lists on ${day} (UTC): ${changes}.`,
    ...[...byList.values()].flatMap((entries) => [
      '',
      entries[0]?.listName ?? '',
      ...entries.map((fact) => `- ${sentence(fact)} (${formatUtc(fact.at)})`),
    ]),
    ...(more > 0 ? ['', `…and ${more} more.`] : []),
    '',
    why,
  ].join('\n');
  const html = page(`<p>Hi ${escapeHtml(recipient.name)},</p>
<p>What happened on your lists on ${escapeHtml(day)} (UTC): ${changes}.</p>
${[...byList.values()]
  .map(
    (entries) => `<h3>${escapeHtml(entries[0]?.listName)}</h3>
<ul>
${entries.map((fact) => `<li>${sentenceHtml(fact)} (${escapeHtml(formatUtc(fact.at))})</li>`).join('\n')}
</ul>`,
  )
  .join('\n')}
${more > 0 ? `<p>…and ${more} more.</p>` : ''}
<p style="color: #60646c;">${escapeHtml(why)}</p>`);
  return {
    to: recipient.email,
    subject: `Your lists on ${day}: ${changes}`,
    text,
    html,
    related: { type: 'ListActivityDigest', id: `${recipient.id}:${day}` },
  };
}
