import { escapeHtml, formatUtc } from './html';
import type { OutgoingEmail } from './sender';

/**
 * The queue message for one invite email: the invite's id. The consumer recomputes the token
 * from INVITE_TOKEN_SECRET, so no raw token sits in the queue. `token` is read only from messages
 * queued before tokens were derived.
 */
export interface InviteEmailMessage {
  kind: 'thread-invite';
  inviteId: string;
  token?: string;
}

export function inviteEmailMessage(inviteId: string): InviteEmailMessage {
  return { kind: 'thread-invite', inviteId };
}

export function isInviteEmailMessage(body: unknown): body is InviteEmailMessage {
  const value = body as Partial<InviteEmailMessage> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    value.kind === 'thread-invite' &&
    typeof value.inviteId === 'string' &&
    (value.token === undefined || typeof value.token === 'string')
  );
}

export interface InviteEmailFacts {
  inviteId: string;
  to: string;
  candidateName: string;
  reason: string | null;
  ownerName: string;
  threadTitle: string;
  threadDescription: string | null;
  expiresAt: string;
  /** `${PUBLIC_ORIGIN}/i/${token}` */
  link: string;
}

/**
 * Text for a header: every run of white space (line breaks included: CR, LF, NEL, the Unicode
 * line and paragraph separators) as one space. A title may hold line breaks; in a subject they
 * would start a header of the sender's choosing wherever the provider writes it as MIME.
 */
function oneLine(text: string): string {
  return text.replace(/[\s\u0085]+/g, ' ').trim();
}

/** The invite email, as plain text and as HTML (every interpolated value escaped). */
export function renderInviteEmail(facts: InviteEmailFacts): OutgoingEmail {
  // By code points: a cut through an emoji would leave half of its surrogate pair.
  const subject = [...oneLine(`${facts.ownerName} invites you to talk: ${facts.threadTitle}`)]
    .slice(0, 200)
    .join('');
  const expires = formatUtc(facts.expiresAt);
  const text = [
    `Hi ${facts.candidateName},`,
    '',
    `${facts.ownerName} opened a conversation and would like to talk with someone new:`,
    '',
    `  ${facts.threadTitle}`,
    ...(facts.threadDescription ? ['', `  ${facts.threadDescription}`] : []),
    '',
    ...(facts.reason ? [`Why you: ${facts.reason}`, ''] : []),
    `Accept or decline here (the first person to accept joins): ${facts.link}`,
    '',
    `This invite expires ${expires}. If you do not answer, nothing happens.`,
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f;">
<p>Hi ${escapeHtml(facts.candidateName)},</p>
<p><strong>${escapeHtml(facts.ownerName)}</strong> opened a conversation and would like to talk with someone new:</p>
<blockquote style="border-left: 3px solid #5b5bd6; margin: 0; padding: 0 1em;">
<p><strong>${escapeHtml(facts.threadTitle)}</strong></p>
${facts.threadDescription ? `<p>${escapeHtml(facts.threadDescription)}</p>` : ''}
</blockquote>
${facts.reason ? `<p>Why you: ${escapeHtml(facts.reason)}</p>` : ''}
<p><a href="${escapeHtml(facts.link)}">Open the invite to accept or decline</a> (the first person to accept joins).</p>
<p style="color: #60646c;">This invite expires ${escapeHtml(expires)}. If you do not answer, nothing happens.</p>
</body></html>`;
  return {
    to: facts.to,
    subject,
    text,
    html,
    related: { type: 'ThreadInvite', id: facts.inviteId },
  };
}
