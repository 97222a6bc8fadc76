import { countAgainst } from '../rate-limit/counter';
import { tooManyRequests } from '../rate-limit/too-many-requests';

/**
 * Requests to `/i/:token...` one address may make per minute. A person opens their invite a few
 * times; a script guessing tokens needs millions of tries (32 random characters), so a small
 * number costs real users nothing and makes guessing slower still.
 */
export const INVITE_REQUESTS_PER_MINUTE_PER_IP = 30;

/**
 * Counts a request to an invite page against its address (the same Durable Object fixed-window
 * counter as `default_rate_limit`, under its own key) and answers 429 past the limit: the invite
 * pages' own page (`page`, with their security headers) to a browser, else the JSON error. When
 * the counter cannot be reached the request goes through, logged: the tokens' entropy is the
 * real defence, this limit only adds to it.
 */
export async function limitInviteRequests(
  request: Request,
  env: Env,
  clientIp: string,
  requestId: string,
  page: (title: string, message: string) => Response,
): Promise<Response | null> {
  const result = await countAgainst(
    env,
    `invite-ip:${clientIp}`,
    INVITE_REQUESTS_PER_MINUTE_PER_IP,
    requestId,
    'invite rate limiter',
  );
  if (!result || result.allowed) return null;
  const message = `Too many invite requests from your address: at most ${result.limit} a minute. Try again in ${result.resetSeconds} s.`;
  if (request.headers.get('Accept')?.includes('text/html')) {
    const response = page('Too many requests', message);
    response.headers.set('Retry-After', String(result.resetSeconds));
    return response;
  }
  return tooManyRequests('RATE_LIMITED', message, result, requestId, {
    'Cache-Control': 'no-store',
  });
}
