import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: the test operations of tests/graphql/*.graphql, checked against
 * schema/schema.graphql, become typed documents (TypedDocumentNode<Result, Variables>) in
 * tests/graphql/generated.ts. `npm run codegen` writes it; tests/graphql/codegen.test.ts fails when it drifts.
 */
const root = path.resolve(__dirname, '../..');

export const GENERATED = 'tests/graphql/generated.ts';

const config: CodegenConfig = {
  schema: path.join(root, 'schema/schema.graphql'),
  documents: path.join(root, 'tests/graphql/*.graphql'),
  generates: {
    [path.join(root, GENERATED)]: {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        // Only the enums and inputs the operations use, as string unions (the tests compare plain strings).
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        // A nullable field of an answer is there, as null: `field: T | null`, not `field?: T | null`.
        avoidOptionals: { field: true },
        // Every custom scalar mapped: a new one fails generation instead of becoming `any`. A GeoJSON value is
        // any RFC 7946 object (a Point, a Polygon, a Feature…): its `type` is typed, its members stay open.
        strictScalars: true,
        scalars: {
          Date: 'string',
          DateTimeISO: 'string',
          GeoJSON: '{ type: string; [member: string]: any }',
          JSONObject: 'Record<string, any>',
        },
      },
    },
  },
  silent: true,
};

export default config;
