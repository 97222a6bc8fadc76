import manifest from '../../client/generated/persisted-documents.json';
import type { Context } from '../context';
import { adminRoleOf } from '../resolvers/access';
import { requestError } from './errors';
import { arbitraryOperationsAllowed, type CallerKind } from './settings';

/**
 * The trusted documents: the first-party operations (from `client/*.graphql`) by SHA-256 of their
 * text, bundled into the Worker at build time. Keys may carry the `sha256:` prefix that
 * graphql-codegen's persisted documents use; they are kept here as bare lowercase hex.
 */
const documents = new Map<string, string>(
  Object.entries(manifest as Record<string, string>).map(([id, text]) => [normalizeId(id), text]),
);
const texts = new Set(documents.values());

function normalizeId(id: string): string {
  return id.replace(/^sha256:/i, '').toLowerCase();
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** The document a hash names, if it is in the manifest. */
export function trustedDocument(id: string): string | undefined {
  const normalized = normalizeId(id);
  return HEX_SHA256.test(normalized) ? documents.get(normalized) : undefined;
}

export const trustedDocumentCount = () => documents.size;

/** The GraphQL request as Yoga parsed it, with the persisted-document fields we accept. */
export interface RequestParams {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown; version?: unknown } } & Record<
    string,
    unknown
  >;
  [key: string]: unknown;
}

/** The hash a request names its document by: `documentId`, or Apollo's `persistedQuery`. */
function requestedDocumentId(params: RequestParams): string | null | undefined {
  const fromExtensions = params.extensions?.persistedQuery?.sha256Hash;
  const id = params.documentId ?? fromExtensions;
  if (id === undefined || id === null) return undefined;
  return typeof id === 'string' && id.length <= 80 ? id : null;
}

/**
 * Resolves a persisted document into `query`, and refuses an operation outside the manifest
 * from a caller that may only send trusted documents. Returns the params Yoga should run, with
 * `documentId` removed (Yoga refuses parameters it does not know).
 */
export async function applyTrustedDocuments(
  ctx: Context,
  params: RequestParams,
): Promise<RequestParams> {
  const id = requestedDocumentId(params);
  if (id !== undefined) {
    const document = id === null ? undefined : trustedDocument(id);
    if (document === undefined) {
      throw requestError(
        'PERSISTED_QUERY_NOT_FOUND',
        'No trusted document has this hash: send a documentId (or persistedQuery.sha256Hash) from client/generated/persisted-documents.json.',
        400,
      );
    }
    const { documentId: _id, ...rest } = params;
    return { ...rest, query: document };
  }
  if (typeof params.query !== 'string') return params;
  const caller: CallerKind = ctx.viewer.kind === 'integrator' ? 'integrator' : 'first-party';
  if (arbitraryOperationsAllowed(ctx.env, caller)) return params;
  // The text of a trusted document is as good as its hash.
  if (texts.has(params.query)) return params;
  // Admins may run anything (GraphiQL); the role is looked up only now that it matters.
  if (ctx.viewer.kind === 'user' && (await adminRoleOf(ctx)) !== null) return params;
  throw requestError(
    'PERSISTED_QUERY_REQUIRED',
    caller === 'integrator'
      ? 'This gateway accepts only trusted documents from integrator tokens: send a documentId from the published manifest.'
      : 'This gateway accepts only trusted documents from apps: send a documentId (the sha256 of a document in client/generated/persisted-documents.json).',
    403,
  );
}
