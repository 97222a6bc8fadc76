/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { VISIBILITY_PREDICATES } from '../../src/resolvers/access';

// Access has one home (DESIGN.md): these tests keep it so. A visibility predicate written
// anywhere else, one left out of the registry (and so out of the generated matrix), or a rule
// that joins a bare table fails here.

const ACCESS = '/src/resolvers/access/';

/** Every source file of the Worker, as text, by path from the project root. */
const SOURCES: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../src/**/*.ts', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([file, text]) => [file.replace(/^(\.\.\/)+/, '/'), text]),
);
const accessSources = () => Object.entries(SOURCES).filter(([file]) => file.startsWith(ACCESS));

/** Names of the functions a source defines (declarations and arrow constants). */
function definedFunctions(text: string): string[] {
  const pattern =
    /(?:function\s+(\w+)\s*[(<])|(?:const\s+(\w+)\s*=\s*(?:async\s*)?\([^)]*\)\s*(?::[^=]+)?=>)/g;
  return [...text.matchAll(pattern)].map((match) => (match[1] ?? match[2]) as string);
}

describe('the registry of visibility predicates', () => {
  it('reads the sources it checks', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(100);
    expect(accessSources().length).toBeGreaterThan(5);
  });

  it('names each predicate by its own name', () => {
    for (const [name, entry] of Object.entries(VISIBILITY_PREDICATES)) {
      expect(entry.predicate.name, name).toBe(name);
      expect(entry.guards.length, name).toBeGreaterThan(0);
    }
  });

  it('lists every predicate access/ exports', () => {
    const exported = accessSources().flatMap(([, text]) =>
      [...text.matchAll(/export function (\w+VisibleTo)\b/g)].map((match) => match[1] as string),
    );
    expect(exported.length).toBeGreaterThan(10);
    const missing = exported.filter((name) => !(name in VISIBILITY_PREDICATES));
    expect(missing, 'predicates missing from VISIBILITY_PREDICATES').toEqual([]);
  });

  it('has no visibility predicate outside src/resolvers/access/', () => {
    const outside = Object.entries(SOURCES)
      .filter(([file]) => !file.startsWith(ACCESS))
      .flatMap(([file, text]) =>
        definedFunctions(text)
          .filter((name) => /VisibleTo|EditableBy|OwnedBy|ManagedBy|JoinableBy/.test(name))
          .map((name) => `${file}: ${name}`),
      );
    expect(outside).toEqual([]);
  });

  it('finds a predicate defined outside access/ (the check can fail)', () => {
    const planted = 'export function noteVisibleTo(ctx: Context): SQL {\n  return sql`1`;\n}';
    expect(definedFunctions(planted)).toEqual(['noteVisibleTo']);
    expect(definedFunctions('const roomEditableBy = (ctx: Context): SQL => sql`1`;')).toEqual([
      'roomEditableBy',
    ]);
  });
});

/** The `from ${x}` and `join ${x}` of SQL templates whose `x` is not an `aliased()` FROM clause. */
function bareTables(text: string): string[] {
  const aliasedFroms = new Set(
    [...text.matchAll(/from:\s*(\w+)\s*}\s*=\s*aliased\(/g)].map((match) => match[1] as string),
  );
  return [...text.matchAll(/\b(?:from|join)\s+\$\{\s*([\w.]+)\s*\}/gi)]
    .map((match) => match[1] as string)
    .filter((name) => !aliasedFroms.has(name));
}

describe('the SQL of access rules', () => {
  it('aliases every table a rule reads in a subquery', () => {
    const bare = accessSources().flatMap(([file, text]) =>
      bareTables(text).map((name) => `${file}: from/join \${${name}}`),
    );
    expect(bare).toEqual([]);
  });

  it('tells a bare table from an aliased one (the check can fail)', () => {
    // `${name}` as it reads inside a SQL template of a source file.
    const slot = (name: string) => `$${'{'}${name}}`;
    const planted = [
      "const { columns: m, from: mFrom } = aliased(workspaceMembers, 'm');",
      `sql\`exists (select 1 from ${slot('mFrom')} where ${slot('m.userId')} = 1)\`;`,
      `sql\`exists (select 1 from ${slot('rooms')} join ${slot('roomMembers')} on 1)\`;`,
    ].join('\n');
    expect(bareTables(planted)).toEqual(['rooms', 'roomMembers']);
  });
});
