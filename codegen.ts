import type { CodegenConfig } from '@graphql-codegen/cli';

// CODEGEN_ROOT lets the staleness check (scripts/codegen-check.ts) generate both outputs into a
// scratch folder (as <root>/client/generated/ and <root>/test/generated/).
const root = process.env.CODEGEN_ROOT ?? '';

/** The same typed-document settings for the app's documents and the tests'. */
const config = {
  documentMode: 'string',
  enumsAsTypes: true,
  scalars: { DateTime: 'string' },
  useTypeImports: true,
} as const;

/**
 * Typed documents for the first-party operations in client/*.graphql, checked against the
 * checked-in schema.graphql, and the persisted documents manifest (sha256 -> document) that the
 * gateway accepts as trusted documents. The tests' operations (test/documents/*.graphql) get typed
 * documents too, in test/generated/, but no manifest: they must never become trusted documents.
 */
const codegen: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    [`${root}client/generated/`]: {
      documents: ['client/**/*.graphql'],
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' },
      },
      config,
    },
    [`${root}test/generated/`]: {
      documents: ['test/documents/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config,
    },
  },
};

export default codegen;
