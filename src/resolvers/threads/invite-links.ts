import type { Context } from '../../context';
import {
  findInvite,
  type InviteAction,
  type InviteResponse,
  type InviteState,
  type InviteView,
  inviteState,
  respondToInvite,
} from './invite-responses';
import { digestInviteToken } from './tokens';

/**
 * What an invite link (`/i/:token`) asks of the domain, by its raw token: the invite and whether
 * it can be answered, or the answer itself. The page (src/http/invite-pages.ts) renders these;
 * digests and rows stay here.
 */
export async function openInviteLink(
  ctx: Context,
  token: string,
): Promise<{ view: InviteView; state: InviteState } | null> {
  const view = await findInvite(ctx, { digest: await digestInviteToken(token) });
  return view ? { view, state: inviteState(view) } : null;
}

/** Accepts or declines the invite a link names (once, atomically: see respondToInvite). */
export async function answerInviteLink(
  ctx: Context,
  token: string,
  action: InviteAction,
): Promise<InviteResponse> {
  return respondToInvite(ctx, { digest: await digestInviteToken(token) }, action);
}
