import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../context';
import { logEvent } from '../../log';
import { dispatchWebhookEvents } from '../../resolvers/webhooks/dispatch';

/**
 * After a mutation, matches the events it committed to webhook endpoints and enqueues them,
 * after the response (waitUntil): the write itself only appended its events. A mutation that was
 * refused appended none, so nothing is enqueued for it. Missed runs (a Worker stopped first)
 * are caught up by the frequent cron.
 */
export const webhookDispatch: Plugin<Context> = {
  onExecute: ({ args }) => {
    const operation = getOperationAST(args.document, args.operationName)?.operation;
    if (operation !== 'mutation') return;
    return {
      onExecuteDone: () => {
        const ctx = args.contextValue;
        ctx.waitUntil(
          dispatchWebhookEvents(ctx.env).catch((error: unknown) => {
            logEvent('error', 'webhook dispatch failed; the cron will catch up', {
              requestId: ctx.requestId,
              error: error instanceof Error ? error.message : String(error),
            });
          }),
        );
      },
    };
  },
};
