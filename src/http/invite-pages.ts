import { escapeHtml, formatUtc } from '../email/html';
import type { Refusal } from '../hardening/http-guards';
import { limitInviteRequests } from '../hardening/invite-ip-limit';
import { logEvent } from '../log';
import { randomToken } from '../resolvers/ids';
import { answerInviteLink, openInviteLink } from '../resolvers/threads/invite-links';
import {
  expiredMessage,
  type InviteAction,
  type InviteState,
  type InviteView,
} from '../resolvers/threads/invite-responses';
import { isInviteTokenShaped } from '../resolvers/threads/tokens';
import { type Door, throughDoor } from './door';
import { clientIp } from './request-context';

const ROUTE = /^\/i\/([^/]+)(?:\/(accept|decline))?\/?$/;

interface Page {
  status: number;
  title: string;
  /** Trusted HTML: every interpolated value is escaped where the page is built. */
  body: string;
}

const STYLE = `
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f; background: #f7f7f8; margin: 0; }
main { max-width: 36rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 12px; box-shadow: 0 1px 3px #0002; }
h1 { font-size: 1.5rem; margin-top: 0; }
blockquote { border-left: 3px solid #5b5bd6; margin: 1rem 0; padding: 0 1rem; }
.meta { color: #60646c; }
form { display: inline-block; margin-right: .75rem; }
button { font: inherit; padding: .6rem 1.4rem; border-radius: 8px; border: 1px solid #5b5bd6; cursor: pointer; }
.accept { background: #5b5bd6; color: #fff; }
.decline { background: #fff; color: #5b5bd6; }
`;

/** A complete page with the headers every invite response carries. */
function render(page: Page): Response {
  const nonce = randomToken(22);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(page.title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body><main>
${page.body}
</main></body>
</html>`;
  return new Response(html, {
    status: page.status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // No script may run; styles only from the nonce'd block; forms post only back here.
      'Content-Security-Policy': `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
      'X-Frame-Options': 'DENY',
      // The URL holds a capability: keep the page out of shared caches and history stores.
      'Cache-Control': 'no-store',
    },
  });
}

function simple(status: number, title: string, message: string): Page {
  return {
    status,
    title,
    body: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`,
  };
}

/** Titles of the pages that say why the door refused a request (the JSON routes' codes). */
const REFUSAL_TITLES: Record<string, string> = {
  MAINTENANCE_MODE: 'Down for maintenance',
  REQUEST_ENTITY_TOO_LARGE: 'Request too large',
};

/** A refusal of the door, as a page for the person who followed the link. */
function refusalPage(refusal: Refusal): Response {
  const message =
    refusal.code === 'MAINTENANCE_MODE'
      ? 'The service is down for maintenance. Your invite is unchanged: open this link again later.'
      : refusal.message;
  return render(simple(refusal.status, REFUSAL_TITLES[refusal.code] ?? 'Request refused', message));
}

/**
 * Invite links are anonymous (the token in the path is the capability) and plain HTML forms: a
 * post's body is never read, and a person reads the door's refusals as a page.
 */
const INVITE_DOOR: Door = { body: 'ignored', viewer: 'link', refuse: refusalPage };

const NOT_FOUND = simple(
  404,
  'Invite not found',
  'This link does not match any invite. Check that you copied the whole link from the email.',
);

/** The page for an invite that cannot be answered (any more), with its status code. */
function closedPage(state: Exclude<InviteState, { kind: 'open' }>, view: InviteView): Page {
  const title = view.thread.title;
  if (state.kind === 'answered') {
    return simple(
      409,
      `Invite already ${state.status}`,
      state.status === 'accepted'
        ? `This invite to "${title}" was already accepted.`
        : `This invite to "${title}" was already declined.`,
    );
  }
  return simple(410, 'Invite no longer open', expiredMessage(state.reason));
}

function invitePage(view: InviteView, token: string): Page {
  const { invite, thread } = view;
  const action = (name: InviteAction, label: string) =>
    `<form method="post" action="/i/${escapeHtml(token)}/${name}"><button class="${name}" type="submit">${label}</button></form>`;
  return {
    status: 200,
    title: `Invite: ${thread.title}`,
    body: `<p class="meta">${escapeHtml(view.ownerName)} invites you to a one-to-one conversation</p>
<h1>${escapeHtml(thread.title)}</h1>
${thread.description ? `<blockquote><p>${escapeHtml(thread.description)}</p></blockquote>` : ''}
<p><strong>Why you:</strong> ${escapeHtml(invite.candidateReason ?? 'You were picked for this thread.')}</p>
<p class="meta">Invited: ${escapeHtml(invite.candidateName)}. Open until ${escapeHtml(formatUtc(invite.expiresAt))}. The first person to accept joins.</p>
${action('accept', 'Accept')}
${action('decline', 'Decline')}`,
  };
}

function answeredPage(view: InviteView, action: InviteAction): Page {
  const title = view.thread.title;
  if (action === 'accept') {
    return {
      status: 200,
      title: 'You joined the thread',
      body: `<h1>You joined "${escapeHtml(title)}"</h1>
<p>${escapeHtml(view.ownerName)} has been told. Sign in to the app to start the conversation.</p>`,
    };
  }
  return simple(
    200,
    'Invite declined',
    `You declined the invite to "${title}". Nobody will contact you about it again.`,
  );
}

/**
 * `GET /i/:token` (the invite page), `POST /i/:token/accept` and `POST /i/:token/decline`.
 * Works without JavaScript: plain forms. The token is checked for shape before any database
 * read and only its digest is looked up; logs name the invite id, never the token.
 */
export async function handleInviteRoute(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
): Promise<Response> {
  const match = ROUTE.exec(new URL(request.url).pathname);
  const token = match?.[1] ?? '';
  const action = match?.[2] as InviteAction | undefined;
  // Per address first, a found token or not: invite tokens must not be guessable by brute force.
  const limited = await limitInviteRequests(request, env, clientIp(request), requestId, (t, m) =>
    render(simple(429, t, m)),
  );
  if (limited) return limited;
  if (!match || !isInviteTokenShaped(token)) return render(NOT_FOUND);
  const method = request.method.toUpperCase();
  const allowed = action ? 'POST' : 'GET';
  if (method !== allowed && !(allowed === 'GET' && method === 'HEAD')) {
    const response = render(simple(405, 'Method not allowed', `Use ${allowed} for this address.`));
    response.headers.set('Allow', allowed === 'GET' ? 'GET, HEAD' : 'POST');
    return response;
  }

  return throughDoor(request, env, execution, requestId, INVITE_DOOR, async (ctx) => {
    if (!action) {
      const opened = await openInviteLink(ctx, token);
      if (!opened) return render(NOT_FOUND);
      const { view, state } = opened;
      return render(state.kind === 'open' ? invitePage(view, token) : closedPage(state, view));
    }

    const response = await answerInviteLink(ctx, token, action);
    if (response.applied) {
      logEvent('info', action === 'accept' ? 'invite accepted' : 'invite declined', {
        requestId,
        inviteId: response.view.invite.id,
      });
      return render(answeredPage(response.view, action));
    }
    if (!response.view || !response.state) return render(NOT_FOUND);
    const { state, view } = response;
    if (state.kind === 'open') {
      // Pending and open, yet not changed: it changed between the statements; say so plainly.
      return render(simple(409, 'Please try again', 'The invite changed meanwhile.'));
    }
    return render(closedPage(state, view));
  });
}
