import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema file, never from a running server.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,vue}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        nonOptionalTypename: true,
        scalars: { ID: 'string', DateTime: 'string', LocalDate: 'string', Euros: 'string' },
      },
    },
  },
};

export default config;
