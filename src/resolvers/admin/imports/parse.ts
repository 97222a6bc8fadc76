import { ValidationError } from '../../errors';

/**
 * The most an import may carry: 90,000 bytes of UTF-8 text and 2,000 data rows: under the
 * gateway's 100 KB request body cap (src/hardening/settings.ts), with room for the JSON envelope
 * of the mutation around the content. Larger files are split by the admin.
 */
export const MAX_IMPORT_BYTES = 90_000;
export const MAX_IMPORT_ROWS = 2_000;

/** One data row: its 1-based number in the file (header excluded) and its fields by name. */
export interface ImportRecord {
  rowNumber: number;
  /** Field names normalised: lower case, no `_`, `-` or spaces (`display_name` = `displayName`). */
  fields: Map<string, string>;
  /** The row as sent (a CSV line or a JSON object), for the error report. */
  raw: string;
  /** Set when the row could not be read at all (not an object, wrong column count). */
  problem?: string;
}

export const normaliseName = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * RFC 4180 CSV: fields separated by commas, optionally in double quotes (a quote inside is
 * doubled), rows ended by LF or CRLF; quoted fields may span lines. Returns rows of cells and
 * the raw text of each row.
 */
export function parseCsv(text: string): { cells: string[]; raw: string }[] {
  const rows: { cells: string[]; raw: string }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let rowStart = 0;
  let i = 0;
  const endRow = (end: number) => {
    cells.push(cell);
    const raw = text.slice(rowStart, end);
    if (!(cells.length === 1 && cells[0] === '' && raw.trim() === '')) rows.push({ cells, raw });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      i += 1;
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      endRow(i);
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      rowStart = i + 1;
    } else {
      cell += char;
    }
    i += 1;
  }
  if (quoted) throw ValidationError.of('input.content', 'has an unterminated quoted CSV field.');
  if (cell !== '' || cells.length > 0) endRow(text.length);
  return rows;
}

function csvRecords(content: string): ImportRecord[] {
  const rows = parseCsv(content.replace(/^\uFEFF/, ''));
  const header = rows.shift();
  if (!header) throw ValidationError.of('input.content', 'is empty: send a header row and data.');
  const names = header.cells.map((name) => normaliseName(name.trim()));
  const twice = names.find((name, column) => names.indexOf(name) !== column);
  if (twice !== undefined) {
    // Which of two columns would hold the value? Neither silently: the file is refused.
    throw ValidationError.of(
      'input.content',
      `names the column "${header.cells[names.lastIndexOf(twice)]?.trim()}" twice in its header (names match ignoring case, spaces, _ and -).`,
    );
  }
  return rows.map((row, index) => {
    const record: ImportRecord = { rowNumber: index + 1, fields: new Map(), raw: row.raw };
    if (row.cells.length !== names.length) {
      record.problem = `has ${row.cells.length} columns, the header has ${names.length}.`;
      return record;
    }
    names.forEach((name, column) => {
      record.fields.set(name, (row.cells[column] ?? '').trim());
    });
    return record;
  });
}

function jsonRecords(content: string): ImportRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw ValidationError.of('input.content', 'is not valid JSON.');
  }
  if (!Array.isArray(parsed)) {
    throw ValidationError.of('input.content', 'must be a JSON array of objects, one per row.');
  }
  return parsed.map((item: unknown, index) => {
    const record: ImportRecord = {
      rowNumber: index + 1,
      fields: new Map(),
      raw: JSON.stringify(item) ?? 'undefined',
    };
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      record.problem = 'is not a JSON object.';
      return record;
    }
    const seen = new Set<string>();
    for (const [key, value] of Object.entries(item)) {
      const name = normaliseName(key);
      if (seen.has(name)) {
        record.problem = `names the field "${key}" twice (names match ignoring case, spaces, _ and -).`;
        return record;
      }
      seen.add(name);
      if (value === null || value === undefined) continue;
      if (typeof value === 'object') {
        record.problem = `field "${key}" must be a string, number or boolean.`;
        return record;
      }
      record.fields.set(name, String(value).trim());
    }
    return record;
  });
}

/** Checks the size and splits the content into records (nothing is validated per row yet). */
export function readRecords(format: 'csv' | 'json', content: string): ImportRecord[] {
  const bytes = new TextEncoder().encode(content).length;
  if (bytes > MAX_IMPORT_BYTES) {
    throw ValidationError.of(
      'input.content',
      `is ${bytes} bytes; an import carries at most ${MAX_IMPORT_BYTES} bytes (split the file).`,
    );
  }
  const records = format === 'csv' ? csvRecords(content) : jsonRecords(content);
  if (records.length === 0) throw ValidationError.of('input.content', 'has no data rows.');
  if (records.length > MAX_IMPORT_ROWS) {
    throw ValidationError.of(
      'input.content',
      `has ${records.length} rows; an import carries at most ${MAX_IMPORT_ROWS} (split the file).`,
    );
  }
  return records;
}
