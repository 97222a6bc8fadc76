/**
 * Where FTS5's `snippet()` marks a match: two private-use characters, which no keyboard types and
 * no markup reads. They never reach a client: `parseSnippet` turns them into ranges.
 */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

/** A matched stretch of a snippet's text, in UTF-16 code units (as JavaScript strings count). */
export interface Highlight {
  start: number;
  length: number;
}

/**
 * A snippet as plain text and the ranges to highlight: clients render the text as text (never as
 * HTML) and wrap the ranges as they like, so no row's content can inject markup.
 */
export interface Snippet {
  text: string;
  highlights: Highlight[];
}

/**
 * Splits a marked snippet into text and ranges. A marker character that a row's own text holds
 * is indistinguishable from FTS5's: it is dropped, and at worst highlights a stretch wrongly;
 * an unclosed mark is closed at the end.
 */
export function parseSnippet(marked: string): Snippet {
  let text = '';
  const highlights: Highlight[] = [];
  let open: number | null = null;
  for (const char of marked) {
    if (char === HIGHLIGHT_START) {
      open ??= text.length;
    } else if (char === HIGHLIGHT_END) {
      if (open !== null && text.length > open) {
        highlights.push({ start: open, length: text.length - open });
      }
      open = null;
    } else {
      text += char;
    }
  }
  if (open !== null && text.length > open) {
    highlights.push({ start: open, length: text.length - open });
  }
  return { text, highlights };
}
