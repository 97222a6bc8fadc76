import { ValidationError } from '../errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export type CursorValues = (string | number)[];

export interface PageRequest {
  /** Rows wanted (0..100). */
  limit: number;
  /** forward: the first rows after `cursor`; backward: the last rows before it. */
  direction: 'forward' | 'backward';
  cursor: CursorValues | null;
}

const CURSOR_PREFIX = 'c1.';

/** Cursors are opaque to clients: the sort key of a row (its unique tiebreaker last), encoded. */
export function encodeCursor(values: CursorValues): string {
  const bytes = new TextEncoder().encode(JSON.stringify(values));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return CURSOR_PREFIX + btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string, field: string, width: number): CursorValues {
  const invalid = ValidationError.of(field, 'is not a cursor this connection returned.');
  if (cursor.length > 512 || !cursor.startsWith(CURSOR_PREFIX)) throw invalid;
  let parsed: unknown;
  try {
    const binary = atob(
      cursor.slice(CURSOR_PREFIX.length).replaceAll('-', '+').replaceAll('_', '/'),
    );
    parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    throw invalid;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== width ||
    !parsed.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
  ) {
    throw invalid;
  }
  return parsed as CursorValues;
}

/** Validates Relay arguments: at most one direction, sizes within 0..100, default 20. */
export function parsePageArgs(args: ConnectionArgs, cursorWidth: number): PageRequest {
  const { first, after, last, before } = args;
  const issues: { field: string; message: string }[] = [];
  if (first != null && last != null) {
    issues.push({ field: 'last', message: 'cannot be combined with first: page one way.' });
  }
  if (after != null && before != null) {
    issues.push({ field: 'before', message: 'cannot be combined with after.' });
  }
  if (last != null && after != null) {
    issues.push({ field: 'after', message: 'pairs with first; use before with last.' });
  }
  if (first != null && before != null) {
    issues.push({ field: 'before', message: 'pairs with last; use after with first.' });
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)) {
      issues.push({ field: name, message: `must be an integer from 0 to ${MAX_PAGE_SIZE}.` });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const backward = last != null || (before != null && first == null);
  if (backward) {
    return {
      limit: last ?? DEFAULT_PAGE_SIZE,
      direction: 'backward',
      cursor: before != null ? decodeCursor(before, 'before', cursorWidth) : null,
    };
  }
  return {
    limit: first ?? DEFAULT_PAGE_SIZE,
    direction: 'forward',
    cursor: after != null ? decodeCursor(after, 'after', cursorWidth) : null,
  };
}
