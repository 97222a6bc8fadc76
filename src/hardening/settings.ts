import type { Viewer } from '../auth/viewer';
import { isDevelopment } from '../environment';

/**
 * The fixed limits every operation is checked against before any resolver runs. They are part of
 * the API's contract with integrators (docs/integrators.md): raising
 * one is a compatible change, lowering one is not.
 */
export const OPERATION_LIMITS = {
  /** Nested selection levels below the root fields (`{ viewer { id } }` has depth 1). */
  depth: 10,
  /**
   * The same below `__schema`/`__type`: the standard introspection query (GraphiQL's, codegen's)
   * nests 14 levels, 15 with `typeDepth: 10`. Its size is bounded by the introspection allowance.
   */
  introspectionDepth: 15,
  /** Aliased fields in the operation, counted through its fragments. */
  aliases: 30,
  /** Directive uses in the operation, counted through its fragments. */
  directives: 50,
  /** Lexical tokens in the whole document (the parser stops at the next one). */
  tokens: 2000,
  /** Root fields of one query (or subscription) operation. */
  rootFields: 20,
  /** Root fields of one mutation operation: each is a separate write. */
  rootMutationFields: 10,
  /** Items in one list argument (`nodes(ids:)`), like the 100 items of a page. */
  listItems: 100,
} as const;

/** Bytes a request body may have: a GraphQL request of 2,000 tokens is far smaller. */
export const MAX_REQUEST_BODY_BYTES = 100_000;

/** The largest serialized answer to a query when MAX_RESPONSE_BYTES is not set: 5 MB. */
const DEFAULT_MAX_RESPONSE_BYTES = 5_000_000;

/** Operation cost caps when wrangler.toml sets none. */
const DEFAULT_MAX_OPERATION_COST = 20_000;
const DEFAULT_INTEGRATOR_MAX_OPERATION_COST = 5_000;

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** "true"/"false" when set; the fallback otherwise (so a missing var takes the safe default). */
function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}

/** The highest cost one operation may have for this viewer: integrators get less. */
export function maxOperationCost(env: Env, viewer: Viewer): number {
  const firstParty = positiveInt(env.MAX_OPERATION_COST, DEFAULT_MAX_OPERATION_COST);
  if (viewer.kind !== 'integrator') return firstParty;
  // An integrator never gets more than a first-party app, whatever the vars say.
  return Math.min(
    firstParty,
    positiveInt(env.INTEGRATOR_MAX_OPERATION_COST, DEFAULT_INTEGRATOR_MAX_OPERATION_COST),
  );
}

/** Bytes a query's serialized answer may have (MAX_RESPONSE_BYTES). */
export function maxResponseBytes(env: Env): number {
  return positiveInt(env.MAX_RESPONSE_BYTES, DEFAULT_MAX_RESPONSE_BYTES);
}

/** Whether anyone (not only admins) may introspect the schema. */
export function introspectionOpenToAll(env: Env): boolean {
  return isDevelopment(env) || flag(env.ALLOW_INTROSPECTION, false);
}

/** Who is calling, as far as trusted documents are concerned. */
export type CallerKind = 'admin' | 'integrator' | 'first-party';

/**
 * Whether this kind of caller may send operations that are not in the trusted documents
 * manifest. Admins always may (GraphiQL); integrators as configured (default: yes, they write
 * their own operations); first-party apps (users with a JWT, and anonymous visitors) only in
 * development, or where TRUSTED_DOCUMENTS_ONLY is "false". Outside development a missing var
 * means manifest only.
 */
export function arbitraryOperationsAllowed(env: Env, caller: CallerKind): boolean {
  if (caller === 'admin') return true;
  if (caller === 'integrator') return flag(env.INTEGRATORS_ALLOW_ARBITRARY_OPERATIONS, true);
  return !flag(env.TRUSTED_DOCUMENTS_ONLY, !isDevelopment(env));
}
