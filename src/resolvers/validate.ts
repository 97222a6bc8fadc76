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

// Half of a UTF-16 surrogate pair alone (JSON's "\ud800" decodes to one) is no character: D1
// would store it as U+FFFD bytes, so what was written and what is read back differ, and a
// cursor made from the one would never match the other (a page that repeats forever).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with a user's text, as the end of a sentence naming it ("must be at most 200
 * characters."), or null: the rule every text input meets, imports' rows included.
 */
export function textProblem(value: string, max: number): string | null {
  if (value.length > max) return `must be at most ${max} characters.`;
  if (CONTROL.test(value)) return 'must not contain control characters.';
  if (LONE_SURROGATE.test(value))
    return 'must be valid Unicode: it holds half of a surrogate pair.';
  return null;
}

function checkText(field: string, value: string, max: number): string {
  const problem = textProblem(value, max);
  if (problem) throw ValidationError.of(field, problem);
  return value;
}
