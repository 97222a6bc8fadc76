import { describe, expect, it } from 'vitest';

// The name map (docs/architecture.md, "Layout"): src/schema and src/resolvers have the same
// domain folders, a schema file is named for the type it defines, and a domain's mutations are
// in its mutations.ts (or mutations/), so a field's name leads to its file on both sides.

/** Every source file of the Worker, as text, by path from src/ (`schema/threads/message.ts`). */
const SOURCES: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../src/**/*.ts', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([file, text]) => [file.replace(/^(\.\.\/)+src\//, ''), text]),
);

/** Files that serve every domain, so they stay at the top of their tree. */
const CROSS_CUTTING = {
  schema: [
    'builder.ts',
    'child-pages.ts',
    'connection.ts',
    'errors.ts',
    'filters.ts',
    'index.ts',
    'lookahead.ts',
    'page-joins.ts',
    'rate-limit.ts',
    'scalars.ts',
    'settled-loads-plugin.ts',
    'started-pages.ts',
  ],
  resolvers: [
    'conditional-insert.ts',
    'd1-errors.ts',
    'dates.ts',
    'domain-events.ts',
    'errors.ts',
    'global-id.ts',
    'ids.ts',
    'loader-options.ts',
    'settled-loads.ts',
    'sha256.ts',
    'sql-helpers.ts',
    'validate.ts',
  ],
  resolverFolders: ['access', 'filters', 'pagination'],
};

type Sources = Record<string, string>;

/** The domain folders of one tree (`schema` or `resolvers`), and the files at its top. */
function layout(sources: Sources, tree: 'schema' | 'resolvers') {
  const folders = new Set<string>();
  const topFiles: string[] = [];
  for (const path of Object.keys(sources)) {
    const [root, first, ...rest] = path.split('/');
    if (root !== tree || first === undefined) continue;
    if (rest.length === 0) topFiles.push(first);
    else folders.add(first);
  }
  return { folders, topFiles };
}

/** Domain folders of one tree without a twin in the other, and files left at a tree's top. */
function folderProblems(sources: Sources): string[] {
  const schema = layout(sources, 'schema');
  const resolvers = layout(sources, 'resolvers');
  const resolverDomains = [...resolvers.folders].filter(
    (folder) => !CROSS_CUTTING.resolverFolders.includes(folder),
  );
  return [
    ...[...schema.folders]
      .filter((folder) => !resolvers.folders.has(folder))
      .map((folder) => `src/schema/${folder}/ has no src/resolvers/${folder}/`),
    ...resolverDomains
      .filter((folder) => !schema.folders.has(folder))
      .map((folder) => `src/resolvers/${folder}/ has no src/schema/${folder}/`),
    ...schema.topFiles
      .filter((file) => !CROSS_CUTTING.schema.includes(file))
      .map((file) => `src/schema/${file} belongs in a domain folder`),
    ...resolvers.topFiles
      .filter((file) => !CROSS_CUTTING.resolvers.includes(file))
      .map((file) => `src/resolvers/${file} belongs in a domain folder`),
  ];
}

/** Schema files of a domain folder, with their name in the folder (`mutations/create-x.ts`). */
function schemaDomainFiles(sources: Sources) {
  return Object.entries(sources).flatMap(([path, text]) => {
    const [root, domain, ...rest] = path.split('/');
    if (root !== 'schema' || domain === undefined || rest.length === 0) return [];
    return [{ path, domain, name: rest.join('/'), text }];
  });
}

const isMutationFile = (name: string) => name === 'mutations.ts' || name.startsWith('mutations/');
/** A domain's Subscription fields sit in its subscriptions.ts, as its mutations in mutations.ts. */
const isSubscriptionFile = (name: string) => name === 'subscriptions.ts';
const pascal = (kebab: string) =>
  kebab.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
/** The word a folder adds to its types' names: threads -> Thread, work-items -> WorkItem. */
const domainWord = (folder: string) => pascal(folder.replace(/s$/, ''));
/** Names of the output types a source defines (refs, nodes, error objects, unions). */
const definedObjectTypes = (text: string) =>
  [
    ...text.matchAll(
      /\.(?:objectRef|loadableNode|loadableObject|node|objectType|unionType)\s*(?:<[^(]*>)?\(\s*'(\w+)'/g,
    ),
    ...text.matchAll(/\.objectType\(\s*\w+,\s*\{\s*name:\s*'(\w+)'/g),
  ].map((match) => match[1] as string);

/** Schema files that break the per-file rule of a domain folder. */
function fileProblems(sources: Sources): string[] {
  return schemaDomainFiles(sources).flatMap(({ path, domain, name, text }) => {
    const problems: string[] = [];
    if (!isMutationFile(name) && /\bbuilder\s*\.\s*mutationFields?\s*\(/.test(text)) {
      problems.push(`${path} registers a mutation field outside mutations.ts`);
    }
    if (!isSubscriptionFile(name) && /\bbuilder\s*\.\s*subscriptionFields?\s*\(/.test(text)) {
      problems.push(`${path} registers a subscription field outside subscriptions.ts`);
    }
    if (name !== 'errors.ts' && /interfaces:\s*\[\s*ErrorInterface\b/.test(text)) {
      problems.push(`${path} defines an error type outside errors.ts`);
    }
    if (!isMutationFile(name) && !isSubscriptionFile(name) && name !== 'errors.ts') {
      const own = pascal(name.replace(/\.ts$/, ''));
      const names = [own, domainWord(domain) + own];
      if (!definedObjectTypes(text).some((type) => names.includes(type))) {
        problems.push(`${path} defines no object type named ${names.join(' or ')}`);
      }
    }
    return problems;
  });
}

describe('the name map of src/schema and src/resolvers', () => {
  it('reads the sources it checks', () => {
    expect(layout(SOURCES, 'schema').folders).toContain('threads');
    expect(layout(SOURCES, 'resolvers').folders).toContain('work-items');
    expect(schemaDomainFiles(SOURCES).length).toBeGreaterThan(30);
  });

  it('gives every schema domain folder a resolvers twin, and keeps only shared files on top', () => {
    expect(folderProblems(SOURCES)).toEqual([]);
  });

  it('registers mutations only in mutations.ts, errors only in errors.ts, types by file name', () => {
    expect(fileProblems(SOURCES)).toEqual([]);
  });

  it('finds a missing twin, a flat file and a mutation in a type file (the checks can fail)', () => {
    const planted: Sources = {
      'schema/notes/note.ts': "builder.objectRef<Row>('Note').implement({});",
      'schema/notes/archive.ts': "builder.loadableNode('NoteArchive', {});",
      'schema/notes/label.ts':
        "builder.objectRef('NoteLabel');\nbuilder.mutationField('addLabel', f);",
      'schema/notes/tag.ts': "builder.objectRef<Row>('Label');",
      'schema/notes/thing.ts':
        "builder.objectRef('Thing');\nobjectType(E, { interfaces: [ErrorInterface] });",
      'schema/notes/mutations.ts': 'builder.mutationFields((t) => ({}));',
      'schema/notes/subscriptions.ts': 'builder.subscriptionFields((t) => ({}));',
      'schema/notes/feed.ts':
        "builder.objectRef('NoteFeed');\nbuilder.subscriptionField('noteAdded', f);",
      'schema/note-mutations.ts': '',
      'resolvers/tags/tags.ts': '',
      'resolvers/access/index.ts': '',
      'resolvers/note-reads.ts': '',
    };
    expect(folderProblems(planted)).toEqual([
      'src/schema/notes/ has no src/resolvers/notes/',
      'src/resolvers/tags/ has no src/schema/tags/',
      'src/schema/note-mutations.ts belongs in a domain folder',
      'src/resolvers/note-reads.ts belongs in a domain folder',
    ]);
    expect(fileProblems(planted)).toEqual([
      'schema/notes/label.ts registers a mutation field outside mutations.ts',
      'schema/notes/tag.ts defines no object type named Tag or NoteTag',
      'schema/notes/thing.ts defines an error type outside errors.ts',
      'schema/notes/feed.ts registers a subscription field outside subscriptions.ts',
    ]);
  });
});
