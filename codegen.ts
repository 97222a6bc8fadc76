import type { CodegenConfig } from '@graphql-codegen/cli';

// CODEGEN_OUT lets the staleness check (scripts/codegen-check.ts) generate into a scratch folder.
const out = process.env.CODEGEN_OUT ?? 'client/generated/';

/**
 * Typed documents for the first-party operations in client/*.graphql, checked against the
 * checked-in schema.graphql, and the persisted documents manifest (sha256 -> document) that the
 * gateway accepts as trusted documents.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' },
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        useTypeImports: true,
      },
    },
  },
};

export default config;
