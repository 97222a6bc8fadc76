import { inviteEmailErrorVisibleTo } from '../../resolvers/access';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import { INVITE_EMAIL_GIVE_UP_HOURS } from '../../resolvers/threads/invite-delivery';
import {
  effectiveInviteStatus,
  loadThreadInvites,
  receivedInvitesQuery,
  type ThreadInviteRow,
  threadInvitesQuery,
} from '../../resolvers/threads/threads';
import { builder } from '../builder';
import { startedWithViewer } from '../started-pages';
import { User } from '../users/user';
import { Thread } from './thread';

export const ThreadInviteStatusEnum = builder.enumType('ThreadInviteStatus', {
  description: 'Where an invite stands. Expiry applies at every read.',
  values: {
    PENDING: { value: 'pending', description: 'Waiting for an answer, not expired.' },
    ACCEPTED: { value: 'accepted', description: 'Accepted: the invitee joined the thread.' },
    DECLINED: { value: 'declined', description: 'Declined by the invitee.' },
    EXPIRED: {
      value: 'expired',
      description: 'Closed unanswered: expired, or another invitee accepted first.',
    },
  } as const,
});

export const InviteEmailStatusEnum = builder.enumType('InviteEmailStatus', {
  description: 'Whether the invite email went out.',
  values: {
    QUEUED: {
      value: 'queued',
      description:
        'Waiting in the email queue or being retried; a message lost on the way is queued again by the cron.',
    },
    SENT: { value: 'sent', description: 'Handed to the email provider.' },
    FAILED: {
      value: 'failed',
      description: `Never sent: every retry failed, the queue gave up on it, or it was not sent within ${INVITE_EMAIL_GIVE_UP_HOURS} hours (\`emailError\` says which; the thread's owner is told in their inbox). The invitee never got the link.`,
    },
  } as const,
});

export const ThreadInvite = builder.loadableNode('ThreadInvite', {
  description:
    "An invitation of a stranger to a thread. Seen by the thread's owner and by the invitee; its token is never exposed.",
  id: { resolve: (invite: ThreadInviteRow) => invite.id },
  loaderOptions,
  sort: (invite) => invite.id,
  load: (ids: string[], ctx) => loadThreadInvites(ctx, ids),
  fields: (t) => ({
    status: t.field({
      type: ThreadInviteStatusEnum,
      description:
        'Pending, accepted, declined or expired (a pending invite past expiry reads as expired).',
      resolve: (invite) => effectiveInviteStatus(invite),
    }),
    emailStatus: t.expose('emailStatus', {
      type: InviteEmailStatusEnum,
      description: 'Whether the invite email went out.',
    }),
    emailAttempts: t.exposeInt('emailAttempts', {
      description: 'How many times sending the email was tried.',
    }),
    emailError: t.string({
      nullable: true,
      description:
        "The last sending failure, for the thread's owner; null for others and after success.",
      resolve: async (invite, _args, ctx) => {
        if (!invite.emailError) return null;
        const thread = await Thread.getDataloader(ctx).load(invite.threadId);
        return inviteEmailErrorVisibleTo(ctx, thread) ? invite.emailError : null;
      },
    }),
    candidateName: t.exposeString('candidateName', { description: 'Who is invited.' }),
    candidateReason: t.exposeString('candidateReason', {
      nullable: true,
      description: 'Why they were picked.',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'When the invite stops being answerable (72 hours after it was made).',
    }),
    acceptedAt: t.expose('acceptedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was accepted.',
    }),
    respondedAt: t.expose('respondedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the invitee answered (accepted or declined).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was made.' }),
    thread: t.field({
      type: Thread,
      nullable: true,
      description: 'The thread, while the viewer may see it.',
      resolve: (invite) => invite.threadId,
    }),
    invitee: t.field({
      type: User,
      nullable: true,
      description: 'The invited user, when the invite names an account.',
      resolve: (invite) => invite.invitedUserId,
    }),
  }),
});

builder.objectField(Thread, 'invites', (t) =>
  t.connection({
    type: ThreadInvite,
    description: "The thread's invites, oldest first. Only its owner sees them; empty for others.",
    args: {
      status: t.arg({ type: ThreadInviteStatusEnum, description: 'Only invites in this status.' }),
    },
    resolve: (thread, args, ctx) =>
      loadPage(ctx, 'Thread.invites', args, thread.id, () => threadInvitesQuery(ctx, args.status)),
  }),
);

builder.objectField(User, 'threadInvites', (t) =>
  t.connection({
    type: ThreadInvite,
    description:
      "Invites to other people's threads addressed to this user, newest first. Only the viewer's own.",
    args: {
      status: t.arg({ type: ThreadInviteStatusEnum, description: 'Only invites in this status.' }),
    },
    resolve: startedWithViewer('threadInvites', (user, args, ctx) =>
      loadPage(ctx, 'User.threadInvites', args, user.id, () =>
        receivedInvitesQuery(ctx, args.status),
      ),
    ),
  }),
);
