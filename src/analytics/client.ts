import type { Viewer } from '../auth/viewer';

/** Longest client name and version kept: names are labels, not payloads. */
export const MAX_CLIENT_NAME = 64;
export const MAX_CLIENT_VERSION = 32;

/** Letters, digits and a few separators: what app names and semantic versions use. */
const LABEL = /^[A-Za-z0-9][A-Za-z0-9 ._@/+:-]*$/;

function label(value: string | null, max: number): string {
  const trimmed = value?.trim() ?? '';
  return trimmed.length <= max && LABEL.test(trimmed) ? trimmed : '';
}

/**
 * Who called, for analytics: the `graphql-client-name` and `graphql-client-version` headers
 * (the names Apollo's clients send), kept only when they look like labels and are short; an
 * integrator that names no client is known by its token's id (`token:<id>`), never its secret.
 */
export function clientOf(
  headers: Headers | undefined,
  viewer: Viewer,
): { name: string; version: string } {
  const name = label(headers?.get('graphql-client-name') ?? null, MAX_CLIENT_NAME);
  const version = name
    ? label(headers?.get('graphql-client-version') ?? null, MAX_CLIENT_VERSION)
    : '';
  if (name) return { name, version };
  if (viewer.kind === 'integrator') return { name: `token:${viewer.tokenId}`, version: '' };
  return { name: '', version: '' };
}
