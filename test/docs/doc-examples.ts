/**
 * The GraphQL examples of a markdown document, as a reader finds them:
 *
 * - every ```graphql block is one example;
 * - every `curl` in a ```sh block that posts `-d '{"query": ...}'` is one example;
 * - a ```json variables block after an example holds its variables, a ```json response block what
 *   it answers (the fields listed must match);
 * - `<!-- as: usr_demo_grace -->` on the line before a block says who runs it (`nobody`: anonymous);
 *   without one, the demo user Ada, as `npm run token` and GraphiQL's picker default to.
 *
 * Fences may be indented (inside a list item); the indent is removed from their lines.
 */

export const DEFAULT_VIEWER = 'usr_demo_ada';
export const ANONYMOUS = 'nobody';

export interface DocExample {
  file: string;
  /** Line of the opening fence (1-based), to find the example in the file. */
  line: number;
  from: 'graphql block' | 'curl';
  query: string;
  /** Sent with the query; `undefined` when the document gives no variables block. */
  variables?: Record<string, unknown>;
  /** What the document shows the answer to contain (`{ data, extensions }`), if it does. */
  response?: Record<string, unknown>;
  /** A user id, or ANONYMOUS. */
  as: string;
}

interface Fence {
  line: number;
  info: string;
  text: string;
  as?: string;
}

const FENCE = /^(\s*)(`{3,})(.*)$/;
const AS_MARKER = /^\s*<!--\s*as:\s*(\S+)\s*-->\s*$/;
/** The body of `curl ... -d '<json>'` (the docs' JSON bodies hold no single quote). */
const CURL_BODY = /-d\s+'([^']*)'/g;

function fencesOf(markdown: string, problems: string[], file: string): Fence[] {
  const lines = markdown.split('\n');
  const fences: Fence[] = [];
  let as: { value: string; line: number } | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const marker = AS_MARKER.exec(line);
    if (marker) {
      if (as) problems.push(`${file}:${as.line + 1}: an "as" marker not followed by a block`);
      as = { value: marker[1] as string, line: index };
      continue;
    }
    const open = FENCE.exec(line);
    if (!open) {
      if (line.trim() !== '' && as) {
        problems.push(`${file}:${as.line + 1}: an "as" marker not right before a block`);
        as = undefined;
      }
      continue;
    }
    const [, indent = '', ticks = '', info = ''] = open;
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length; end += 1) {
      const closing = FENCE.exec(lines[end] as string);
      if (
        closing &&
        (closing[3] ?? '').trim() === '' &&
        (closing[2] ?? '').length >= ticks.length
      ) {
        break;
      }
      const content = lines[end] as string;
      body.push(content.startsWith(indent) ? content.slice(indent.length) : content.trimStart());
    }
    fences.push({ line: index + 1, info: info.trim(), text: body.join('\n'), as: as?.value });
    as = undefined;
    index = end;
  }
  return fences;
}

function parseJson(text: string, where: string, problems: string[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push(`${where}: not JSON (${error instanceof Error ? error.message : error})`);
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The examples of one markdown file, and what is wrong with how they are written down. */
export function docExamples(
  file: string,
  markdown: string,
): { examples: DocExample[]; problems: string[] } {
  const problems: string[] = [];
  const examples: DocExample[] = [];
  for (const fence of fencesOf(markdown, problems, file)) {
    const where = `${file}:${fence.line}`;
    const as = fence.as ?? DEFAULT_VIEWER;
    if (fence.info === 'graphql') {
      examples.push({ file, line: fence.line, from: 'graphql block', query: fence.text, as });
      continue;
    }
    if (fence.info === 'sh') {
      const bodies = [...fence.text.matchAll(CURL_BODY)].map((match) => match[1] as string);
      const queries = bodies
        .map((body) => parseJson(body, where, problems))
        .filter((body) => isObject(body) && 'query' in body) as Record<string, unknown>[];
      for (const body of queries) {
        examples.push({
          file,
          line: fence.line,
          from: 'curl',
          query: String(body.query),
          variables: isObject(body.variables) ? body.variables : undefined,
          as,
        });
      }
      if (fence.as && queries.length === 0) {
        problems.push(`${where}: an "as" marker before a block that sends no query`);
      }
      continue;
    }
    if (fence.as) problems.push(`${where}: an "as" marker before a ${fence.info || 'plain'} block`);
    const role = /^json\s+(variables|response)$/.exec(fence.info)?.[1];
    if (!role) continue;
    const example = examples.at(-1);
    const value = parseJson(fence.text, where, problems);
    if (!example) {
      problems.push(`${where}: a json ${role} block before any example`);
    } else if (!isObject(value)) {
      problems.push(`${where}: a json ${role} block that is not an object`);
    } else if (role === 'variables') {
      if (example.variables || example.response) {
        problems.push(`${where}: variables for an example that already has them, or its response`);
      }
      example.variables = value;
    } else {
      if (example.response) problems.push(`${where}: a second response for one example`);
      example.response = value;
    }
  }
  return { examples, problems };
}
