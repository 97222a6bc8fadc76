import { ValidationError } from '../errors';

/** The longest search text accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** The most words and phrases one search may hold (each is a lookup in every index searched). */
export const MAX_QUERY_TERMS = 8;
/** Letters and digits a prefix (`ab*`) needs before its star: `a*` would match most of a language. */
export const MIN_PREFIX_LENGTH = 2;

/** One term of a search: a word, or a quoted phrase; either may end in `*` (a prefix). */
export interface SearchTerm {
  text: string;
  phrase: boolean;
  prefix: boolean;
}

// What FTS5's unicode61 tokenizer keeps as word characters: letters, digits (and marks).
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find them.
const CONTROL = /[\u0000-\u001F\u007F]/;

const invalid = (message: string) => ValidationError.of('query', message);

/**
 * Reads a user's search text: words, `"quoted phrases"` and a trailing `*` on a word or phrase
 * for a prefix. Nothing else is an operator: AND, OR, NOT, NEAR, `-`, `^`, `:` and parentheses
 * are ordinary text (and punctuation only separates words). Malformed text (empty, too long,
 * an unbalanced quote, too many terms, a `*` inside a word or after too short a prefix) is a
 * ValidationError on `query`, never an FTS syntax error.
 */
export function parseSearchQuery(query: string): SearchTerm[] {
  if (query.length > MAX_QUERY_LENGTH) {
    throw invalid(`must be at most ${MAX_QUERY_LENGTH} characters.`);
  }
  if (CONTROL.test(query.replace(/[\t\n\r]/g, ' '))) {
    throw invalid('must not contain control characters.');
  }
  const terms: SearchTerm[] = [];
  let index = 0;
  while (index < query.length) {
    const char = query[index] as string;
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    let text: string;
    let phrase = false;
    if (char === '"') {
      const end = query.indexOf('"', index + 1);
      if (end === -1) throw invalid('has a quote that is never closed.');
      text = query.slice(index + 1, end);
      phrase = true;
      index = end + 1;
    } else {
      const match = /^[^\s"]+/.exec(query.slice(index)) as RegExpExecArray;
      text = match[0];
      index += text.length;
    }
    let prefix = false;
    if (query[index] === '*' && phrase) {
      prefix = true;
      index += 1;
    } else if (text.endsWith('*') && !phrase) {
      prefix = true;
      text = text.replace(/\*+$/, '');
    }
    if (index < query.length && !/\s/.test(query[index] as string)) {
      throw invalid('needs a space before and after each quoted phrase.');
    }
    if (!phrase && text.includes('*')) {
      throw invalid('may hold `*` only at the end of a word (a prefix search).');
    }
    const wordCharacters = [...text].filter((c) => WORD_CHARACTER.test(c)).length;
    // A term of punctuation alone has no word to look up: skip it (`-`, `&`, a lone `*`).
    if (wordCharacters === 0) continue;
    // The star applies to the term's last word only (`squad-w*` is `squad` then `w*`): that word
    // needs the letters, not the term.
    const lastWord =
      text
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word !== '')
        .at(-1) ?? '';
    if (prefix && [...lastWord].length < MIN_PREFIX_LENGTH) {
      throw invalid(`needs at least ${MIN_PREFIX_LENGTH} letters or digits before a \`*\`.`);
    }
    terms.push({ text, phrase, prefix });
  }
  if (terms.length === 0) throw invalid('must hold at least one word to search for.');
  if (terms.length > MAX_QUERY_TERMS) {
    throw invalid(`must hold at most ${MAX_QUERY_TERMS} words or phrases.`);
  }
  return terms;
}

/**
 * The FTS5 MATCH expression of parsed terms: each term is an FTS5 string (in double quotes, any
 * quote inside doubled), so the tokenizer splits it into words and no character of it is read as
 * an operator; a prefix is the string followed by `*`. Terms are joined by spaces: FTS5's
 * implicit AND, every term must match.
 */
export function matchExpression(terms: readonly SearchTerm[]): string {
  return terms
    .map((term) => `"${term.text.replaceAll('"', '""')}"${term.prefix ? ' *' : ''}`)
    .join(' ');
}
