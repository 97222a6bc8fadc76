import { encodeBase64 } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { ValidationError } from './errors';

/**
 * The row id inside a global ID argument, checked to be of the expected type: a client passing
 * a Room's id where a Workspace's is wanted gets a validation error, not a confusing not-found.
 */
export function idOf(field: string, globalId: string, typename: string): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw ValidationError.of(field, 'is not a valid ID.');
  }
  if (decoded.typename !== typename || decoded.id.length === 0 || decoded.id.length > 64) {
    throw ValidationError.of(field, `must be the ID of a ${typename}.`);
  }
  return decoded.id;
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * A node's global ID, as Pothos' default writes it (base64 of `Type:id`): every id the gateway
 * mints is ASCII, which the runtime's `btoa` encodes as is, where the default goes through
 * Node's Buffer (a sixtieth of `{ viewer { id } }`'s CPU). Anything else takes the default.
 */
export function encodeNodeId(typename: string, id: bigint | number | string): string {
  const text = `${typename}:${id}`;
  return ASCII.test(text) ? btoa(text) : encodeBase64(text);
}
