import { ValidationError } from './errors';

/** Trims and checks a required text input: non-empty, at most `max` characters, no control chars. */
export function requiredText(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw ValidationError.of(field, 'must not be empty.');
  return checkText(field, trimmed, max);
}

/** An optional text input: null stays null, blank becomes null. */
export function optionalText(field: string, value: string | null | undefined, max: number) {
  if (value == null) return null;
  const trimmed = value.trim();
  return trimmed.length === 0 ? null : checkText(field, trimmed, max);
}

// Control characters other than tab and newline have no place in user text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function checkText(field: string, value: string, max: number): string {
  if (value.length > max) throw ValidationError.of(field, `must be at most ${max} characters.`);
  if (CONTROL.test(value)) throw ValidationError.of(field, 'must not contain control characters.');
  return value;
}
