import { is, Placeholder } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from './client';
import { type CompiledRead, compileQuery, type RowShape } from './fast-batch';

/**
 * A statement written once per shape per isolate, cut at each of its parameters: where the
 * shape fixes a value it is kept; where a request's value goes stands a placeholder, and where a
 * fragment of SQL that varies by request goes (an access rule, a filter) a placeholder named
 * `sql:<name>`. Filling it is string joins and no query building: drizzle built and wrote such
 * statements from their object trees for every request (a fifth of a list-heavy operation's CPU,
 * and a twentieth of a node refetch's, in issue 18's profiles).
 */
export interface StatementTemplate {
  /** The text between parameters: one more than `params`. */
  segments: string[];
  params: unknown[];
  shape: RowShape;
}

/** SQL written out: its text (each value a bare `?`) and its values in order. */
export interface WrittenSql {
  sql: string;
  params: readonly unknown[];
}

/**
 * `build`'s statement as a template. Drizzle writes every parameter as a bare `?` and quotes
 * every name, so no other `?` is in the text: checked (one segment more than parameters), as a
 * `?` in a literal would misplace every value after it.
 */
export function templateOf(
  name: string,
  build: (db: Db) => BatchItem<'sqlite'>,
): StatementTemplate {
  const compiled = compileQuery(build);
  const segments = compiled.sql.split('?');
  if (segments.length !== compiled.params.length + 1) {
    throw new Error(`statement ${name}: a ? is not a parameter`);
  }
  return { segments, params: compiled.params, shape: compiled.shape };
}

const NO_VALUES = {};

/**
 * The template filled for one use: each `sql:` placeholder replaced by `fragment(name)`'s text
 * with its values bound in their places, each other placeholder bound to `value(name)`. The
 * result is a read as `compileRead` makes, with its values already in place.
 */
export function filledTemplate(
  template: StatementTemplate,
  fragment: (name: string) => WrittenSql,
  value: (name: string) => unknown,
): CompiledRead<Record<string, unknown>> {
  const { segments, params } = template;
  let text = segments[0] as string;
  const bound: unknown[] = [];
  for (let i = 0; i < params.length; i++) {
    const param = params[i];
    if (is(param, Placeholder) && param.name.startsWith('sql:')) {
      const written = fragment(param.name);
      text += written.sql;
      bound.push(...written.params);
    } else {
      text += '?';
      bound.push(is(param, Placeholder) ? value(param.name) : param);
    }
    text += segments[i + 1];
  }
  return {
    compiled: { sql: text, params: bound, shape: template.shape },
    values: NO_VALUES,
  };
}
